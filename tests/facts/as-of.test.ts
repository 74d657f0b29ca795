import { describe, expect, it } from "vitest";
import { datasetAsOf } from "../../src/data/as-of.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { realDataset } from "../map/fixtures.ts";

const ARTICLE = "2025-09-16/2025-09-17";
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
const texts = (value: unknown) => JSON.stringify(value);
const corrections = (data: Dataset) =>
  data.edition.corrections.map((c) => `${c.text.de} ${c.text.en}`).join(" ");

describe("the real data set as of the story's dates", () => {
  it("leaves out what was stated later: no 52,000 GB300, no Rubin, no pause on the article's date", () => {
    const data = datasetAsOf(realDataset(), ARTICLE);
    expect(ids(data.figures)).not.toContain("norway-gpus-microsoft-2025-10");
    expect(ids(data.figures)).not.toContain("norway-gpus-rubin-2026-04");
    expect(ids(data.timeline)).not.toContain("cobalt-paused");
    expect(ids(data.figures)).toContain("norway-gpus-target");
  });

  it("does not know an end, or a later statement, before a source of it is published", () => {
    const data = datasetAsOf(realDataset(), "2025-09-17");
    const openai = data.relations.find((r) => r.id === "openai-offtake-stargate-norway");
    expect(openai?.validTo).toBeUndefined();
    expect(openai?.note).toBeUndefined();
    expect(data.figures.find((f) => f.id === "norway-gpus-target")?.validTo).toBeUndefined();
    // OpenAI's exit of 14/15 April 2026 is known from pages of April 2026: from the month's last day.
    const openaiAt = (asOf: string) =>
      datasetAsOf(realDataset(), asOf).relations.find((r) => r.id === "openai-offtake-stargate-norway");
    expect(openaiAt("2026-04-15")?.validTo).toBeUndefined();
    expect(openaiAt("2026-11")?.validTo).toBe("2026-04-14/2026-04-15");
  });

  it("rule 1: at 9 April 2026 cites no page of later in April, and the pause rests on the report of 9 April", () => {
    const data = datasetAsOf(realDataset(), "2026-04-09");
    expect(ids(data.sources)).not.toContain("capacity-2026-04");
    expect(ids(data.sources)).not.toContain("efinder-2026-04");
    expect(ids(data.timeline)).toContain("cobalt-paused");
    expect(ids(data.sources)).toContain("mockmirror-2026-04-09");
    const microsoft = data.relations.find((r) => r.id === "microsoft-buys-stargate-norway");
    expect(texts(microsoft?.note)).not.toMatch(/OpenAI/);
  });

  it("rule 1: at 31 July 2025 the location note cites no report of August, and at 13 January 2025 no page of September", () => {
    const july = datasetAsOf(realDataset(), "2025-07-31");
    const norway = july.sites.find((s) => s.properties.id === "stargate-norway");
    expect(texts(norway?.properties.precisionNote)).toContain("Bjerkvik");
    expect(texts(norway?.properties.precisionNote)).not.toMatch(/Kvandal|\beine Quelle|\bone source/i);
    expect(ids(july.sources)).not.toContain("klassekampen-2025-08-18");
    const later = datasetAsOf(realDataset(), "2025-08-18").sites.find(
      (s) => s.properties.id === "stargate-norway",
    );
    expect(texts(later?.properties.precisionNote)).toContain("Kvandal/Bjerkvik");
    const january = datasetAsOf(realDataset(), "<=2025-01-13");
    expect(ids(january.figures)).not.toContain("nscale-series-a");
    expect(ids(january.sources)).not.toContain("ipgsf-series-a");
    const nscale = january.headquarters.find((h) => h.properties.id === "nscale");
    expect(texts(nscale?.properties.description)).not.toMatch(/Arkon/);
  });

  it("rule 2: a month counts from its last day unless a source of a day dates it earlier", () => {
    const article = datasetAsOf(realDataset(), ARTICLE);
    expect(ids(article.relations)).not.toContain("nvidia-invests-nscale");
    expect(ids(article.figures)).not.toContain("nvidia-equity-nscale-gbp");
    expect(ids(datasetAsOf(realDataset(), "2025-09-18").relations)).toContain("nvidia-invests-nscale");
    const january = datasetAsOf(realDataset(), "<=2025-01-13");
    expect(ids(january.figures)).not.toContain("loughton-power-2025-01");
    expect(ids(january.sources)).not.toContain("bbc-loughton-2025-01");
    expect(ids(datasetAsOf(realDataset(), "2025-01").figures)).toContain("loughton-power-2025-01");
  });

  it("rule 2: the loan dated only 2026 shows from the edition, not from March 2026", () => {
    expect(ids(datasetAsOf(realDataset(), "2026-03-10").figures)).not.toContain("norway-loan");
    expect(ids(datasetAsOf(realDataset(), "2026-11").figures)).toContain("norway-loan");
  });

  it("rule 3: a correction at 13 January, 31 July or 17 September 2025 says what was wrong, never what came later", () => {
    const january = corrections(datasetAsOf(realDataset(), "<=2025-01-13"));
    expect(january).not.toMatch(/Aker|Artikel|article/);
    const july = corrections(datasetAsOf(realDataset(), "2025-07-31"));
    expect(july).not.toMatch(/waren das Ziel|was the target|war als Ankerkunde nur|was only announced/);
    const article = corrections(datasetAsOf(realDataset(), ARTICLE));
    expect(article).not.toMatch(/Finanzierungsrunde|funding round|wollte|intended to|schon|already/);
    expect(article).toMatch(/Cobalt Park: OpenAI ist kein Ankerkunde/);
  });

  it("shows a site only once it has been announced, and a correction once all it corrects is shown", () => {
    const early = datasetAsOf(realDataset(), "2025-08");
    expect(early.sites.map((s) => s.properties.id)).toEqual(["loughton", "stargate-norway"]);
    expect(early.relations.every((r) => r.to !== "cobalt-park")).toBe(true);
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
    if (!target) throw new Error("no norway-gpus-target in the data");
    target.validTo = "2025-10-15";
    const racks = (asOf: string) => datasetAsOf(replaced, asOf).figures.find((f) => f.id === "norway-racks");
    expect(racks("2025-10-14")?.validTo).toBeUndefined();
    expect(racks("2025-10-15")?.validTo).toBe("2025-10-15");
  });
});
