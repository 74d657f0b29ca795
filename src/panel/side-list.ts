/**
 * The list of sites and companies: the accessible alternative to the map. Each row is a button; clicking or
 * pressing Enter selects through the store, hovering or focusing highlights through the store, and the rows
 * show the store's state. render() is a keyed join, so it can run on every change and keeps the buttons
 * (and the reader's focus) in place.
 */
import { el } from "../dom/dom.ts";
import { join } from "../dom/join.ts";
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
  const doc = container.ownerDocument;
  // Every row's listeners end with this one signal.
  const listeners = new AbortController();

  function render(state: State) {
    const emphasis = state.hoverId ?? state.selectedId;
    const linked = emphasis ? view.linked(emphasis).features : null;
    for (const [section, list] of joinSections(container, view)) {
      join(list, section.rows, {
        selector: "li",
        key: (row) => row.id,
        create: (row) => el(doc, "li", {}, rowButton(doc, row, store, listeners.signal)),
        update: (li, row) => showRow(li.querySelector("button") as HTMLButtonElement, row, state, linked),
      });
    }
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
      listeners.abort();
      for (const section of container.querySelectorAll(":scope > section.list-section")) section.remove();
    },
  };
}

/** The two sections, sites and companies, each with its heading and its list; returns each with its list. */
function joinSections(container: HTMLElement, view: View): [Section, Element][] {
  const doc = container.ownerDocument;
  const sections = sectionsOf(view);
  const elements = join(container, sections, {
    selector: "section.list-section",
    key: (section) => section.id,
    create: (section) =>
      el(
        doc,
        "section",
        { class: `list-section ${section.id}` },
        el(doc, "h3"),
        el(doc, "ul", { class: "rows" }),
      ),
    update: (element, section) => {
      (element.querySelector("h3") as Element).textContent = section.heading;
    },
  });
  return sections.map((section, at) => [section, (elements[at] as Element).querySelector("ul") as Element]);
}

/** A new row's button, which selects and highlights through the store, and the spans the row shows. */
function rowButton(doc: Document, row: Row, store: Store, signal: AbortSignal) {
  const span = (className: string) => el(doc, "span", { class: className });
  const button = el(
    doc,
    "button",
    { attrs: { type: "button", class: "row", "data-id": row.id } },
    el(doc, "span", { attrs: { "aria-hidden": "true" } }),
    el(
      doc,
      "span",
      { class: "row-text" },
      span("row-name"),
      span("row-figures"),
      row.kind === "site" && span("row-dates"),
      row.kind === "site" && span("row-status"),
      span("since"),
    ),
  );
  button.addEventListener("click", () => store.select(row.id, "list"), { signal });
  for (const type of ["mouseenter", "focus"])
    button.addEventListener(type, () => store.hover(row.id), { signal });
  for (const type of ["mouseleave", "blur"])
    button.addEventListener(type, () => store.hover(null), { signal });
  return button;
}

/** A row's figures, faded in where another date has just replaced them. */
function showFigures(figures: HTMLElement, next: string) {
  if (figures.textContent === next) return;
  const replaced = figures.textContent !== "";
  figures.textContent = next;
  if (replaced) fadeIn(figures);
}

/** A row as the state and the view have it: pressed, highlighted or dimmed, and its words. */
function showRow(button: HTMLButtonElement, row: Row, state: State, linked: ReadonlySet<string> | null) {
  const find = (selector: string) => button.querySelector<HTMLElement>(selector);
  button.setAttribute("aria-pressed", String(row.id === state.selectedId));
  button.classList.toggle("highlighted", linked?.has(row.id) ?? false);
  button.classList.toggle("dimmed", linked !== null && !linked.has(row.id));
  const swatch = find("span[aria-hidden]") as HTMLElement;
  swatch.setAttribute("class", `swatch ${row.swatch.shape}`);
  swatch.style.setProperty("--swatch", row.swatch.colour);
  (find(".row-name") as HTMLElement).textContent = row.kind === "site" ? row.firstMention : row.name;
  showFigures(find(".row-figures") as HTMLElement, row.kind === "site" ? row.figures : row.roles);
  // A changed site's "since the article" line already names its status and date: not twice.
  const status = find(".row-status");
  if (status) status.textContent = row.kind === "site" && row.since === null ? row.status : "";
  const dates = find(".row-dates");
  if (dates) dates.textContent = row.kind === "site" ? row.dates : "";
  const since = find(".since") as HTMLElement;
  since.textContent = row.since ?? "";
  since.hidden = row.since === null;
}
