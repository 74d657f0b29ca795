/**
 * The fact check of edition 0.1.0, row by row: each test is one row of the correction table (issue 13) and
 * says what the map shows now.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textParts } from "../../src/data/text.ts";
import type { RichText } from "../../src/model/text.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const plainOf = (text: RichText | null | undefined) =>
  (text ?? []).map((s) => (typeof s === "string" ? s : s.text)).join("");

const ARTICLE = "2025-09-16/2025-09-17";
const relation = (view: ReturnType<typeof realView>, site: string, id: string) =>
  view.details(site)?.relations?.items.find((item) => item.id === id);
const figure = (view: ReturnType<typeof realView>, site: string, id: string) =>
  view
    .details(site)
    ?.sections.flatMap((s) => s.figures)
    .find((f) => f.id === id);

describe("the story as of a date, row by row of the fact check", () => {
  it("OpenAI at Cobalt Park: a Stargate UK partner exploring offtake, paused since 9 April 2026, not an anchor customer", () => {
    const now = relation(realView(), "cobalt-park", "openai-partner-cobalt-park");
    expect(now).toMatchObject({ role: "Programmpartner", state: "paused" });
    expect(now?.period).toBe("seit 16. September 2025, pausiert seit 9. April 2026");
    expect(plainOf(now?.note)).toContain("eine Absicht, kein Vertrag");
    const arc = realView().map.relations.features.find(
      (f) => f.properties.id === "openai-partner-cobalt-park",
    );
    expect(arc?.properties).toMatchObject({ inactive: true, endLabel: "pausiert seit 9. April 2026" });
    expect(
      relation(realView("de", undefined, undefined, ARTICLE), "cobalt-park", "openai-partner-cobalt-park")
        ?.state,
    ).toBe("active");
  });

  it("Stargate UK's 8,000 GPUs are the programme's possible offtake: so said in label, list and chart, with no bar", () => {
    const article = realView("de", undefined, undefined, ARTICLE);
    const said = "Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs";
    expect(article.sites.find((row) => row.id === "cobalt-park")?.figures).toBe(said);
    expect(article.map.sites.features.find((f) => f.properties.id === "cobalt-park")?.properties.label).toBe(
      `Cobalt Park · ${said}`,
    );
    const item = figure(article, "cobalt-park", "cobalt-gpus-initial");
    expect(item?.label).toMatch(/^Stargate UK: Programm mit mehreren Standorten/);
    // An offtake OpenAI would explore is no site's first phase ("Start").
    expect(item?.label).not.toMatch(/Start|Anfangskapazität/);
    const gpus = article.chart.panels.find((p) => p.id === "gpus")?.bars.find((b) => b.id === "cobalt-park");
    expect(gpus).toMatchObject({ value: said, widthPercent: null });
  });

  it("OpenAI's intention to explore an offtake in Q1 2026 is said in the past after that quarter", () => {
    const note = (asOf: string) =>
      plainOf(figure(realView("de", undefined, undefined, asOf), "cobalt-park", "cobalt-gpus-initial")?.note);
    expect(note("2026-03-10")).toContain("OpenAI will eine Abnahme");
    expect(note("2026-04-09")).toContain("OpenAI wollte im 1. Quartal 2026 eine Abnahme");
    expect(note("2026-04-09")).not.toContain("OpenAI will ");
  });

  it("Kvandal's list row shows the figures valid at the date, with their dates: 100,000 in the article's week, 52,000 GB300 later", () => {
    const row = (asOf?: string) =>
      realView("de", undefined, undefined, asOf).sites.find((r) => r.id === "stargate-norway");
    expect(row(ARTICLE)).toMatchObject({
      figures: "geplant: 230 MW · Ziel: 100.000 GPUs",
      dates: "Angaben vom 31. Juli 2025",
    });
    expect(row()).toMatchObject({
      figures: "geplant: 230 MW · für Microsoft: etwa 52.000 GPUs (GB300), dazu über 30.000 GPUs (Rubin)",
      dates: "Angaben vom 31. Juli 2025, 15. Oktober 2025 und 14. April 2026",
    });
    // Microsoft's allocation is another kind of figure: no source says it replaces the target.
    expect(figure(realView(), "stargate-norway", "norway-gpus-target")?.meta).not.toContain(
      "nicht mehr aktuell",
    );
  });

  it("OpenAI at Kvandal was announced as anchor customer, never contracted, and ended in April 2026", () => {
    const now = relation(realView(), "stargate-norway", "openai-offtake-stargate-norway");
    expect(now?.role).toBe("Ankerkunde, angekündigt, kein Vertrag bekannt");
    expect(plainOf(now?.note)).toContain("keine Abnahmevereinbarung");
    const then = relation(
      realView("de", undefined, undefined, ARTICLE),
      "stargate-norway",
      "openai-offtake-stargate-norway",
    );
    expect(then).toMatchObject({ state: "active", note: null, period: "seit 31. Juli 2025" });
  });

  it("Microsoft's Kvandal agreement dates from 17 September 2025, and nothing claims its 'whole capacity'", () => {
    for (const lang of ["de", "en"] as const) {
      const narvik = relation(realView(lang), "microsoft", "microsoft-buys-stargate-norway");
      expect(narvik?.period).toMatch(/^(seit 17\. September 2025|since 17 September 2025)$/);
      const details = realView(lang).details("microsoft");
      const words = [
        plainOf(details?.description),
        ...(details?.relations?.items ?? []).map((r) => plainOf(r.note)),
      ];
      expect(words.join(" ")).not.toMatch(/gesamte|whole/);
    }
  });

  it("the article's Loughton claim keeps its unit: GB200 superchips, not GPUs", () => {
    expect(figure(realView(), "loughton", "loughton-gpus-article")?.value).toBe(
      "Zehntausende Superchips (GB200)",
    );
    expect(figure(realView("en"), "loughton", "loughton-gpus-article")?.value).toBe(
      "tens of thousands of superchips (GB200)",
    );
  });

  it("the Kvandal loan from one undated secondary page is unconfirmed", () => {
    expect(figure(realView(), "stargate-norway", "norway-loan")?.badge).toBe("unbestätigt");
  });

  it("Loughton's timeline: the 10 March 2026 report after 9 March, no schedule change in October 2025, no Microsoft contract", () => {
    const status = realView().details("loughton")?.status;
    expect(status?.current).toMatchObject({ stage: "widersprüchliche Angaben", badge: "unbestätigt" });
    expect(plainOf(status?.current.text)).toContain("10. März 2026");
    const stages = status?.earlier.map((entry) => entry.stage);
    // Q4 2026 against GPUs in Q1 2027: the sources conflict, nothing was rescheduled.
    expect(stages?.[0]).toBe("widersprüchliche Angaben");
    expect(stages).not.toContain("Zeitplan geändert");
    expect(stages).toContain("bekräftigt");
    expect(stages).not.toContain("Vertrag");
  });

  it("Aker's conversion right cites 25 September 2025; Nscale is a Stargate UK partner, not Cobalt Park's developer", () => {
    const aker = realDataset().relations.find((r) => r.id === "aker-jv-stargate-norway");
    const conversion = textParts(aker?.note ?? []).find((part) => part.text.en.includes("convertible"));
    expect(conversion).toMatchObject({ from: "2025-09-25", sources: ["srnnews-2025-09-25"] });
    expect(relation(realView(), "cobalt-park", "nscale-partner-cobalt-park")?.role).toBe("Programmpartner");
  });

  it("sources carry no invented title: no '$' for a £500m figure, no headline the article does not have", () => {
    const sources = realDataset().sources;
    const parameter = sources.find((s) => s.id === "parameter-nvidia-nscale");
    expect(parameter).toMatchObject({ title: expect.not.stringContaining("$") });
    const article = sources.find((s) => s.id === "article");
    expect(article?.kind === "article" && article.title.de).toMatch(/^Artikel \(Überschrift nicht bekannt\)/);
  });

  it("wording: each string in the reader's language, a pledge called a pledge, Nvidia's £11bn the partners' spending", () => {
    const en = realView("en");
    const nscale = en.details("nscale")?.sections.flatMap((s) => s.figures) ?? [];
    expect(nscale.find((f) => f.id === "nscale-safe")?.label).toBe("Funding · pre-Series C SAFE");
    expect(
      realView()
        .details("nscale")
        ?.sections.flatMap((s) => s.figures)
        .find((f) => f.id === "nscale-series-b")?.label,
    ).toBe("Finanzierung · Serie B");
    expect(figure(en, "loughton", "loughton-gpus-46000")?.meta).toBe("a secondary article, September 2025");
    const nvidia =
      realView()
        .details("nvidia")
        ?.sections.flatMap((s) => s.figures) ?? [];
    expect(nvidia.find((f) => f.id === "nvidia-uk-capex")?.label).toBe("Zusage · Ausgaben der Partner");
    expect(
      realView()
        .details("microsoft")
        ?.sections.flatMap((s) => s.figures)[0]?.label,
    ).toBe("Zusage");
    // A description of the speaker is in both languages; a plain string is a name, never "Sekundärartikel / …".
    const names = realDataset().figures.flatMap((f) => (typeof f.saidBy === "string" ? [f.saidBy] : []));
    expect(names).toContain("Nscale");
    expect(names.filter((name) => /Sekundär|Nachrichtenbericht|Press|secondary/.test(name))).toEqual([]);
  });

  it("every site's popup states its power, or says that none has been published", () => {
    const view = realView();
    expect(view.details("cobalt-park")?.noPower).toBe("Keine Leistungsangabe veröffentlicht.");
    for (const id of ["loughton", "stargate-norway"]) {
      expect(view.details(id)?.noPower).toBeNull();
      expect(view.details(id)?.sections[0]?.figures.some((f) => f.label.startsWith("Leistung"))).toBe(true);
    }
  });

  it("the demo article no longer says in the present tense that OpenAI is Kvandal's anchor customer", () => {
    const article = readFileSync("src/demo/article.html", "utf8");
    expect(article).not.toMatch(/Das Unternehmen ist\s+Ankerkunde/);
    expect(article).toMatch(/nie einen Abnahmevertrag/);
  });

  it("each fact a published 0.1.0 map showed wrongly has a dated correction in the edition", () => {
    const { corrections } = realDataset().edition;
    expect(corrections.length).toBeGreaterThanOrEqual(4);
    for (const c of corrections) expect(["2026-11-30", "2026-12-04", "2026-12-07"]).toContain(c.date);
    const text = corrections.map((c) => c.text.en).join(" ");
    for (const topic of [
      "Cobalt Park",
      "100,000",
      "GB200",
      "Aker",
      "Pledges",
      "loan",
      "called the site “Narvik”",
    ])
      expect(text).toContain(topic);
  });
});
