/**
 * The comparison chart as HTML bars (so the numbers are plain text for screen readers), drawn from the view
 * model's chart: every value printed with its qualifier and what it is, all but an installed count as an
 * outline, a site without a figure saying so instead of showing a zero bar. Keyed joins: a re-render moves and
 * resizes the bars in place.
 */
import { type BaseType, select } from "../dom/selection.ts";
import type { ChartBar, ChartModel, ChartPanel } from "../model/chart.ts";
import { part } from "./join.ts";

/** Renders the chart into a container, or updates the one already there. */
export function renderChart(container: HTMLElement, model: ChartModel): void {
  const root = select<BaseType, unknown>(container);
  part(root, "h3", "chart-heading", model).text(model.heading);
  const panels = root
    .selectAll<HTMLDivElement, ChartPanel>("div.chart-panel")
    .data(model.panels, (d) => d.id)
    .join((enter) => {
      const panel = enter.append("div").attr("class", "chart-panel");
      panel.append("h4");
      panel.append("ul");
      return panel;
    });
  panels.select("h4").text((d) => d.title);
  const rows = panels
    .select("ul")
    .selectAll<HTMLLIElement, ChartBar>("li")
    .data(
      (d) => d.bars,
      (d) => d.id,
    )
    .join((enter) => {
      const row = enter.append("li").attr("class", "chart-row");
      row.append("span").attr("class", "chart-name");
      row.append("span").attr("class", "chart-track").attr("aria-hidden", "true");
      row.append("span").attr("class", "chart-value");
      return row;
    })
    // Largest first: a new date or language may change the order.
    .order();
  rows.select(".chart-name").text((d) => d.name);
  rows.select(".chart-value").text((d) => d.value);
  rows
    .select(".chart-track")
    .selectAll<HTMLSpanElement, ChartBar>("span.chart-bar")
    .data((d) => (d.widthPercent !== null ? [d] : []))
    .join("span")
    .attr("class", (d) =>
      ["chart-bar", d.upTo ? "up-to" : "", d.installed ? "" : "outline"].filter(Boolean).join(" "),
    )
    .style("width", (d) => `${d.widthPercent}%`)
    // What is not installed (a target, a plan, a delivery to come) is an outline in the bar's colour: the
    // same length scale, but nothing filled in.
    .style("background", (d) => (d.installed ? model.barColour : "transparent"))
    .style("border-color", model.barColour);
  part(root, "p", "chart-note", model).text(model.note);
}
