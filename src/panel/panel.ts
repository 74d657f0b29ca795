/**
 * The side panel: a heading, the list of sites and companies, the legend and the chart, and the credits line
 * under the map. They work without the map (and before it), and all draw from one view model; setView() shows
 * another view of the same data (a theme change) in place, keeping the reader's focus.
 */
import { el } from "../dom/dom.ts";
import type { View } from "../model/view.ts";
import type { Store } from "../state/store.ts";
import { renderChart } from "./chart.ts";
import { renderCredits } from "./credits.ts";
import { renderLegend } from "./legend.ts";
import { renderRelationsTable } from "./relations-table.ts";
import { createSideList, type SideList } from "./side-list.ts";

export interface PanelOptions {
  /** Where the heading, list, legend and chart go. */
  container: HTMLElement;
  /** Where the credits line goes. */
  creditsContainer: HTMLElement;
  view: View;
  store: Store;
}

export interface Panel {
  /** Moves keyboard focus to a row, e.g. back to the row whose popup was just closed. */
  focus(id: string): void;
  setView(view: View): void;
  destroy(): void;
}

export function createPanel(options: PanelOptions): Panel {
  const { container, creditsContainer, store } = options;
  const doc = container.ownerDocument;
  const { i18n } = options.view;
  const listContainer = el(doc, "div", {
    class: "rows-container",
    attrs: { "aria-label": i18n.t("list.heading"), role: "region" },
  });
  const legendContainer = el(doc, "div", { class: "legend" });
  const chartContainer = el(doc, "div", { class: "chart" });
  // Who is tied to whom, as text: reachable from the list, before the legend explains the lines.
  const relationsContainer = el(doc, "div", { class: "relations" });
  container.replaceChildren(
    el(doc, "h2", { class: "panel-heading", text: i18n.t("list.heading") }),
    listContainer,
    relationsContainer,
    legendContainer,
    chartContainer,
  );
  const list: SideList = createSideList({ container: listContainer, view: options.view, store });
  const render = (view: View) => {
    renderLegend(legendContainer, view.legend);
    renderChart(chartContainer, view.chart);
    const { count } = view.relations;
    renderRelationsTable(relationsContainer, view.relations, {
      count,
      caption: view.i18n.t("relations.count", { count }),
    });
    renderCredits(creditsContainer, view.credits);
  };
  render(options.view);
  return {
    focus: (id) => list.focus(id),
    setView(view) {
      list.setView(view);
      render(view);
    },
    destroy() {
      list.destroy();
      container.replaceChildren();
      creditsContainer.replaceChildren();
    },
  };
}
