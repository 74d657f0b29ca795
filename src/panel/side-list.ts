/**
 * The list of sites and companies: the accessible alternative to the map. Each row is a button; clicking or
 * pressing Enter selects through the store, hovering or focusing highlights through the store, and the rows
 * show the store's state. render() is a keyed d3 join, so it can run on every change and keeps the buttons
 * (and the reader's focus) in place.
 */
import { type BaseType, type Selection, select } from "../dom/selection.ts";
import type { Row } from "../model/rows.ts";
import type { View } from "../model/view.ts";
import type { State, Store } from "../state/store.ts";

export interface SideListOptions {
  container: HTMLElement;
  view: View;
  store: Store;
}

export interface SideList {
  render(state: State): void;
  /** Moves keyboard focus to a row, e.g. back to the row whose popup was just closed. */
  focus(id: string): void;
  /** Shows another view of the same data (another theme or date). */
  setView(view: View): void;
  destroy(): void;
}

interface Section {
  id: "sites" | "companies";
  heading: string;
  rows: Row[];
}

const sectionsOf = (view: View): Section[] => [
  { id: "sites", heading: view.i18n.t("list.sites"), rows: view.sites },
  { id: "companies", heading: view.i18n.t("list.companies"), rows: view.companies },
];

/** How long a figure that a new date replaced takes to fade in, as the map's labels do (ms). */
export const REPLACED_FADE_MS = 600;

/**
 * Fades in a row's figures that another date has just replaced, so the reader sees what changed; at once
 * where the reader prefers reduced motion (or the browser cannot animate).
 */
function fadeIn(element: HTMLElement) {
  const win = element.ownerDocument.defaultView;
  if (typeof element.animate !== "function" || win?.matchMedia?.("(prefers-reduced-motion: reduce)").matches)
    return;
  element.animate([{ opacity: 0 }, { opacity: 1 }], { duration: REPLACED_FADE_MS, easing: "ease-out" });
}

export function createSideList(options: SideListOptions): SideList {
  const { container, store } = options;
  let view = options.view;
  const root = select(container);

  function render(state: State) {
    const emphasis = state.hoverId ?? state.selectedId;
    const linked = emphasis ? view.linked(emphasis).features : null;
    const sections = joinSections(root, view);
    const buttons = sections
      .select("ul")
      .selectAll<HTMLLIElement, Row>("li")
      .data(
        (d) => d.rows,
        (d) => d.id,
      )
      .join((enter) => enterRow(enter.append("li"), store))
      .select<HTMLButtonElement>("button");
    showRows(buttons, state, linked);
  }

  const unsubscribe = store.subscribe((state) => render(state));
  render(store.get());
  return {
    render,
    focus(id) {
      container.querySelector<HTMLButtonElement>(`button.row[data-id="${CSS.escape(id)}"]`)?.focus();
    },
    setView(next) {
      view = next;
      render(store.get());
    },
    destroy() {
      unsubscribe();
      root.selectAll("button.row").on("click mouseenter focus mouseleave blur", null);
      root.selectAll("section.list-section").remove();
    },
  };
}

/** The two sections, sites and companies, each with its heading and its list. */
function joinSections(root: Selection<HTMLElement, unknown, null, undefined>, view: View) {
  const sections = root
    .selectAll<HTMLElement, Section>("section.list-section")
    .data(sectionsOf(view), (d) => d.id)
    .join((enter) => {
      const section = enter.append("section").attr("class", (d) => `list-section ${d.id}`);
      section.append("h3");
      section.append("ul").attr("class", "rows");
      return section;
    });
  sections.select("h3").text((d) => d.heading);
  return sections;
}

/** A new row: its button, which selects and highlights through the store, and the spans the row shows. */
function enterRow<Parent extends BaseType>(li: Selection<HTMLLIElement, Row, Parent, Section>, store: Store) {
  const button = li
    .append("button")
    .attr("type", "button")
    .attr("class", "row")
    .attr("data-id", (d) => d.id)
    .on("click", (_event, d) => store.select(d.id, "list"))
    .on("mouseenter focus", (_event, d) => store.hover(d.id))
    .on("mouseleave blur", () => store.hover(null));
  button.append("span").attr("aria-hidden", "true");
  const text = button.append("span").attr("class", "row-text");
  text.append("span").attr("class", "row-name");
  text.append("span").attr("class", "row-figures");
  text
    .filter((d) => d.kind === "site")
    .call((site) => site.append("span").attr("class", "row-dates"))
    .append("span")
    .attr("class", "row-status");
  text.append("span").attr("class", "since");
  return li;
}

/** The rows as the state and the view have them: pressed, highlighted or dimmed, and their words. */
function showRows<Parent extends BaseType, ParentDatum>(
  buttons: Selection<HTMLButtonElement, Row, Parent, ParentDatum>,
  state: State,
  linked: ReadonlySet<string> | null,
) {
  buttons
    .attr("aria-pressed", (d) => String(d.id === state.selectedId))
    .classed("highlighted", (d) => linked?.has(d.id) ?? false)
    .classed("dimmed", (d) => linked !== null && !linked.has(d.id));
  buttons
    .select("span[aria-hidden]")
    .attr("class", (d) => `swatch ${d.swatch.shape}`)
    .style("--swatch", (d) => d.swatch.colour);
  buttons.select(".row-name").text((d) => (d.kind === "site" ? d.firstMention : d.name));
  buttons.select<HTMLElement>(".row-figures").each(function (d) {
    const next = d.kind === "site" ? d.figures : d.roles;
    if (this.textContent === next) return;
    const replaced = this.textContent !== "";
    this.textContent = next;
    if (replaced) fadeIn(this);
  });
  // A changed site's "since the article" line already names its status and date: not twice.
  buttons.select(".row-status").text((d) => (d.kind === "site" && d.since === null ? d.status : ""));
  buttons.select(".row-dates").text((d) => (d.kind === "site" ? d.dates : ""));
  buttons
    .select(".since")
    .text((d) => d.since ?? "")
    .property("hidden", (d) => d.since === null);
}
