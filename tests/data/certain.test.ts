import { describe, expect, it } from "vitest";
import { certainDay, certaintyOf, endKnownFrom, restsFrom } from "../../src/data/certain.ts";
import type { Source } from "../../src/data/schema.ts";

const source = (id: string, date?: string) =>
  ({ id, title: id, lang: "en", publisher: "P", url: `https://example.com/${id}`, date }) as Source;
const c = certaintyOf(
  [source("march", "2026-03"), source("day", "2026-03-09"), source("later", "2026-04"), source("wiki")],
  { asOf: "2026-11" },
);

describe("when a record is certain", () => {
  it("counts an uncertain date from its last day, or from the edition's if that is earlier", () => {
    expect(certainDay("2025-09", c.editionDay)).toBe("2025-09-30");
    expect(certainDay("2027-Q1", "2027-12-31")).toBe("2027-03-31");
    expect(certainDay("2025-09-16/2025-09-17", c.editionDay)).toBe("2025-09-17");
    expect(certainDay("<=2025-01-13", c.editionDay)).toBe("2025-01-13");
    expect(certainDay("2026", c.editionDay)).toBe("2026-11-30");
    expect(certainDay("2026-12-10", c.editionDay)).toBe("2026-12-10");
    expect(certainDay(undefined, c.editionDay)).toBeNull();
  });

  it("shows a record from its first source's day, which dates a month earlier, never before its own date", () => {
    expect(restsFrom("2026-03", ["march"], c)).toBe("2026-03-31");
    expect(restsFrom("2026-03", ["march", "day"], c)).toBe("2026-03-09");
    expect(restsFrom("2026-03-09", ["later"], c)).toBe("2026-04-30");
    expect(restsFrom("2026", ["day"], c)).toBe("2026-03-09");
    expect(restsFrom("2026-03-10", ["day"], c)).toBe("2026-03-10");
    expect(restsFrom("2026", [], c)).toBe("2026-11-30");
  });

  it("counts an undated page as always there, and a record on it from its own date", () => {
    expect(restsFrom("2026-03", ["wiki", "day"], c)).toBe("2026-03-31");
    expect(restsFrom(undefined, ["wiki"], c)).toBeNull();
  });

  it("knows an end once it is certain and a source published since it began reports it", () => {
    expect(endKnownFrom("2026-03-09", ["day"], c)).toBe("2026-03-09");
    expect(endKnownFrom("2026-03-10", ["day", "later"], c)).toBe("2026-04-30");
    expect(endKnownFrom("2026-03", [], c)).toBe("2026-03-31");
  });
});
