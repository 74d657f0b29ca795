import { describe, expect, it } from "vitest";
import { validateGeoDir } from "../../scripts/geo-files.ts";
import { formatIssue } from "../../src/data/issues.ts";

describe("the real geo/ data", () => {
  it("passes the validator without a single issue", () => {
    const result = validateGeoDir("geo");
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});
