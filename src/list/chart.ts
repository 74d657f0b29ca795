/**
 * A small comparison of the sites by their headline power and GPU figures, as HTML bars (so the numbers are
 * plain text for screen readers). Bar lengths come from d3 linear scales; every value is printed with its
 * qualifier ("bis zu 8.000 GPUs"), and a site without a figure says so instead of showing a zero bar.
 */
import { scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import type { Figure } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import type { Flavor } from "../theme.ts";
import type { SiteRow } from "./rows.ts";

interface Bar {
  id: string;
  name: string;
  figure: Figure | undefined;
}

export function renderChart(
  container: HTMLElement,
  rows: readonly SiteRow[],
  i18n: I18n,
  flavor: Flavor,
): void {
  const root = select(container);
  root.selectAll("*").remove();
  root.append("h3").text(i18n.t("chart.heading"));
  const panels: [string, Bar[]][] = [
    [
      i18n.t("chart.power"),
      rows.map((r) => ({ id: r.id, name: r.name, figure: r.powerMw !== null ? r.headline : undefined })),
    ],
    [i18n.t("chart.gpus"), rows.map((r) => ({ id: r.id, name: r.name, figure: r.gpus }))],
  ];
  for (const [title, bars] of panels) {
    const max = Math.max(1, ...bars.map((b) => b.figure?.value ?? 0));
    const width = scaleLinear().domain([0, max]).range([0, 100]);
    const sorted = [...bars].sort((a, b) => (b.figure?.value ?? -1) - (a.figure?.value ?? -1));
    const panel = root.append("div").attr("class", "chart-panel");
    panel.append("h4").text(title);
    const row = panel
      .append("ul")
      .selectAll("li")
      .data(sorted, (d) => (d as Bar).id)
      .join("li")
      .attr("class", "chart-row");
    row
      .append("span")
      .attr("class", "chart-name")
      .text((d) => d.name);
    const track = row.append("span").attr("class", "chart-track").attr("aria-hidden", "true");
    track
      .filter((d) => d.figure?.value !== undefined)
      .append("span")
      .attr("class", (d) => (d.figure?.qualifier === "up-to" ? "chart-bar up-to" : "chart-bar"))
      .style("width", (d) => `${width(d.figure?.value ?? 0)}%`)
      .style("background", flavor.site);
    row
      .append("span")
      .attr("class", "chart-value")
      .text((d) => (d.figure ? i18n.figure(d.figure) : i18n.t("chart.none")));
  }
  root.append("p").attr("class", "chart-note").text(i18n.t("chart.note"));
}
