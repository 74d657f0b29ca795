import { describe, expect, it } from "vitest";
import { DataError, formatIssue } from "../../src/data/issues.ts";

describe("a data issue", () => {
  it("reads as one line naming the file, the feature or record, and the field", () => {
    expect(
      formatIssue({
        file: "sites.geojson",
        id: "loughton",
        field: "geometry.coordinates",
        message: "is wrong",
      }),
    ).toBe('geo/sites.geojson: feature "loughton", field "geometry.coordinates": is wrong');
    expect(formatIssue({ file: "figures.json", id: "f1", field: "unit", message: "is wrong" })).toBe(
      'geo/figures.json: record "f1", field "unit": is wrong',
    );
    expect(formatIssue({ file: "edition.json", id: null, field: "asOf", message: "is missing" })).toBe(
      'geo/edition.json: field "asOf": is missing',
    );
  });

  it("becomes an error that counts and lists every issue", () => {
    const error = new DataError([
      { file: "a.json", id: "x", field: "f", message: "one" },
      { file: "b.json", id: null, field: "g", message: "two" },
    ]);
    expect(error.name).toBe("DataError");
    expect(error.message).toBe(
      'Invalid data in geo/ (2 issues):\ngeo/a.json: record "x", field "f": one\ngeo/b.json: field "g": two',
    );
    expect(error.issues).toHaveLength(2);
  });
});
