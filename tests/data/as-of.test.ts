import { describe, expect, it } from "vitest";
import { datasetAsOf, happenedBy, lastDay } from "../../src/data/as-of.ts";
import { realDataset } from "../map/fixtures.ts";

describe("the data set as of a date", () => {
  it("reads a date by its last day, and what happened by then by its first", () => {
    expect(lastDay("2026-11")).toBe("2026-11-30");
    expect(lastDay("2025-09-16/2025-09-17")).toBe("2025-09-17");
    expect(lastDay("2027-Q1")).toBe("2027-03-31");
    expect(lastDay("yesterday")).toBeNull();
    expect(happenedBy("2025-09", "2025-09-01")).toBe(true);
    expect(happenedBy("2025-09-18", "2025-09-17")).toBe(false);
  });

  it("leaves out what was stated later: no 52,000 GB300, no Rubin, no pause on the article's date", () => {
    const data = datasetAsOf(realDataset(), "2025-09-16/2025-09-17");
    const ids = data.figures.map((f) => f.id);
    expect(ids).not.toContain("norway-gpus-microsoft-2025-10");
    expect(ids).not.toContain("norway-gpus-rubin-2026-04");
    expect(data.timeline.map((t) => t.id)).not.toContain("cobalt-paused");
    expect(ids).toContain("norway-gpus-target");
  });

  it("does not know an end, or a later statement, before it happened", () => {
    const data = datasetAsOf(realDataset(), "2025-09-17");
    const openai = data.relations.find((r) => r.id === "openai-offtake-stargate-norway");
    expect(openai?.validTo).toBeUndefined();
    expect(openai?.note).toBeUndefined();
    expect(data.figures.find((f) => f.id === "norway-gpus-target")?.validTo).toBeUndefined();
    expect(data.sources.map((s) => s.id)).not.toContain("capacity-2026-04");
    const later = datasetAsOf(realDataset(), "2026-11");
    expect(later.relations.find((r) => r.id === "openai-offtake-stargate-norway")?.validTo).toBe(
      "2026-04-14/2026-04-15",
    );
  });

  it("shows a site only once it has been announced, and a correction wherever all it corrects is shown", () => {
    const early = datasetAsOf(realDataset(), "2025-08");
    expect(early.sites.map((s) => s.properties.id)).toEqual(["loughton", "stargate-norway"]);
    expect(early.relations.every((r) => r.to !== "cobalt-park")).toBe(true);
    // Corrected on 30 November 2026, about what a view of August 2025 shows: it is shown there too.
    const concerns = early.edition.corrections.map((c) => c.concerns);
    expect(concerns).toContainEqual(["norway-gpus-target"]);
    expect(concerns.flat()).not.toContain("cobalt-paused");
    const all = realDataset().edition.corrections.length;
    expect(datasetAsOf(realDataset(), "2026-11").edition.corrections).toHaveLength(all);
  });

  it("keeps only the parts of a note that hold at the date, and ends a calculated figure with its input", () => {
    const relation = (asOf: string) =>
      datasetAsOf(realDataset(), asOf).relations.find((r) => r.id === "aker-jv-stargate-norway");
    expect(relation("2025-09-17")?.note).toEqual([
      { text: { de: "50/50-Gemeinschaftsunternehmen mit Nscale.", en: "50/50 joint venture with Nscale." } },
    ]);
    expect(relation("2025-09-25")?.note).toHaveLength(2);
    // No source has replaced the target the racks were calculated from: a replacement is planted.
    const replaced = realDataset();
    const target = replaced.figures.find((f) => f.id === "norway-gpus-target");
    if (target) target.validTo = "2025-10-15";
    const racks = (asOf: string) => datasetAsOf(replaced, asOf).figures.find((f) => f.id === "norway-racks");
    expect(racks("2025-10-14")?.validTo).toBeUndefined();
    expect(racks("2025-10-15")?.validTo).toBe("2025-10-15");
  });

  it("leaves the data set itself untouched", () => {
    const dataset = realDataset();
    const before = structuredClone(dataset);
    datasetAsOf(dataset, "2025-09-17");
    expect(dataset).toEqual(before);
  });
});
