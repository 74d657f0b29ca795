/**
 * The line-by-line check of 0.1.x at both dates (issue 21), row by row: every figure was right, and each of
 * these is a word around them that was not. Each test is one row of the check and says what the map shows now.
 */

import { describe, expect, it } from "vitest";
import { renderStaticList } from "../../scripts/static-picture-plugin.ts";
import { pictureCaption } from "../../src/model/caption.ts";
import { figuresTable, TABLE_COLUMNS } from "../../src/model/table.ts";
import type { RichText } from "../../src/model/text.ts";
import type { View } from "../../src/model/view.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const ARTICLE = "2025-09-16/2025-09-17";
const at = (asOf?: string, lang: "de" | "en" = "de") => realView(lang, undefined, realDataset(), asOf);
/** Rich text (or a plain string) as the reader reads it. */
const plain = (text: RichText | string | null | undefined): string =>
  typeof text === "string"
    ? text
    : (text ?? []).map((segment) => (typeof segment === "string" ? segment : segment.text)).join("");
const figures = (view: View, id: string) => view.details(id)?.sections.flatMap((s) => s.figures) ?? [];
const figure = (view: View, subject: string, id: string) => figures(view, subject).find((f) => f.id === id);
const relation = (view: View, subject: string, id: string) =>
  view.details(subject)?.relations?.items.find((r) => r.id === id);
/** Every word the details of a site or company show, as one text. */
function detailsText(view: View, id: string): string {
  const d = view.details(id);
  // Text that is not there would pass every "does not say" check below.
  if (!d) throw new Error(`no details for ${id}`);
  return [
    d.heading,
    d.kindLine,
    d.since,
    plain(d.description),
    d.status
      ? [d.status.current, ...d.status.earlier].map((e) => `${e.stage}${plain(e.text)}`).join(" ")
      : "",
    d.status?.schedule ? [d.status.schedule.note, ...d.status.schedule.items].join(" ") : "",
    ...d.sections.flatMap((s) => s.figures.map((f) => `${f.label} ${f.value} ${f.meta} ${plain(f.note)}`)),
    ...(d.relations?.items ?? []).map((r) => `${r.name} ${r.role} ${r.period} ${plain(r.note)}`),
    ...d.sources.items.map((s) => `${s.title}${s.rest}`),
  ].join(" ");
}
const csvRow = (view: View, id: string) =>
  figuresTable(view.tableContext())
    .rows.find((row) => row.at(-1) === id)
    ?.join(" | ") ?? "";

describe("the article's view (16/17 September 2025) knows nothing later", () => {
  it("1. Aker is no investor in Nscale yet: that begins with the Series B of 25 September 2025", () => {
    const text = detailsText(at(ARTICLE), "aker");
    expect(text).not.toMatch(/Investor|führend/);
    expect(
      at(ARTICLE)
        .details("aker")
        ?.relations?.items.map((r) => r.id),
    ).not.toContain("aker-invests-nscale");
    expect(relation(at(), "aker", "aker-invests-nscale")?.period).toBe("seit 25. September 2025");
  });

  it("2. Aker's conversion right into Nscale shares is Aker's statement of 25 September 2025, not before", () => {
    const then = plain(relation(at(ARTICLE), "stargate-norway", "aker-jv-stargate-norway")?.note);
    expect(then).toBe("50/50-Gemeinschaftsunternehmen mit Nscale.");
    const now = plain(relation(at(), "stargate-norway", "aker-jv-stargate-norway")?.note);
    expect(now).toBe(
      "50/50-Gemeinschaftsunternehmen mit Nscale. Laut Aker (25. September 2025) bei einem künftigen Börsengang in Nscale-Aktien wandelbar.",
    );
    expect(detailsText(at(ARTICLE), "aker")).not.toMatch(/wandelbar|25\. September/);
  });

  it("3. Nvidia's £500m: the figure, that only part of it was in the Series B, and the reports, come later", () => {
    const view = at(ARTICLE);
    // Its reports are of 25 September 2025 and of "September 2025" (certain from the month's end).
    expect(figure(view, "nvidia", "nvidia-equity-nscale-gbp")).toBeUndefined();
    expect(figure(at("2025-09-25"), "nvidia", "nvidia-equity-nscale-gbp")?.value).toBe("500 Mio. £");
    expect(detailsText(view, "nvidia")).not.toMatch(/Serie B|1\.1 billion|500 Mio/);
    expect(csvRow(view, "nvidia-equity-nscale-gbp")).toBe("");
    expect(plain(figure(at(), "nvidia", "nvidia-equity-nscale-gbp")?.note)).toContain(
      "Nur ein Teil davon floss in die Serie B (25. September 2025).",
    );
  });

  it("4. what is dated only 'September 2025' is not yet in the article's view, and inside the month says its day is not known", () => {
    // Nvidia as Nscale's investor: its first report of a day is TechRadar's of 18 September 2025.
    expect(relation(at(ARTICLE), "nvidia", "nvidia-invests-nscale")).toBeUndefined();
    const view = at("2025-09-25");
    expect(relation(view, "nvidia", "nvidia-invests-nscale")?.period).toBe(
      "seit September 2025, Tag nicht bekannt",
    );
    expect(figure(view, "nvidia", "nvidia-equity-nscale-gbp")?.meta).toBe(
      "Jensen Huang (Financial Times), September 2025, Tag nicht bekannt",
    );
    expect(relation(at(), "nvidia", "nvidia-invests-nscale")?.period).toBe("seit September 2025");
  });

  it("5. one 'Stand' per view: the credits, the picture's caption and the time control name the view's date", () => {
    const view = at(ARTICLE);
    expect(view.credits.asOf).toBe("Stand: 16./17. September 2025");
    expect(view.credits.checked).toBe("Quellen geprüft: November 2026");
    expect(view.time.showing).toBe("Stand der Karte: 16./17. September 2025.");
    const stands =
      [...pictureCaption(view.captionContext()), view.credits.asOf]
        .join(" ")
        .match(/\bStand( der Karte)?: [^·]*?\d{4}/g) ?? [];
    expect(new Set(stands)).toEqual(new Set(["Stand: 16./17. September 2025"]));
    expect(pictureCaption(view.captionContext()).join(" ")).not.toContain("Stand: November 2026");
  });

  it("6. a correction shows in every view that shows what it corrects, and in the PNG, without later facts", () => {
    const view = at(ARTICLE);
    const corrections = view.credits.corrections.map((c) => `${c.heading} ${plain(c.text)}`).join(" ");
    expect(corrections).toContain("Korrigiert am 30. November 2026:");
    expect(corrections).toContain("Cobalt Park: OpenAI ist kein Ankerkunde");
    expect(corrections).not.toMatch(/2026(?! *:)|pausiert|Serie C/);
    expect(pictureCaption(view.captionContext()).join(" ")).toContain(
      "Cobalt Park: OpenAI ist kein Ankerkunde",
    );
  });

  it("7. Kvandal's 100,000 GPUs are a target, in the list and the chart", () => {
    const view = at(ARTICLE);
    expect(view.sites.find((r) => r.id === "stargate-norway")?.figures).toBe(
      "geplant: 230 MW · Ziel: 100.000 GPUs",
    );
    const bar = view.chart.panels.find((p) => p.id === "gpus")?.bars.find((b) => b.id === "stargate-norway");
    expect(bar).toMatchObject({ value: "Ziel: 100.000 GPUs", installed: false });
    expect(at(ARTICLE, "en").sites.find((r) => r.id === "stargate-norway")?.figures).toBe(
      "planned: 230 MW · target: 100,000 GPUs",
    );
  });
});

describe("both views", () => {
  it("8. Loughton's 50 MW of January 2025 is the planned power, not an expansion", () => {
    for (const asOf of [ARTICLE, undefined]) {
      expect(figure(at(asOf), "loughton", "loughton-power-2025-01")?.label).toBe("Leistung · geplant");
      expect(figure(at(asOf, "en"), "loughton", "loughton-power-2025-01")?.label).toBe("Power · planned");
    }
  });

  it("9. the BBC's £2bn at Loughton points to Nscale's UK-wide pledge of the same sum", () => {
    const note = plain(figure(at(), "loughton", "loughton-investment-2025-01")?.note);
    expect(note).toContain("für die britische Rechenzentrumsbranche insgesamt, nicht für Loughton allein");
    expect(note).toContain("Dieselbe Summe wie 2 Mrd. £ bei Nscale (Nscale, 13. Januar 2025).");
  });

  it("10. Nscale's £2bn and $2.5bn of January 2025 are one pledge in two currencies", () => {
    for (const asOf of [ARTICLE, undefined]) {
      const note = plain(figure(at(asOf), "nscale", "nscale-uk-commitment-2025-01-15")?.note);
      expect(note).toContain("in US-Dollar");
      expect(note).toContain("Dieselbe Angabe wie 2 Mrd. £ (Nscale, 13. Januar 2025).");
      // Said once per card: a later restatement of the same pledge says so in two words.
      expect(plain(figure(at(asOf), "nscale", "nscale-uk-commitment-article")?.note)).toContain(
        "Ebenfalls dieselbe Angabe.",
      );
      const card = detailsText(at(asOf), "nscale");
      expect(card.split("Dieselbe Angabe wie 2 Mrd. £")).toHaveLength(2);
    }
  });

  it("11. Nvidia supplies Kvandal from the report of 1 August 2025 that says so, not from the day before", () => {
    expect(relation(at(), "nvidia", "nvidia-supplies-stargate-norway")?.period).toBe("seit 1. August 2025");
    expect(at("2025-07-31").relations.rows.map((r) => r.id)).not.toContain("nvidia-supplies-stargate-norway");
    expect(relation(at(undefined, "en"), "nvidia", "nvidia-supplies-stargate-norway")?.period).toBe(
      "since 1 August 2025",
    );
  });

  it("12. the German view describes every source in German; publication titles stay as published, marked", () => {
    for (const asOf of [ARTICLE, undefined]) {
      const view = at(asOf);
      const rows = [...view.sites, ...view.companies];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        // Every site and company names its sources: a card without them would pass the check below unread.
        const sources = view.details(row.id)?.sources.items ?? [];
        expect(sources.length, row.id).toBeGreaterThan(0);
        for (const source of sources)
          expect(source.rest).not.toMatch(
            /reported by|press release|secondary|copy on|from Budstikka|mirror of|\bvia\b|gazetteer|notice|citing/i,
          );
      }
      expect(pictureCaption(view.captionContext()).join(" ")).not.toMatch(/reported by|press release|via /);
    }
    const nscale = at()
      .details("loughton")
      ?.sources.items.find((s) => s.url?.includes("globenewswire"));
    expect(nscale?.rest).toBe(" – Pressemitteilung von Nscale (über GlobeNewswire), 16./17. September 2025");
    expect(nscale?.titleLang).toBe("en");
    const blockbeats = at()
      .details("loughton")
      ?.sources.items.find((s) => s.url?.includes("blockbeats"));
    // The editors' description of a page whose title is not known is set in brackets, unlike a published title.
    expect(blockbeats).toMatchObject({
      title: "[Meldung über den Besuch am Standort Loughton]",
      titleLang: null,
      rest: " – BlockBeats (Zusammenfassung einer Presserecherche), März 2026",
    });
  });

  it("13. an English quote in a German note keeps the original, marked as English, with a German rendering", () => {
    const note = figure(at(), "loughton", "loughton-gpus-microsoft-2025-09")?.note ?? [];
    expect(note).toEqual([
      { text: "„more than 23,000 advanced GPUs“", lang: "en" },
      " (mehr als 23.000 moderne GPUs)",
    ]);
    const offtake = relation(at(ARTICLE), "cobalt-park", "openai-partner-cobalt-park")?.note ?? [];
    expect(offtake).toContainEqual({ text: "„will explore offtake“", lang: "en" });
  });

  it("14. the English view names Aker's stock-exchange notice in English", () => {
    expect(figure(at(undefined, "en"), "stargate-norway", "norway-power-first-phase")?.meta).toBe(
      "Aker (stock-exchange notice), 31 July 2025",
    );
  });

  it("16. Stargate UK's figures: confirmed before unconfirmed, and the programme's in the CSV too", () => {
    const ids = figures(at(), "cobalt-park").map((f) => f.id);
    expect(ids).toEqual(["cobalt-gpus-initial", "cobalt-gpus-potential", "cobalt-gpus-60000"]);
    for (const id of ids) expect(csvRow(at(), id).split(" | ")[1]).toBe("Stargate UK");
  });
});

describe("the edition's view", () => {
  it("17. Loughton's restatement of October 2025 has one confirmation level, in the card, the list and the CSV", () => {
    const restated = at()
      .details("loughton")
      ?.status?.earlier.find((e) => e.stage === "bekräftigt");
    expect(restated?.badge).toBeNull();
    expect(csvRow(at(), "loughton-2025-10")).toContain("bestätigt");
    expect(figure(at(), "loughton", "loughton-gpus-2025-10")?.badge).toBeNull();
  });

  it("18. conflicting reports say they are unconfirmed wherever they appear, the list without JavaScript too", () => {
    expect(at().sites.find((r) => r.id === "loughton")?.since).toContain(
      "widersprüchliche Angaben (unbestätigt) · 10. März 2026",
    );
    expect(renderStaticList({ dataset: realDataset() }, "de")).toContain(
      "widersprüchliche Angaben (unbestätigt)",
    );
  });

  it("19. Kvandal's 100,000-GPU target and its racks stay current: Microsoft's 52,000 allocation replaces neither", () => {
    for (const id of ["norway-gpus-target", "norway-racks"]) {
      const item = figure(at(), "stargate-norway", id);
      expect(item?.current).toBe(true);
      expect(item?.meta).not.toContain("nicht mehr aktuell");
    }
    expect(plain(figure(at(), "stargate-norway", "norway-gpus-target")?.note)).toContain(
      "keine Quelle sagt, dass diese Zahl das Ziel ersetzt",
    );
  });

  it("20. Kvandal's 52,000 GB300 are Microsoft's, with the Vera Rubin GPUs added later, in list and chart", () => {
    const expected = "für Microsoft: etwa 52.000 GPUs (GB300), dazu über 30.000 GPUs (Rubin)";
    expect(at().sites.find((r) => r.id === "stargate-norway")?.figures).toBe(`geplant: 230 MW · ${expected}`);
    expect(
      at()
        .chart.panels.find((p) => p.id === "gpus")
        ?.bars.find((b) => b.id === "stargate-norway")?.value,
    ).toBe(expected);
    expect(at("2026-01").sites.find((r) => r.id === "stargate-norway")?.figures).toBe(
      "geplant: 230 MW · für Microsoft: etwa 52.000 GPUs (GB300)",
    );
  });

  it("21. Stargate UK's pause applies to all its figures, the unconfirmed 60,000 too", () => {
    const items = figures(at(), "cobalt-park");
    expect(items.map((f) => f.id)).toEqual([
      "cobalt-gpus-initial",
      "cobalt-gpus-potential",
      "cobalt-gpus-60000",
    ]);
    for (const item of items) {
      expect(item.meta).toContain("Programm pausiert seit 9. April 2026");
      expect(item.meta).not.toContain("nicht mehr aktuell");
      expect(item.current).toBe(false);
    }
  });

  it("22. the list without JavaScript says where and when OpenAI's roles ended or were paused", () => {
    const list = renderStaticList({ dataset: realDataset() }, "de");
    expect(list).toContain(
      "OpenAI</strong> – Ankerkunde (angekündigt, kein Vertrag bekannt; Kvandal: beendet · 14./15. April 2026), Programmpartner (Cobalt Park: pausiert seit 9. April 2026)",
    );
  });

  it("23. Microsoft's details tell of April 2026: the Kvandal capacity taken over and the agreement expanded", () => {
    const note = plain(relation(at(), "microsoft", "microsoft-buys-stargate-norway")?.note);
    expect(note).toContain("Seit 14. April 2026: erweitert den Vertrag um");
    expect(note).toContain("Übernimmt seit 14./15. April 2026 die Kapazität, die OpenAI nicht abnahm.");
    // The expansion has a report of its day; the takeover only reports of April 2026, certain from its end.
    expect(
      plain(relation(at("2026-04-15"), "microsoft", "microsoft-buys-stargate-norway")?.note),
    ).not.toContain("OpenAI");
    expect(note).toContain("über 30.000 GPUs (Rubin)");
    expect(at().details("microsoft")?.since).toContain("Kapazitätskäufer bei Kvandal");
    expect(detailsText(at("2026-03"), "microsoft")).not.toContain("April 2026");
  });

  it("24. Aker's line says what changed since the article: investor in Nscale, lead of its Series C, its JV shares", () => {
    expect(at().details("aker")?.since).toBe(
      "Seit dem Artikel: Joint-Venture-Partner bei Kvandal – Laut Aker (25. September 2025) bei einem künftigen Börsengang in Nscale-Aktien wandelbar; Investor bei Nscale seit 25. September 2025 – Führte mit 8090 Industries auch die Serie C an (9. März 2026)",
    );
  });

  it("25. Nscale's total funding has no dangling words: the source's 'just over' is quoted", () => {
    for (const lang of ["de", "en"] as const) {
      const note = figure(at(undefined, lang), "nscale", "nscale-total-funding-2026-03")?.note ?? [];
      expect(plain(note)).not.toMatch(/(über|over)\s*$/);
      expect(note.some((s) => typeof s !== "string" || s.includes("just over"))).toBe(true);
    }
  });

  it("26. Loughton's opening dates are said to disagree, each with the date it was stated", () => {
    const schedule = at().details("loughton")?.status?.schedule;
    expect(schedule?.note).toBe("Die Quellen nennen unterschiedliche Termine.");
    expect(schedule?.items).toEqual([
      "Eröffnung: bis 2026 (Angabe vom Januar 2025)",
      "Lieferung der GPUs: 1. Quartal 2027 (Angabe vom 16./17. September 2025)",
      "Lieferung der GPUs: ab Anfang 2027 (Angabe vom 15. Oktober 2025)",
      "Inbetriebnahme: 4. Quartal 2026 (Angabe vom 9. März 2026)",
    ]);
    expect(at("2025-02").details("loughton")?.status?.schedule).toBeNull();
  });

  it("27. the time control tells screen readers the date in a sentence that is German", () => {
    expect(at("<=2025-01-13").time.showing).toBe("Stand der Karte: 13. Januar 2025.");
    expect(at("<=2025-01-13", "en").time.showing).toBe("Map as of 13 January 2025.");
  });
});

describe("also", () => {
  it("Microsoft at Loughton is an announced customer, not a buyer of capacity", () => {
    const item = relation(at(), "loughton", "microsoft-buys-loughton");
    expect(item?.role).toBe("Kunde, angekündigt, kein Vertrag bekannt");
    expect(item?.role).not.toContain("Kapazitätskäufer");
  });

  it("an amount is written one way everywhere: '6,2 Mrd. $', never '6,2 Mrd. USD'", () => {
    for (const asOf of [ARTICLE, undefined]) {
      const text = detailsText(at(asOf), "stargate-norway");
      expect(text).toContain("6,2 Mrd. $");
      expect(text).not.toMatch(/Mrd\. USD|Mio\. USD|USD \d/);
    }
  });

  it("acres come with hectares", () => {
    expect(figure(at(), "loughton", "loughton-area")?.value).toBe("4 Acres (etwa 1,6 ha)");
    expect(figure(at(undefined, "en"), "loughton", "loughton-area")?.value).toBe("4 acres (about 1.6 ha)");
  });

  it("the chart fills only what is installed: a delivery to come and a buyer's share are outlines, as its note says", () => {
    const bars = at().chart.panels.find((p) => p.id === "gpus")?.bars ?? [];
    expect(bars.find((b) => b.id === "loughton")).toMatchObject({
      value: "Lieferung: zunächst 23.040 GPUs (GB300)",
      installed: false,
    });
    expect(bars.find((b) => b.id === "stargate-norway")?.installed).toBe(false);
    expect(at().chart.note).toContain("Nur Installiertes ist gefüllt");
  });

  it("the legend shows only what the view draws: no ended relation at the article's date", () => {
    expect(at(ARTICLE).legend.relations.lines.map((l) => l.id)).not.toContain("ended");
    expect(at().legend.relations.lines.map((l) => l.id)).toContain("ended");
  });

  it("the CSV lists the relations and the statuses too: who does what to which site, from when, until when", () => {
    const view = at();
    const cells = (id: string) => {
      const found = figuresTable(view.tableContext()).rows.find((row) => row.at(-1) === id) ?? [];
      return Object.fromEntries(TABLE_COLUMNS.map((name, index) => [name, found[index]]));
    };
    expect(cells("openai-offtake-stargate-norway")).toMatchObject({
      entry: "Beziehung",
      subject: "OpenAI",
      place: "Kvandal bei Narvik, Nordland, Norwegen",
      precision: "Gebiet (5 km)",
      item: "Ankerkunde (angekündigt, kein Vertrag bekannt)",
      value: "Kvandal",
      date: "2025-07-31",
      datePrecision: "31. Juli 2025",
      until: "2026-04-14",
      untilPrecision: "14./15. April 2026",
      state: "beendet",
      saidBy: expect.stringContaining("Nscale, Aker und OpenAI"),
      status: "angekündigt, kein Vertrag bekannt",
      note: expect.stringContaining("keine Abnahmevereinbarung"),
      source: expect.stringContaining("Stargate Norway"),
      url: expect.stringMatching(/^https:/),
      viewAsOf: "November 2026",
    });
    expect(cells("cobalt-paused")).toMatchObject({
      entry: "Stand",
      subject: "Cobalt Park",
      item: "pausiert",
      value: expect.stringMatching(/^OpenAI pausiert Stargate UK/),
      date: "2026-04-09",
    });
  });
});
