import { describe, expect, it } from "vitest";
import { datasetAsOf } from "../../src/data/as-of.ts";
import { realDataset } from "../map/fixtures.ts";

describe("the real data set as of the story's dates", () => {
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
    expect(openai).toMatchObject({ from: "openai", to: "stargate-norway" });
    expect(openai?.validTo).toBeUndefined();
    expect(openai?.note).toBeUndefined();
    const target = data.figures.find((f) => f.id === "norway-gpus-target");
    expect(target?.subject).toBe("stargate-norway");
    expect(target?.validTo).toBeUndefined();
    expect(data.sources.map((s) => s.id)).not.toContain("capacity-2026-04");
    const later = datasetAsOf(realDataset(), "2026-11");
    expect(later.relations.find((r) => r.id === "openai-offtake-stargate-norway")?.validTo).toBe(
      "2026-04-14/2026-04-15",
    );
  });

  it("shows a site only once it has been announced, and a correction wherever all it corrects is shown", () => {
    const early = datasetAsOf(realDataset(), "2025-08");
    expect(early.sites.map((s) => s.properties.id)).toEqual(["loughton", "stargate-norway"]);
    const to = early.relations.map((r) => r.to);
    expect(to).toContain("stargate-norway");
    expect(to).not.toContain("cobalt-park");
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
    const racks = (asOf: string) =>
      datasetAsOf(realDataset(), asOf).figures.find((f) => f.id === "norway-racks");
    expect(racks("2025-10-14")?.id).toBe("norway-racks");
    expect(racks("2025-10-14")?.validTo).toBeUndefined();
    expect(racks("2025-10-15")?.validTo).toBe("2025-10-15");
  });
});
