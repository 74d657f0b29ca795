import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parse.ts";
import { readDataset } from "../../src/data/read.ts";
import { feature, messages, minimal, record } from "./fixtures.ts";

describe("reading the files", () => {
  it("rejects a feature without an id, naming its position and the field", () => {
    const raw = minimal();
    delete feature(raw, "headquarters", "microsoft").properties.id;
    expect(messages(raw)).toContain(
      'geo/headquarters.geojson: feature "#2", field "properties.id": is missing',
    );
  });

  it("rejects a duplicate id across sites and headquarters", () => {
    const raw = minimal();
    feature(raw, "headquarters", "microsoft").properties.id = "loughton";
    expect(messages(raw)).toContain(
      'geo/headquarters.geojson: feature "loughton", field "properties.id": duplicate id "loughton"',
    );
  });

  it("reports a file that is not a FeatureCollection without crashing", () => {
    const raw = minimal();
    raw.sites = { type: "Feature" };
    expect(messages(raw)).toContain(
      'geo/sites.geojson: field "features": must be a GeoJSON FeatureCollection with a features list',
    );
  });
});

describe("reading with the schemas alone (no cross-record checks)", () => {
  it("accepts a reference that only the whole validator rejects", () => {
    const raw = minimal();
    record(raw, "relations", "microsoft-buys-loughton").from = "microsfot";
    expect(readDataset(raw).ok).toBe(true);
    expect(messages(raw, parseDataset)).toHaveLength(1);
  });

  it("still rejects what its schemas see: a misspelt field, a missing id, a duplicate", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").sorces = ["article"];
    feature(raw, "headquarters", "microsoft").properties.id = "loughton";
    expect(messages(raw, readDataset)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sorces": is not a known field (check the spelling)',
      'geo/headquarters.geojson: feature "loughton", field "properties.id": duplicate id "loughton"',
    ]);
  });

  it("needs the edition file", () => {
    const raw = minimal();
    raw.edition = undefined;
    expect(messages(raw, readDataset)).toEqual(['geo/edition.json: field "(file)": is missing']);
  });
});
