import { describe, expect, it } from "vitest";
import { dateEnd, dateStart, parseDateValue } from "../../src/data/dates.ts";

describe("parseDateValue", () => {
  it("keeps a month as a month, never inventing a day", () => {
    expect(parseDateValue("2025-09")).toEqual({
      kind: "single",
      raw: "2025-09",
      part: { precision: "month", year: 2025, month: 9 },
    });
  });

  it("reads a quarter and spans its three months", () => {
    const value = parseDateValue("2027-Q1");
    expect(value?.kind === "single" && value.part).toEqual({ precision: "quarter", year: 2027, quarter: 1 });
    expect(value && [dateStart(value), dateEnd(value)]).toEqual(["2027-01-01", "2027-03-31"]);
  });

  it("reads a range of two days", () => {
    const value = parseDateValue("2025-09-16/2025-09-17");
    expect(value?.kind).toBe("range");
    expect(value && [dateStart(value), dateEnd(value)]).toEqual(["2025-09-16", "2025-09-17"]);
  });

  it("reads 'on or before' as an upper bound", () => {
    expect(parseDateValue("<=2025-01-13")).toEqual({
      kind: "on-or-before",
      raw: "<=2025-01-13",
      part: { precision: "day", year: 2025, month: 1, day: 13 },
    });
  });

  it("knows the length of February in leap and common years", () => {
    expect(parseDateValue("2024-02-29")).toMatchObject({
      part: { precision: "day", year: 2024, month: 2, day: 29 },
    });
    expect(parseDateValue("2025-02-29")).toBeNull();
  });

  it.each(["Sept 2025", "2025-13", "2025-Q5", "2025-9", "16.09.2025", "2025-09-17/2025-09-16", "a/b/c", ""])(
    "rejects %j",
    (text) => {
      expect(parseDateValue(text)).toBeNull();
    },
  );
});
