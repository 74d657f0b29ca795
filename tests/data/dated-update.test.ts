/**
 * The README's worked example of the next dated update (tests/fixtures/dated-update/, made up, not shipped):
 * what an editor adds to geo/ for an event, and what the validator says when a date slips into the prose.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parse.ts";
import { buildView } from "../../src/model/view.ts";
import { type Json, messages, minimal, record } from "./fixtures.ts";

const update = JSON.parse(readFileSync("tests/fixtures/dated-update/update.json", "utf8")) as Json;

/** The minimal data set with the update applied, as an editor would apply it. */
function updated() {
  const raw = minimal();
  (raw.sources as Json).sources.push(...update.sources);
  (raw.figures as Json).figures.push(...update.figures);
  (raw.timeline as Json).timeline.push(...update.timeline);
  const relation = record(raw, "relations", update.relationNote.id);
  relation.note = [{ text: relation.note }, update.relationNote.part];
  return raw;
}

describe("the worked example of a dated update", () => {
  it("is valid, and the day before it no view knows it", () => {
    const result = parseDataset(updated());
    if (!result.ok) throw new Error(messages(updated()).join("\n"));
    const view = (asOf: string) => buildView(result.dataset, { lang: "de", theme: "light", asOf });
    const before = view("2026-12-09");
    const after = view("2026-12-10");
    const note = (v: typeof before) =>
      v
        .details("loughton")
        ?.relations?.items.find((r) => r.id === "microsoft-buys-loughton")
        ?.note?.map((s) => (typeof s === "string" ? s : s.text))
        .join("");
    expect(note(before)).not.toContain("Racks");
    expect(note(after)).toContain("Seit 10. Dezember 2026 laufen die ersten Racks für Microsoft.");
    expect(after.details("loughton")?.status?.current.stage).toBe("bekräftigt");
    expect(after.details("loughton")?.status?.current.text.join("")).toContain(
      "Laut Nscale sind 5.000 GPUs geliefert.",
    );
    expect(after.time.steps.map((s) => s.asOf)).toContain("2026-12-10");
    expect(before.details("loughton")?.sections.flatMap((s) => s.figures.map((f) => f.id))).not.toContain(
      "loughton-gpus-delivered-2026-12",
    );
  });

  it("fails the build when the date is typed into the relation's note instead of being a part of its own", () => {
    const raw = updated();
    const relation = record(raw, "relations", update.relationNote.id);
    relation.note = {
      de: `${relation.note[0].text.de} Seit 10. Dezember 2026 laufen die ersten Racks.`,
      en: `${relation.note[0].text.en} Since {on:2026-12-10}, the first racks have been running.`,
    };
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "microsoft-buys-loughton", field "note.de": types the date "2026" into the text: write {on:…} for what happened or {planned:…} for what is planned, so the view formats it and the build can check it',
      'geo/relations.json: record "microsoft-buys-loughton", field "note.en": mentions {on:2026-12-10} (2026-12-10), after the text is shown from (2025-09-17): give it its own part ({"from": "2026-12-10", …}) or leave it out',
      'geo/relations.json: record "microsoft-buys-loughton", field "note.en": has other marks than the German text (de: none; en: {on:2026-12-10}): what happened, and what is cited, must be in both',
    ]);
  });
});
