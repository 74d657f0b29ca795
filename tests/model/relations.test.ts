import { dsvFormat } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { figuresTable, sortableCells, TABLE_COLUMNS, tableCsv } from "../../src/model/table.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const dataset = realDataset();
const steps = realView().time.steps.map((step) => step.asOf);
const column = (name: (typeof TABLE_COLUMNS)[number]) => TABLE_COLUMNS.indexOf(name);

describe("the table 'Wer mit wem'", () => {
  it("is checked at every date of the time control, the article's among them", () => {
    expect(steps).toContain("2025-09-16/2025-09-17");
    expect(steps.length).toBeGreaterThan(2);
  });

  it("has one row per arc the map draws, in the map's order, at every date and in both languages", () => {
    for (const lang of LANGS) {
      for (const asOf of steps) {
        const view = realView(lang, undefined, dataset, asOf);
        const arcs = view.map.relations.features.map((f) => `${f.properties.id} ${f.properties.state}`);
        // Every date of the time control draws arcs, two already at the first.
        expect(arcs.length).toBeGreaterThan(0);
        expect(view.relations.rows.map((r) => `${r.id} ${r.state}`)).toEqual(arcs);
      }
    }
  });

  it("is the CSV's relation rows, row for row: company, role, site, from, until (sortable), state and sources", () => {
    for (const lang of LANGS) {
      for (const asOf of steps) {
        const view = realView(lang, undefined, dataset, asOf);
        const entry = view.i18n.t("table.entry.relation");
        const csv = dsvFormat(lang === "de" ? ";" : ",").parseRows(
          tableCsv(figuresTable(view.tableContext()), lang).slice(1),
        );
        const rows = csv.slice(1).filter((row) => row[column("entry")] === entry);
        expect(rows.length).toBeGreaterThan(0);
        expect(
          rows.map((row) =>
            ["id", "subject", "item", "value", "date", "until", "state", "source"].map(
              (name) => row[column(name as (typeof TABLE_COLUMNS)[number])],
            ),
          ),
        ).toEqual(
          view.relations.rows.map((r) => [
            r.id,
            r.company,
            r.role,
            r.site,
            sortableCells(r.from, view.i18n)[0],
            sortableCells(r.until, view.i18n)[0],
            r.status,
            r.sources.map((s) => s.title).join(" | "),
          ]),
        );
      }
    }
  });

  it("names its columns in the reader's language", () => {
    expect(realView("de").relations.columns).toEqual([
      "Unternehmen",
      "Rolle",
      "Standort",
      "Von",
      "Bis",
      "Status",
      "Quelle",
    ]);
    expect(realView("en").relations.heading).toBe("Who with whom");
  });

  it("says at the article's date that OpenAI's anchor customer role at Kvandal held, and later that it ended", () => {
    const row = (asOf?: string) =>
      realView("de", undefined, dataset, asOf).relations.rows.find(
        (r) => r.id === "openai-offtake-stargate-norway",
      );
    expect(row("2025-09-16/2025-09-17")).toMatchObject({ status: "aktiv", until: null });
    expect(row()).toMatchObject({
      status: "beendet",
      until: "2026-04-14/2026-04-15",
      untilText: "14./15. April 2026",
    });
  });
});
