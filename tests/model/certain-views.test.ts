/**
 * Issue 28's cases as a reader meets them: what each view shows, at the dates the check of December 2026 found
 * later pages, uncertain dates and corrections that told of what came later (rules 1–3).
 */
import { describe, expect, it } from "vitest";
import { describeView } from "../../src/model/describe.ts";
import type { View } from "../../src/model/view.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const dataset = realDataset();
const at = (asOf: string, lang: "de" | "en" = "de") => realView(lang, undefined, dataset, asOf);
const sourceTitles = (view: View, id: string) => view.details(id)?.sources.items.map((s) => s.title) ?? [];
const roles = (view: View, id: string) => view.companies.find((c) => c.id === id)?.roles ?? "";

describe("rule 1: a source exists from its publication date", () => {
  it("at 9 April 2026 the Kvandal, OpenAI and Cobalt Park cards cite no page of later in April", () => {
    const view = at("2026-04-09");
    for (const id of ["stargate-norway", "openai", "cobalt-park"]) {
      const titles = sourceTitles(view, id);
      expect(titles.length).toBeGreaterThan(0);
      expect(titles).not.toContain("Microsoft takes Stargate Norway capacity as OpenAI steps back");
      expect(titles.join(" ")).not.toMatch(/OpenAI pulls back/);
    }
    // The pause of 9 April rests on the report of that day.
    expect(sourceTitles(view, "cobalt-park")).toContain("OpenAI halts landmark A.I. project in Britain");
  });

  it("at 13 January 2025 Nscale's card has no Series A and no founding line from pages of September 2025", () => {
    const nscale = at("<=2025-01-13").details("nscale");
    const figures = nscale?.sections.flatMap((s) => s.figures.map((f) => f.id)) ?? [];
    expect(figures).toContain("nscale-uk-commitment-2025-01-13");
    expect(figures).not.toContain("nscale-series-a");
    expect(JSON.stringify(nscale?.description)).not.toMatch(/Arkon/);
    expect(JSON.stringify(at("2025-09-30").details("nscale")?.description)).toMatch(/Arkon/);
  });
});

describe("rule 2: an uncertain date counts from when it is certain", () => {
  it("at the article's date Nvidia is no investor in Nscale in the list, the description or the table of relations", () => {
    for (const lang of ["de", "en"] as const) {
      const view = at("2025-09-16/2025-09-17", lang);
      expect(roles(view, "nvidia")).not.toMatch(/Investor/i);
      expect(describeView(view).sentences.join(" ")).not.toMatch(/Nvidia[^.]*Investor/i);
      expect(view.relations.rows.map((r) => r.id)).not.toContain("nvidia-invests-nscale");
    }
    expect(roles(at("2025-09-18"), "nvidia")).toMatch(/Investor/);
  });

  it("the BBC's items of January 2025 are not in the view of 13 January 2025, but in January's", () => {
    const early = at("<=2025-01-13");
    expect(early.details("loughton")?.sections.flatMap((s) => s.figures)).toEqual([]);
    expect(sourceTitles(early, "loughton")).not.toContain(
      "UK's largest AI data centre planned for Essex, creating 750 jobs",
    );
    const january = at("2025-01")
      .details("loughton")
      ?.sections.flatMap((s) => s.figures.map((f) => f.id));
    expect(january).toContain("loughton-power-2025-01");
  });
});

describe("rule 3: a correction says what was wrong, never what happened later", () => {
  it("at 13 January, 31 July and 17 September 2025 no correction tells what is to come", () => {
    const said = (asOf: string) =>
      at(asOf)
        .credits.corrections.map((c) => c.text.map((s) => (typeof s === "string" ? s : s.text)).join(""))
        .join(" ");
    expect(said("<=2025-01-13")).not.toMatch(/Aker/);
    expect(said("2025-07-31")).toMatch(/100\.000 GPUs: das Ziel vom 31\. Juli 2025/);
    expect(said("2025-07-31")).not.toMatch(/waren|war als Ankerkunde nur/);
    const article = said("2025-09-16/2025-09-17");
    expect(article).toMatch(/OpenAI kündigte an, eine Abnahme von bis zu 8\.000 GPUs zu prüfen/);
    expect(article).not.toMatch(/Finanzierungsrunde|wollte|schon/);
  });
});
