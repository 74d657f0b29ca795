import { describe, expect, it } from "vitest";
import { messages, minimal, record } from "../fixtures.ts";

describe("the checks of figures", () => {
  it("rejects a figure without a source", () => {
    const raw = minimal();
    delete record(raw, "figures", "loughton-power-2025-09").sources;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sources": is missing: every figure needs a source',
    ]);
  });

  it("rejects a figure whose source id is not in sources.json", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").sources = ["nowhere"];
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sources.0": unknown source "nowhere" (not in geo/sources.json)',
    ]);
  });

  it("rejects a calculated figure that does not say what it is derived from", () => {
    const raw = minimal();
    delete record(raw, "figures", "loughton-racks").derivedFrom;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-racks", field "derivedFrom": a calculated figure must name the figures it is derived from',
    ]);
  });

  it("rejects a site with no headline figure and a subject with two", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-gpus-nscale-2025-09").headline = true;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-gpus-nscale-2025-09", field "headline": "loughton" already has headline figure "loughton-power-2025-09"',
    ]);
    delete record(raw, "figures", "loughton-gpus-nscale-2025-09").headline;
    delete record(raw, "figures", "loughton-power-2025-09").headline;
    expect(messages(raw)).toEqual([
      'geo/sites.geojson: feature "loughton", field "properties.id": has no headline figure (mark one figure in geo/figures.json with "headline": true)',
    ]);
  });

  it("accepts a new headline once the earlier one has ended, and rejects one superseded without a date", () => {
    const raw = minimal();
    const later = record(raw, "figures", "loughton-gpus-nscale-2025-09");
    later.headline = true;
    later.asOf = "2026-03-09";
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-gpus-nscale-2025-09", field "headline": "loughton" already has headline figure "loughton-power-2025-09"',
    ]);
    record(raw, "figures", "loughton-power-2025-09").validTo = "2026-03-09";
    expect(messages(raw)).toEqual([]);
  });

  it("rejects a figure that ends before it was stated, or whose later note part comes first", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").validTo = "2025-01";
    record(raw, "figures", "loughton-gpus-nscale-2025-09").note = [
      { from: "2024", text: { de: "x", en: "x" } },
    ];
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "validTo": ends before the figure was stated (asOf)',
      'geo/figures.json: record "loughton-gpus-nscale-2025-09", field "note.0.from": is before its record is shown (2025-09-16)',
    ]);
  });

  it("rejects a programme's figure as a site's headline, and accepts a programme site without one", () => {
    const raw = minimal();
    const headline = record(raw, "figures", "loughton-power-2025-09");
    headline.programme = { de: "Stargate UK", en: "Stargate UK" };
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "headline": a headline figure must be the subject\'s own, not its programme\'s',
    ]);
    delete headline.headline;
    expect(messages(raw)).toEqual([]);
  });
});
