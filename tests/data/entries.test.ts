import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { readFeatureCollection, readRecordList } from "../../src/data/entries.ts";
import type { DataIssue } from "../../src/data/issues.ts";

const Named = v.strictObject({ id: v.string(), size: v.number() });

describe("reading a file's records", () => {
  it("keeps the valid records and reports each broken one by its id, or its position when it has none", () => {
    const issues: DataIssue[] = [];
    const entries = readRecordList(
      "figures",
      { figures: [{ id: "a", size: 1 }, { id: "b" }, { size: 3 }] },
      "figures",
      Named,
      issues,
    );
    expect(entries.valid).toEqual([{ id: "a", size: 1 }]);
    expect([...entries.declaredIds]).toEqual(["a", "b"]);
    expect(issues).toEqual([
      { file: "figures.json", id: "b", field: "size", message: "is missing" },
      { file: "figures.json", id: "#3", field: "id", message: "is missing" },
    ]);
  });

  it("reports a file without its list once, for the whole file", () => {
    const issues: DataIssue[] = [];
    expect(readRecordList("sources", [], "sources", Named, issues).valid).toEqual([]);
    expect(issues).toEqual([
      {
        file: "sources.json",
        id: null,
        field: "sources",
        message: 'must be an object with a "sources" list',
      },
    ]);
  });

  it("reads a feature's id from its properties", () => {
    const issues: DataIssue[] = [];
    const entries = readFeatureCollection(
      "sites",
      { type: "FeatureCollection", features: [{ properties: { id: "loughton" } }] },
      v.object({ properties: v.object({ id: v.string(), name: v.string() }) }),
      issues,
    );
    expect(issues).toEqual([
      { file: "sites.geojson", id: "loughton", field: "properties.name", message: "is missing" },
    ]);
    expect(entries.declaredIds.has("loughton")).toBe(true);
  });
});
