/**
 * Rule 4 of issue 28: one headline per site and view. At every step of the time control, for every site id and
 * in both languages, the list, the chart, the legend, the map's label, the description, the details card, the
 * picture's title and caption and the CSV show each site with the same figures, the same words for what they
 * are ("geplant", "Ziel", "für Microsoft") and the same qualifiers ("bis zu", "pausiert").
 */

import { describe, expect, it } from "vitest";
import { datasetAsOf } from "../../src/data/as-of.ts";
import { indexDataset } from "../../src/data/derive.ts";
import type { Figure } from "../../src/data/schema.ts";
import { LANGS } from "../../src/i18n/index.ts";
import { pictureCaption } from "../../src/model/caption.ts";
import { describeView } from "../../src/model/describe.ts";
import { headlineFigures } from "../../src/model/headline.ts";
import { sourceByline } from "../../src/model/sources.ts";
import { figuresTable, TABLE_COLUMNS } from "../../src/model/table.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const dataset = realDataset();
const steps = realView().time.steps.map((step) => step.asOf);
const siteIds = dataset.sites.map((site) => site.properties.id);
const column = (name: (typeof TABLE_COLUMNS)[number]) => TABLE_COLUMNS.indexOf(name);

describe("one headline per site and view (rule 4)", () => {
  it("covers every step of the time control and every site", () => {
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(siteIds).toEqual(["loughton", "stargate-norway", "cobalt-park"]);
  });

  for (const lang of LANGS)
    for (const asOf of steps)
      it(`gives each site one headline in every view, ${lang}, as of ${asOf}`, () => {
        const view = realView(lang, undefined, dataset, asOf);
        const index = indexDataset(datasetAsOf(dataset, asOf));
        const { i18n } = view;
        const description = describeView(view).text;
        const table = figuresTable(view.tableContext());
        const none = i18n.t("chart.none");
        const [powerPanel, gpusPanel] = view.chart.panels;
        for (const id of siteIds) {
          const row = view.sites.find((r) => r.id === id);
          const label = view.map.sites.features.find((f) => f.properties.id === id)?.properties.label;
          const bars = view.chart.panels.map((panel) => panel.bars.find((b) => b.id === id));
          if (!row) {
            // A site not announced by the date is in no view at all.
            expect([label, ...bars]).toEqual([undefined, undefined, undefined]);
            continue;
          }
          const headline = row.headline;
          // The headline says every figure with its qualifier and its kind, and every qualifier of its own.
          for (const figure of headlineFigures(headline))
            for (const words of [i18n.figure(figure), ...kindWords(view, figure)])
              expect(headline.text).toContain(words);
          for (const qualifier of headline.qualifiers) expect(headline.text).toContain(qualifier);
          // List, chart, map label, legend.
          expect(row.figures).toBe(headline.text);
          expect(powerPanel?.bars.find((b) => b.id === id)?.value).toBe(headline.powerText ?? none);
          expect(gpusPanel?.bars.find((b) => b.id === id)?.value).toBe(headline.gpusText ?? none);
          expect(label).toBe(headline.lead ? `${row.name} · ${headline.lead}` : row.name);
          if (headline.powerMw === null) expect(view.legend.hollow).not.toBeNull();
          else
            expect(view.legend.power.circles.map((c) => c.label)).toContain(
              `${i18n.number(headline.powerMw)} MW`,
            );
          // The description, the details card, the picture's title and its caption's bylines.
          expect(description).toContain(`${row.firstMention}: ${headline.text}`);
          const details = view.details(id);
          expect(details?.headline).toBe(i18n.t("popup.headline", { headline: headline.text }));
          expect(details?.noPower === null).toBe(headline.powerMw !== null);
          const cardItems = details?.sections.flatMap((s) => s.figures) ?? [];
          for (const figure of headlineFigures(headline)) {
            const item = cardItems.find((f) => f.id === figure.id);
            expect(item?.value).toBe(i18n.figure(figure));
            for (const words of kindWords(view, figure)) expect(item?.label).toContain(words);
            for (const qualifier of figure.programme ? headline.qualifiers : [])
              expect(item?.meta).toContain(qualifier);
          }
          expect(view.pictureTitle).toContain(label);
          // The downloaded picture's caption names who stated each headline figure (or what it was worked out from).
          const ctx = { i18n, index, nameOf: (other: string) => view.entity(other)?.name ?? other };
          for (const figure of headlineFigures(headline)) {
            const stated = figure.derivedFrom?.flatMap((input) => index.figureById.get(input) ?? []) ?? [
              figure,
            ];
            for (const sourceId of stated.flatMap((f) => f.sources ?? [])) {
              const source = index.sourceById.get(sourceId);
              if (source)
                expect(pictureCaption(view.captionContext())[0]).toContain(sourceByline(source, ctx));
            }
          }
          // The CSV says, on each headline figure's row, how every view shows it.
          const headlineCells = table.rows
            .filter((r) => r[column("entry")] === i18n.t("table.entry.figure"))
            .filter((r) => headlineFigures(headline).some((f) => f.id === r[column("id")]))
            .map((r) => r[column("headline")]);
          expect(headlineCells).toEqual(
            headlineFigures(headline).map((f) =>
              f === headline.power ? headline.powerText : headline.gpusText,
            ),
          );
        }
      });
});

/** The words that say what a figure is, from the data: its kind, its buyer, its programme. */
function kindWords(view: ReturnType<typeof realView>, figure: Figure): string[] {
  const { i18n } = view;
  return [
    figure.sense ? i18n.t(`sense.${figure.sense}`) : null,
    figure.buyer ? i18n.t("figure.buyer", { buyer: view.entity(figure.buyer)?.name ?? "" }) : null,
    figure.programme ? i18n.text(figure.programme) : null,
  ].filter((words): words is string => words !== null);
}
