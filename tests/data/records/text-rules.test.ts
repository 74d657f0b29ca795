import { describe, expect, it } from "vitest";
import { comparedMarks, markTooLate, markUnknown, otherMarks } from "../../../src/data/records/text-rules.ts";
import type { PlacedText, WalkContext } from "../../../src/data/records/text-walk.ts";
import { marksOf, parseText } from "../../../src/data/text.ts";

const ctx = {
  records: { figures: [{ id: "later-figure", asOf: "2025-09-17" }] },
  certainty: { editionDay: "2026-11-30", sourceDays: new Map() },
  days: new Map<string, string | null>([
    ["later-figure", "2025-09-17"],
    ["loughton", "2025-01-13"],
  ]),
} as unknown as WalkContext;
const at = (shown: string | null, own: string | null = null, part = false) =>
  ({ shown, own, part, where: { file: "f", id: "r", field: "x" }, placeIssues: [] }) as unknown as PlacedText;
const mark = (source: string) => {
  const found = marksOf(parseText(source).tokens)[0];
  if (!found) throw new Error(`no mark in ${source}`);
  return found;
};

describe("the rules of texts, each on its own", () => {
  it("a date that happened must be certain when the text shows: a month from its last day", () => {
    expect(markTooLate(mark("{on:2025-01}"), at("2025-01-31"), ctx)).toBeNull();
    expect(markTooLate(mark("{on:2025-01}"), at("2025-01-13"), ctx)).toBe(
      'mentions {on:2025-01} (2025-01-31), after the text is shown from (2025-01-13): give it its own part ({"from": "2025-01-31", …}) or leave it out',
    );
    // The text's own date is certain when the text shows.
    expect(markTooLate(mark("{on:2025-01}"), at("2025-01-13", "2025-01"), ctx)).toBeNull();
    expect(markTooLate(mark("{on:2025-01}"), at(null), ctx)).toMatch(/but the text is shown at every date/);
  });

  it("a cited figure or a named site must be shown when the text shows", () => {
    expect(markTooLate(mark("{figure:later-figure}"), at("2025-09-16"), ctx)).toMatch(
      /^mentions the figure "later-figure", stated 2025-09-17 \(2025-09-17\)/,
    );
    expect(markTooLate(mark("{figure:later-figure}"), at("2025-09-17"), ctx)).toBeNull();
    expect(markTooLate(mark("{name:loughton}"), at("2025-01-12"), ctx)).toMatch(
      /^mentions the site "loughton"/,
    );
    expect(markTooLate(mark("{planned:2030}"), at("2025-01-12"), ctx)).toBeNull();
  });

  it("a mark must name something known, and {from} stands only in a dated part", () => {
    expect(markUnknown(mark("{figure:nowhere}"), at(null), ctx)).toBe('cites the unknown figure "nowhere"');
    expect(markUnknown(mark("{name:nowhere}"), at(null), ctx)).toBe(
      'names the unknown site or company "nowhere"',
    );
    expect(markUnknown(mark("{on:2025-13}"), at(null), ctx)).toBe(
      "has {on:2025-13}, which is not a date of the data's grammar",
    );
    expect(markUnknown(mark("{from}"), at("2025-01-31"), ctx)).toBe(
      "uses {from}, but is not a dated part with a from date",
    );
    expect(markUnknown(mark("{from}"), at("2025-01-31", "2025-01", true), ctx)).toBeNull();
  });

  it("both languages carry the same dates that happened and the same citations; plans and amounts may differ", () => {
    const de = comparedMarks(parseText("{on:2025-01} {figure:a} {planned:2027} {money:USD:1}").tokens);
    const en = comparedMarks(parseText("{figure:a} {on:2025-01}").tokens);
    expect(de).toEqual(["{figure:a}", "{on:2025-01}"]);
    expect(otherMarks(de, en)).toBeNull();
    expect(otherMarks(de, ["{figure:a}"])).toBe(
      "has other marks than the German text (de: {figure:a} {on:2025-01}; en: {figure:a}): what happened, and what is cited, must be in both",
    );
  });
});
