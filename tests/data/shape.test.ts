import { describe, expect, it } from "vitest";
import { GEO_FILES } from "../../src/data/files.ts";
import { checkShape } from "../../src/data/shape.ts";
import { type Json, minimal } from "./fixtures.ts";

describe("the browser's shape check", () => {
  it("accepts the files the build validated, as they are", () => {
    const result = checkShape(minimal());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.sites.map((s) => s.properties.id)).toEqual(["loughton"]);
  });

  it("names a file of the wrong kind, and each record that is not one of that file's", () => {
    const raw = minimal();
    raw.figures = { type: "FeatureCollection", features: [] };
    (raw.sites as Json).features[0].geometry = null;
    const result = checkShape(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { file: GEO_FILES.sites, id: "#1", field: "features", message: "is not a record of this file" },
      { file: GEO_FILES.figures, id: null, field: "figures", message: 'must hold a "figures" list' },
    ]);
  });

  it("still finds a duplicate id, which would silently hide a record behind another", () => {
    const raw = minimal();
    (raw.headquarters as Json).features[0].properties.id = "loughton";
    const result = checkShape(raw);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual(['duplicate id "loughton"']);
  });

  it("needs an edition with its dates", () => {
    const raw = minimal();
    raw.edition = { asOf: "2026-11", corrections: [] };
    expect(checkShape(raw).ok).toBe(false);
  });
});
