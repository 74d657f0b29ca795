/**
 * The data guide states issue 28's five rules of a dated story, each with an example from the data, and every
 * record an example names by id is in geo/, so a renamed or removed record cannot leave a rule's example behind.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realDataset } from "../map/fixtures.ts";

const guide = readFileSync(new URL("../../docs/data.md", import.meta.url), "utf8");
const dataset = realDataset();
const ids = new Set<string>([
  ...[...dataset.sites, ...dataset.headquarters].map((feature) => feature.properties.id),
  ...[...dataset.figures, ...dataset.relations, ...dataset.timeline, ...dataset.sources].map((r) => r.id),
]);

/** The numbered rules of the section "Five rules of a dated story". */
function rules(): string[] {
  const section = guide.split(/^## /m).find((part) => part.startsWith("Five rules of a dated story")) ?? "";
  return section.split(/^\d\. /m).slice(1);
}

describe("the data guide's five rules", () => {
  it("are five, each with an example", () => {
    const found = rules();
    expect(found).toHaveLength(5);
    for (const rule of found) expect(rule).toMatch(/Example: \S/);
  });

  it("name in their examples only records that geo/ has", () => {
    const named = rules().flatMap((rule) => [...rule.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? ""));
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const id of named) expect(ids, id).toContain(id);
  });
});
