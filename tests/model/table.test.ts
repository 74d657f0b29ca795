import { csvParseRows, dsvFormat } from "d3-dsv";
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/data/schema.ts";
import { figuresTable, formatRows, TABLE_COLUMNS, tableCsv, tableNumber } from "../../src/model/table.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const ARTICLE = "2025-09-16/2025-09-17";
const column = (name: (typeof TABLE_COLUMNS)[number]) => TABLE_COLUMNS.indexOf(name);

/** The figure rows of a table (its relations and statuses follow them). */
const figureRows = (view: ReturnType<typeof realView>) =>
  figuresTable(view.tableContext()).rows.filter(
    (row) => row[column("entry")] === view.i18n.t("table.entry.figure"),
  );

/** The figure ids every site's and company's details show, in the details' order. */
function detailsFigureIds(view: ReturnType<typeof realView>): string[] {
  return [...view.sites, ...view.companies].flatMap(
    (row) => view.details(row.id)?.sections.flatMap((s) => s.figures.map((f) => f.id)) ?? [],
  );
}

describe("the CSV's rows", () => {
  it("are formatted exactly as d3-dsv's formatRows would, with either delimiter", () => {
    const rows = [
      ["plain", "with;semicolon", "with,comma", 'a "quote"', "line\nbreak", "carriage\rreturn", ""],
      ["'=formula", "-1,534", "über 4,9 Mrd. $", "Nscale | BBC", '"', ";"],
    ];
    for (const delimiter of [";", ","])
      expect(formatRows(rows, delimiter)).toBe(dsvFormat(delimiter).formatRows(rows));
  });
});

describe("the figures' table", () => {
  it("says on every row the view's date as the credits do, on a step's last day too", () => {
    const view = realView("de", undefined, realDataset(), "2025-09-17");
    expect(view.credits.asOf).toBe("Stand: 16./17. September 2025");
    const rows = figuresTable(view.tableContext()).rows;
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((row) => row[column("viewAsOf")]))).toEqual(new Set(["16./17. September 2025"]));
  });

  it("holds exactly the figures the details show, in their order, at the edition and at the article's date", () => {
    for (const asOf of [undefined, ARTICLE]) {
      const view = realView("de", undefined, realDataset(), asOf);
      const ids = figureRows(view).map((row) => row[column("id")]);
      expect(ids).toEqual(detailsFigureIds(view));
      expect(ids.length).toBeGreaterThan(10);
    }
  });

  it("leaves out what was stated after the view's date", () => {
    const later = realDataset().figures.filter((f) => f.asOf.startsWith("2026"));
    expect(later.length).toBeGreaterThan(0);
    const ids = figuresTable(realView("de", undefined, realDataset(), ARTICLE).tableContext()).rows.map(
      (row) => row[column("id")],
    );
    for (const figure of later) expect(ids).not.toContain(figure.id);
  });

  it("keeps a replaced or paused figure, as the details keep it as history, and says since when", () => {
    // No source has replaced a figure in the real data: a replacement of Kvandal's target is planted.
    const planted = realDataset();
    const target = planted.figures.find((f) => f.id === "norway-gpus-target");
    if (target) target.validTo = "2025-10-15";
    const replaced = figureRows(realView("de", undefined, planted));
    // The racks calculated from the target end with it.
    for (const id of ["norway-gpus-target", "norway-racks"])
      expect(
        replaced.find((r) => r[column("id")] === id)?.slice(column("until"), column("state") + 1),
      ).toEqual(["2025-10-15", "15. Oktober 2025", "nicht mehr aktuell seit 15. Oktober 2025"]);
    const rows = figureRows(realView("de"));
    for (const id of ["cobalt-gpus-initial", "cobalt-gpus-potential", "cobalt-gpus-60000"])
      expect(rows.find((r) => r[column("id")] === id)?.slice(column("until"), column("state") + 1)).toEqual([
        "2026-04-09",
        "9. April 2026",
        "pausiert",
      ]);
    expect(rows.filter((r) => r[column("until")] !== "")).toHaveLength(3);
  });

  it("names the columns in the reader's language", () => {
    expect(figuresTable(realView("de").tableContext()).columns.slice(0, 4)).toEqual([
      "Eintrag",
      "Standort oder Unternehmen",
      "Ort",
      "Längengrad",
    ]);
    expect(figuresTable(realView("en").tableContext()).columns.slice(0, 4)).toEqual([
      "Entry",
      "Site or company",
      "Place",
      "Longitude",
    ]);
  });

  it("writes a figure with its place, value, unit, qualifier, kind, headline, sortable date and its precision, speaker, status and source", () => {
    const row = (lang: "de" | "en") =>
      figuresTable(realView(lang).tableContext()).rows.find(
        (r) => r[column("id")] === "loughton-gpus-nscale-2025-09",
      );
    expect(row("de")).toEqual([
      "Zahl",
      "Loughton",
      "Langston Road, Loughton (Debden), Essex, Vereinigtes Königreich",
      "0,0905",
      "51,6465",
      "Straße (300 m)",
      "GPUs · Lieferung · GB300",
      "23040",
      "GPUs",
      "zunächst",
      "Lieferung",
      "Lieferung: zunächst 23.040 GPUs (GB300)",
      "2025-09-16",
      "16./17. September 2025",
      "",
      "",
      "",
      "Nscale",
      "bestätigt",
      "Lieferung im 1. Quartal 2027",
      expect.stringContaining("Nscale"),
      expect.stringMatching(/^https:\/\//),
      "November 2026",
      "loughton-gpus-nscale-2025-09",
    ]);
    expect(row("en")?.slice(column("unit"), column("sense") + 1)).toEqual(["GPUs", "initially", "delivery"]);
  });

  it("gives a worded figure its wording and the article's claim the article as source, without a URL", () => {
    const row = figuresTable(realView("de").tableContext()).rows.find(
      (r) => r[column("id")] === "loughton-gpus-article",
    );
    expect(row?.[column("value")]).toBe("Zehntausende");
    expect(row?.[column("saidBy")]).toBe("der Artikel");
    expect(row?.[column("status")]).toBe("unbestätigt");
    expect(row?.[column("source")]).not.toBe("");
    expect(row?.[column("url")]).toBe("");
  });

  it("gives money as the amount in the currency's units (or the wording) and the currency's code", () => {
    const rows = figuresTable(realView("en").tableContext()).rows;
    const money = realDataset().figures.filter((f) => f.currency !== undefined);
    expect(money.some((f) => f.value !== undefined)).toBe(true);
    // Every amount has its row: a missing row reads as no unit and no value, and fails.
    const written = money.map((figure) => {
      const row = rows.find((r) => r[column("id")] === figure.id);
      return [figure.id, row?.[column("unit")], row?.[column("value")]];
    });
    expect(written).toEqual(
      money.map((f) => [f.id, f.currency, f.value !== undefined ? String(f.value) : f.text?.en]),
    );
  });

  it("says what a calculated figure was worked out from", () => {
    const calculated = realDataset().figures.find((f: Figure) => f.status === "calculated");
    const row = figuresTable(realView("de").tableContext()).rows.find(
      (r) => r[column("id")] === calculated?.id,
    );
    expect(row?.[column("saidBy")]).toMatch(/^berechnet aus: /);
  });
});

describe("numbers in the table", () => {
  it("use a decimal comma in German and a point in English, and no thousands separator in either", () => {
    expect(tableNumber(2.5, "de")).toBe("2,5");
    expect(tableNumber(2.5, "en")).toBe("2.5");
    expect(tableNumber(23040, "de")).toBe("23040");
    expect(tableNumber(14_600_000_000, "de")).toBe("14600000000");
  });
});

describe("the CSV", () => {
  const table = {
    columns: ["A", "B"],
    rows: [
      ["2,5", 'say "hi"; then\nleave'],
      ["=1+1", "-3+1"],
      ["-1,534", "x"],
    ],
  };

  it("starts with a byte-order mark and separates German fields with semicolons", () => {
    const csv = tableCsv(table, "de");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(dsvFormat(";").parseRows(csv.slice(1))).toEqual([
      ["A", "B"],
      ["2,5", 'say "hi"; then\nleave'],
      ["'=1+1", "'-3+1"],
      // A negative number (a longitude west of Greenwich) is a number, not a formula.
      ["-1,534", "x"],
    ]);
  });

  it("separates English fields with commas, quoting what needs it", () => {
    const csv = tableCsv(table, "en");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\n")[1]).toBe('"2,5","say ""hi""; then');
    expect(csvParseRows(csv.slice(1))[1]).toEqual(["2,5", 'say "hi"; then\nleave']);
  });

  it("reads back to the table of the real data in both languages", () => {
    for (const lang of ["de", "en"] as const) {
      const real = figuresTable(realView(lang).tableContext());
      const csv = tableCsv(real, lang);
      const parsed = dsvFormat(lang === "de" ? ";" : ",").parseRows(csv.slice(1));
      expect(parsed).toEqual([real.columns, ...real.rows]);
    }
  });

  it("breaks no line inside a cell, and ends with the corrections the view shows", () => {
    for (const lang of ["de", "en"] as const) {
      const view = realView(lang);
      const { rows } = figuresTable(view.tableContext());
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/[\r\n]/);
      const corrections = rows.filter((r) => r[column("entry")] === view.i18n.t("table.entry.correction"));
      expect(corrections.length).toBeGreaterThan(0);
      expect(rows.slice(-corrections.length)).toEqual(corrections);
      for (const row of corrections) expect(row[column("date")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("writes every date one sortable way, and as the source gave it, in its precision, in a column of its own", () => {
    for (const row of figuresTable(
      realView("en", undefined, realDataset(), "2025-09-16/2025-09-17").tableContext(),
    ).rows) {
      expect(row[column("date")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[column("datePrecision")]).not.toBe("");
    }
  });

  it("has a name for every column and a cell in every column, in both languages", () => {
    for (const lang of ["de", "en"] as const) {
      const table = figuresTable(realView(lang).tableContext());
      expect(table.columns).toHaveLength(TABLE_COLUMNS.length);
      expect(table.rows.length).toBeGreaterThan(10);
      for (const row of table.rows) expect(row).toHaveLength(TABLE_COLUMNS.length);
    }
  });
});
