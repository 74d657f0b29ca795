import { describe, expect, it } from "vitest";
import { datasetAsOf, lastDay } from "../../src/data/as-of.ts";
import { realDataset } from "../map/fixtures.ts";

describe("the data set as of a date", () => {
  it("reads a date by its last day", () => {
    expect(lastDay("2026-11")).toBe("2026-11-30");
    expect(lastDay("2025-09-16/2025-09-17")).toBe("2025-09-17");
    expect(lastDay("2027-Q1")).toBe("2027-03-31");
    expect(lastDay("yesterday")).toBeNull();
  });

  it("leaves the data set itself untouched", () => {
    const dataset = realDataset();
    const before = structuredClone(dataset);
    datasetAsOf(dataset, "2025-09-17");
    expect(dataset).toEqual(before);
  });
});
