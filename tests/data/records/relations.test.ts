import { describe, expect, it } from "vitest";
import { type Json, messages, minimal, record } from "../fixtures.ts";

describe("the checks of relations", () => {
  it("rejects a relation naming an unknown company or site", () => {
    const raw = minimal();
    const relation = record(raw, "relations", "microsoft-buys-loughton");
    relation.from = "microsfot";
    relation.to = "loughtn";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "microsoft-buys-loughton", field "from": unknown company "microsfot" (not in geo/headquarters.geojson)',
      'geo/relations.json: record "microsoft-buys-loughton", field "to": unknown site or company "loughtn"',
    ]);
  });

  it("rejects a relation that ends before it starts", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").validTo = "2024";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "validTo": ends before validFrom',
    ]);
  });

  it("rejects a relation that stays open after its site was paused, unless a note says what became of it", () => {
    const raw = minimal();
    (raw.timeline as Json).timeline.push({
      id: "loughton-paused",
      site: "loughton",
      date: "2026-04-09",
      stage: "paused",
      sources: ["bbc-loughton-2025-01"],
      status: "reported",
      text: { de: "pausiert", en: "paused" },
    });
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "note": is missing: "loughton" was paused (2026-04-09); end the relation (validTo) or say in a note what became of it',
    ]);
    record(raw, "relations", "nscale-develops-loughton").validTo = "2026-04-09";
    expect(messages(raw)).toEqual([]);
  });

  it("rejects a later part of the note dated before the relation began", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").note = [
      { from: "2024", text: { de: "x", en: "x" } },
    ];
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "note.0.from": is before its record is shown (2025-01-01)',
    ]);
  });
});
