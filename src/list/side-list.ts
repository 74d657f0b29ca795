/**
 * The list of sites and companies: the accessible alternative to the map. Each row is a button; clicking or
 * pressing Enter selects through the store, hovering or focusing highlights through the store, and the rows
 * show the store's state. render() is idempotent (a d3 join), so it can run on every change.
 */
import { select } from "d3-selection";
import { type DataIndex, linkedTo } from "../data/derive.ts";
import type { I18n } from "../i18n/index.ts";
import type { State, Store } from "../state/store.ts";
import type { Encoding, Flavor } from "../theme.ts";
import type { CompanyRow, Row, SiteRow } from "./rows.ts";

export interface SideListOptions {
  container: HTMLElement;
  sites: SiteRow[];
  companies: CompanyRow[];
  index: DataIndex;
  i18n: I18n;
  encoding: Encoding;
  flavor: Flavor;
  store: Store;
}

export interface SideList {
  render(state: State): void;
  /** Moves keyboard focus to a row, e.g. back to the row whose popup was just closed. */
  focus(id: string): void;
  /** Recolours the swatches after a theme change. */
  setTheme(encoding: Encoding, flavor: Flavor): void;
  destroy(): void;
}

export function createSideList(options: SideListOptions): SideList {
  const { container, i18n, store, index } = options;
  let encoding = options.encoding;
  let flavor = options.flavor;
  const root = select(container);
  const sections: [string, string, Row[]][] = [
    ["sites", i18n.t("list.sites"), options.sites],
    ["companies", i18n.t("list.companies"), options.companies],
  ];

  const swatchColour = (row: Row) => (row.kind === "site" ? flavor.site : encoding.companyColor(row.id));

  function render(state: State) {
    const emphasis = state.hoverId ?? state.selectedId;
    const linked = emphasis ? linkedTo(index, emphasis).features : null;
    root
      .selectAll<HTMLElement, (typeof sections)[number]>("section.list-section")
      .data(sections, (d) => d[0])
      .join((enter) => {
        const section = enter.append("section").attr("class", (d) => `list-section ${d[0]}`);
        section.append("h3").text((d) => d[1]);
        section.append("ul").attr("class", "rows");
        return section;
      })
      .select("ul")
      .selectAll<HTMLLIElement, Row>("li")
      .data(
        (d) => d[2],
        (d) => d.id,
      )
      .join((enter) => {
        const li = enter.append("li");
        const button = li
          .append("button")
          .attr("type", "button")
          .attr("class", "row")
          .attr("data-id", (d) => d.id)
          .on("click", (_event, d) => store.select(d.id, "list"))
          .on("mouseenter focus", (_event, d) => store.hover(d.id))
          .on("mouseleave blur", () => store.hover(null));
        button
          .append("span")
          .attr("class", (d) =>
            d.kind === "site" ? (d.powerMw === null ? "swatch hollow" : "swatch site") : "swatch company",
          )
          .attr("aria-hidden", "true");
        const text = button.append("span").attr("class", "row-text");
        text
          .append("span")
          .attr("class", "row-name")
          .text((d) => d.name);
        text
          .append("span")
          .attr("class", "row-figures")
          .text((d) => (d.kind === "site" ? d.figures || i18n.t("list.noPower") : d.roles));
        text
          .filter((d) => d.kind === "site")
          .append("span")
          .attr("class", "row-status")
          .text((d) => (d as SiteRow).status);
        return li;
      })
      .select("button")
      .attr("aria-pressed", (d) => String(d.id === state.selectedId))
      .classed("highlighted", (d) => linked?.has(d.id) ?? false)
      .classed("dimmed", (d) => linked !== null && !linked.has(d.id))
      .select(".swatch")
      .style("--swatch", swatchColour);
  }

  const unsubscribe = store.subscribe((state) => render(state));
  render(store.get());
  return {
    render,
    focus(id) {
      container.querySelector<HTMLButtonElement>(`button.row[data-id="${CSS.escape(id)}"]`)?.focus();
    },
    setTheme(nextEncoding, nextFlavor) {
      encoding = nextEncoding;
      flavor = nextFlavor;
      render(store.get());
    },
    destroy() {
      unsubscribe();
      root.selectAll("button.row").on("click mouseenter focus mouseleave blur", null);
      root.selectAll("section.list-section").remove();
    },
  };
}
