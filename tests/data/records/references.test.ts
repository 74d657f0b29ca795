import { describe, expect, it } from "vitest";
import type { DataIssue } from "../../../src/data/issues.ts";
import { checkSourceRefs } from "../../../src/data/records/references.ts";

const context = () => {
  const issues: DataIssue[] = [];
  const none = new Set<string>();
  return {
    issues,
    declared: { sources: new Set(["bbc"]), sites: none, companies: none, places: none, figures: none },
  };
};

describe("checking source references", () => {
  it("names each unknown source by its position in the list", () => {
    const ctx = context();
    checkSourceRefs(ctx, "figures.json", "f1", "sources", ["bbc", "ft", "bbc", "wsj"]);
    expect(ctx.issues.map((issue) => issue.field)).toEqual(["sources.1", "sources.3"]);
    expect(ctx.issues[0]?.message).toBe('unknown source "ft" (not in geo/sources.json)');
  });

  it("accepts a record that cites no sources at all (its schema decides whether it must)", () => {
    const ctx = context();
    checkSourceRefs(ctx, "figures.json", "f1", "sources", undefined);
    expect(ctx.issues).toEqual([]);
  });
});
