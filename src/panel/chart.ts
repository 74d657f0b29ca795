/**
 * The comparison chart as HTML bars (so the numbers are plain text for screen readers), drawn from the view
 * model's chart: every value printed with its qualifier and what it is, all but an installed count as an
 * outline, a site without a figure saying so instead of showing a zero bar. Keyed joins: a re-render moves and
 * resizes the bars in place.
 */

import { el } from "../dom/dom.ts";
import { byIndex, join, part } from "../dom/join.ts";
import type { ChartBar, ChartModel, ChartPanel } from "../model/chart.ts";

const barClass = (bar: ChartBar) =>
  ["chart-bar", bar.upTo ? "up-to" : "", bar.installed ? "" : "outline"].filter(Boolean).join(" ");

/** A bar's row: its name, its bar's track and its value, updated in place; largest first, as the model orders. */
function drawBars(list: Element, bars: readonly ChartBar[], barColour: string) {
  const doc = list.ownerDocument;
  join(list, bars, {
    selector: "li",
    key: (bar) => bar.id,
    create: () =>
      el(
        doc,
        "li",
        { class: "chart-row" },
        el(doc, "span", { class: "chart-name" }),
        el(doc, "span", { class: "chart-track", attrs: { "aria-hidden": "true" } }),
        el(doc, "span", { class: "chart-value" }),
      ),
    update: (row, bar) => {
      (row.querySelector(".chart-name") as Element).textContent = bar.name;
      (row.querySelector(".chart-value") as Element).textContent = bar.value;
      join(row.querySelector(".chart-track") as Element, bar.widthPercent !== null ? [bar] : [], {
        selector: "span.chart-bar",
        key: byIndex,
        create: () => doc.createElement("span"),
        update: (span, shown) => {
          span.setAttribute("class", barClass(shown));
          span.style.setProperty("width", `${shown.widthPercent}%`);
          // What is not installed (a target, a plan, a delivery to come) is an outline in the bar's colour:
          // the same length scale, but nothing filled in.
          span.style.setProperty("background", shown.installed ? barColour : "transparent");
          span.style.setProperty("border-color", barColour);
        },
      });
    },
  });
}

/** Renders the chart into a container, or updates the one already there. */
export function renderChart(container: HTMLElement, model: ChartModel): void {
  const doc = container.ownerDocument;
  part(container, "h3", "chart-heading").textContent = model.heading;
  join(container, model.panels, {
    selector: "div.chart-panel",
    key: (panel: ChartPanel) => panel.id,
    create: () => el(doc, "div", { class: "chart-panel" }, el(doc, "h4"), el(doc, "ul")),
    update: (panel, data) => {
      (panel.querySelector("h4") as Element).textContent = data.title;
      drawBars(panel.querySelector("ul") as Element, data.bars, model.barColour);
    },
  });
  part(container, "p", "chart-note").textContent = model.note;
}
