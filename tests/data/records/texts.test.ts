import { describe, expect, it } from "vitest";
import { feature, type Json, messages, minimal, record } from "../fixtures.ts";

const text = (de: string, en: string) => ({ de, en });

describe("the checks of texts: no text knows what happened after it is shown", () => {
  it("rejects a note that says a later date happened, and accepts it as a part from that date", () => {
    const raw = minimal();
    const relation = record(raw, "relations", "nscale-develops-loughton");
    relation.note = text(
      "Laut Nscale ({on:2025-09-17}) der größte Standort.",
      "Nscale ({on:2025-09-17}): the largest site.",
    );
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "note.de": mentions {on:2025-09-17} (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
      'geo/relations.json: record "nscale-develops-loughton", field "note.en": mentions {on:2025-09-17} (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
    ]);
    relation.note = [
      {
        from: "2025-09-17",
        text: text("Laut Nscale ({from}) der größte Standort.", "Nscale ({from}): the largest site."),
      },
    ];
    expect(messages(raw)).toEqual([]);
  });

  it("rejects a text that cites a figure stated after it, by its id", () => {
    const raw = minimal();
    record(raw, "timeline", "loughton-announced").text = text(
      "Angekündigt: {figure:loughton-gpus-nscale-2025-09}.",
      "Announced: {figure:loughton-gpus-nscale-2025-09}.",
    );
    expect(messages(raw)).toContain(
      'geo/timeline.json: record "loughton-announced", field "text.de": mentions the figure "loughton-gpus-nscale-2025-09", stated 2025-09-16/2025-09-17 (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
    );
  });

  it("rejects a dated fact in a description that every date shows, until it is a dated part", () => {
    const raw = minimal();
    const nscale = feature(raw, "headquarters", "nscale").properties;
    nscale.description = text(
      "Führt die Serie B an ({on:2025-09-25}).",
      "Led the Series B ({on:2025-09-25}).",
    );
    expect(messages(raw)[0]).toBe(
      'geo/headquarters.geojson: feature "nscale", field "properties.description.de": mentions {on:2025-09-25} (2025-09-25), but the text is shown at every date: put it in a dated part ({"from": "2025-09-25", "text": …})',
    );
  });

  it("rejects a date or an amount typed into prose, but not inside the source's own quoted words", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-gpus-nscale-2025-09").note = text(
      "Lieferung 2027, für 2 Mrd. £",
      "delivered {en:early 2027, £2bn}",
    );
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-gpus-nscale-2025-09", field "note.de": types the date "2027" into the text: write {on:…} for what happened or {planned:…} for what is planned, so the view formats it and the build can check it',
      'geo/figures.json: record "loughton-gpus-nscale-2025-09", field "note.de": types the amount "2 Mrd." into the text: write {figure:id} or {money:USD:790000000}, so every amount is written one way',
    ]);
  });

  it("rejects a mark in one language that the other lacks, and a mark outside the grammar", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").note = text("seit {on:2025-09-16}", "{date:2025-09-16}");
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "note.en": has the mark {date:2025-09-16}: unknown mark "date" (use on, planned, from, figure, name, money, or a quote in de, en, no)',
      'geo/figures.json: record "loughton-power-2025-09", field "note.en": has other marks than the German text (de: {on:2025-09-16}; en: none): what happened, and what is cited, must be in both',
    ]);
  });

  it("shows a dated part from its first source's day (rule 1), so what that page says is not too late", () => {
    const raw = minimal();
    const part = { from: "2025-01", text: text("Seit {on:2025-09-17}.", "Since {on:2025-09-17}.") };
    record(raw, "relations", "nscale-develops-loughton").note = [part];
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "note.0.text.de": mentions {on:2025-09-17} (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
      'geo/relations.json: record "nscale-develops-loughton", field "note.0.text.en": mentions {on:2025-09-17} (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
    ]);
    record(raw, "relations", "nscale-develops-loughton").note = [
      { ...part, sources: ["nscale-pr-2025-09-17"] },
    ];
    expect(messages(raw)).toEqual([]);
  });

  it("counts a month it mentions from the month's last day (rule 2)", () => {
    const raw = minimal();
    const relation = record(raw, "relations", "microsoft-buys-loughton");
    relation.note = text("Im {on:2025-09}.", "In {on:2025-09}.");
    expect(messages(raw)).toContain(
      'geo/relations.json: record "microsoft-buys-loughton", field "note.de": mentions {on:2025-09} (2025-09-30), after the text is shown from (2025-09-17): give it its own part ({"from": "2025-09-30", …}) or leave it out',
    );
    relation.note = text("Am {on:2025-09-16}.", "On {on:2025-09-16}.");
    expect(messages(raw)).toEqual([]);
  });

  it("holds a correction to the latest date of what it corrects, and rejects one about an unknown record", () => {
    const raw = minimal();
    (raw.edition as Json).corrections = [
      {
        date: "2026-12-01",
        concerns: ["loughton-announced"],
        text: text("Stand {on:2025-09-17}.", "As of {on:2025-09-17}."),
      },
      { date: "2026-12-01", concerns: ["nowhere"], text: text("x", "x") },
    ];
    expect(messages(raw)).toEqual([
      'geo/edition.json: field "corrections.0.text.de": mentions {on:2025-09-17} (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
      'geo/edition.json: field "corrections.0.text.en": mentions {on:2025-09-17} (2025-09-17), after the text is shown from (2025-01-31): give it its own part ({"from": "2025-09-17", …}) or leave it out',
      'geo/edition.json: field "corrections.1.concerns": is about the unknown record "nowhere"',
    ]);
    (raw.edition as Json).corrections = [
      {
        date: "2026-12-01",
        // Shown only where both are shown: from 16 September 2025, the later of their dates.
        concerns: ["loughton-announced", "microsoft-buys-loughton"],
        text: text("Stand {on:2025-09-16}.", "As of {on:2025-09-16}."),
      },
    ];
    expect(messages(raw)).toEqual([]);
  });
});

describe("the checks of sources", () => {
  it("rejects a relayed page without an originator and a page's own form with one", () => {
    const raw = minimal();
    const bbc = record(raw, "sources", "bbc-loughton-2025-01");
    delete bbc.originator;
    const pr = record(raw, "sources", "nscale-pr-2025-09-17");
    pr.form = "secondary-article";
    expect(messages(raw)).toEqual([
      'geo/sources.json: record "bbc-loughton-2025-01", field "relay": needs an originator: whose statement does the page relay?',
      'geo/sources.json: record "nscale-pr-2025-09-17", field "form": "secondary-article" describes the publisher\'s own page, which has no originator',
    ]);
  });
});
