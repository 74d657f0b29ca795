/**
 * What the comparison chart shows: the sites by their headline power and by their key GPU figure, each value
 * printed with its qualifier and with what it is ("Ziel: 100.000 GPUs"), and a target drawn as an outline, so
 * a target, one buyer's share and a first delivery are not read as one kind of bar. A site without a figure says so instead of getting a zero
 * bar. Bar lengths are shares of the largest value in each panel (the encoding's bar scale).
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
  /** A target is drawn as an outline: it counts nothing that exists yet. */
  target: boolean;
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
  textOf: (row: SiteRow, figure: Figure) => string,
  i18n: I18n,
): ChartPanel {
  const entries = rows.map((row) => ({ row, figure: figureOf(row) }));
  const width = createBarScale(Math.max(...entries.map((e) => e.figure?.value ?? 0)));
  const sorted = [...entries].sort((a, b) => (b.figure?.value ?? -1) - (a.figure?.value ?? -1));
  return {
    id,
    title,
    bars: sorted.map(({ row, figure }) => ({
      id: row.id,
      name: row.name,
      value: figure ? textOf(row, figure) : i18n.t("chart.none"),
      widthPercent: figure?.value !== undefined ? width(figure.value) : null,
      upTo: figure?.qualifier === "up-to",
      target: figure?.sense === "target",
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
        (r) => (r.powerMw !== null ? r.headline : undefined),
        (_, figure) => i18n.figure(figure),
        i18n,
      ),
      // A GPU figure says what it is, as in the list: a target, a delivery, one buyer's share.
      panel(
        "gpus",
        i18n.t("chart.gpus"),
        rows,
        (r) => r.gpus,
        (r, figure) => r.gpusText ?? i18n.figure(figure),
        i18n,
      ),
    ],
    note: i18n.t("chart.note"),
    barColour: flavor.site,
  };
}
