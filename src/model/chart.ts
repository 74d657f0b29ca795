/**
 * What the comparison chart shows: the sites by their headline power and by their key GPU figure, each value
 * printed as the site's headline says it (src/model/headline.ts: "Ziel: 100.000 GPUs"), and only what is
 * installed drawn solid, so a target, a plan, one buyer's share and a delivery to come are not read as chips
 * that exist. A site without a figure says so instead of getting a zero bar. Bar lengths are shares of the
 * largest value in each panel (the encoding's bar scale).
 */
import type { Figure } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import type { Flavor } from "../theme.ts";
import { createBarScale } from "./encoding.ts";
import type { SiteRow } from "./rows.ts";

export interface ChartBar {
  id: string;
  name: string;
  /** The figure as the reader reads it, or "keine Angabe". */
  value: string;
  /** Bar length in % of the track, or null when there is no number to draw. */
  widthPercent: number | null;
  /** An "up to" figure is drawn as a bar that fades out. */
  upTo: boolean;
  /**
   * Only a count of what is installed is drawn solid; a target, a plan, one buyer's share or a delivery still
   * to come is drawn as an outline: it counts nothing that exists yet.
   */
  installed: boolean;
}

export interface ChartPanel {
  id: "power" | "gpus";
  title: string;
  /** Largest first; sites without a figure last. */
  bars: ChartBar[];
}

export interface ChartModel {
  heading: string;
  panels: ChartPanel[];
  note: string;
  barColour: string;
}

function panel(
  id: ChartPanel["id"],
  title: string,
  rows: readonly SiteRow[],
  figureOf: (row: SiteRow) => Figure | undefined,
  textOf: (row: SiteRow) => string | null,
  i18n: I18n,
): ChartPanel {
  // A programme's figure (Stargate UK's, for several sites) is printed as the list prints it, but no site's bar.
  const entries = rows.map((row) => {
    const figure = figureOf(row);
    return { row, figure: figure?.programme ? undefined : figure, text: textOf(row) };
  });
  const width = createBarScale(Math.max(...entries.map((e) => e.figure?.value ?? 0)));
  const sorted = [...entries].sort((a, b) => (b.figure?.value ?? -1) - (a.figure?.value ?? -1));
  return {
    id,
    title,
    bars: sorted.map(({ row, figure, text }) => ({
      id: row.id,
      name: row.name,
      value: text ?? i18n.t("chart.none"),
      widthPercent: figure?.value !== undefined ? width(figure.value) : null,
      upTo: figure?.qualifier === "up-to",
      installed: figure?.sense === "installed",
    })),
  };
}

export function chartModel(rows: readonly SiteRow[], i18n: I18n, flavor: Flavor): ChartModel {
  return {
    heading: i18n.t("chart.heading"),
    panels: [
      panel(
        "power",
        i18n.t("chart.power"),
        rows,
        (r) => r.headline.power,
        (r) => r.headline.powerText,
        i18n,
      ),
      // A GPU figure says what it is, as in the list: a target, a delivery, one buyer's share.
      panel(
        "gpus",
        i18n.t("chart.gpus"),
        rows,
        (r) => r.headline.gpus,
        (r) => r.headline.gpusText,
        i18n,
      ),
    ],
    note: i18n.t("chart.note"),
    barColour: flavor.site,
  };
}
