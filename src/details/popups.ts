/**
 * The details of the selected site or company, and the chooser that opens when one tap hits several features,
 * subscribed to the store. They open in the surface (surface.ts) over whichever map is showing: first the
 * static picture, then the live map. setAnchor() hands an open card from one to the other without closing it,
 * so the reader sees no jump and a screen reader hears nothing twice. A selection from the list, the keyboard,
 * the URL or the API first brings the feature into view (the picture cannot move: a feature outside it is
 * brought into view when the live map takes over); a click on the map already shows it. Closing the card by its
 * button clears the selection; destroy() closes what is open.
 */
import { el } from "../dom/dom.ts";
import type { View } from "../model/view.ts";
import type { State, Store } from "../state/store.ts";
import { renderDetails } from "./details-content.ts";
import { type Point, SHEET_MAX_WIDTH, type Surface } from "./surface.ts";

/** What the details need from a map: where a feature is on screen, and a way to bring it into view. */
export interface DetailsAnchor {
  /** The point's position in the map area, px. */
  project(lngLat: [number, number]): Point;
  /** Calls back whenever positions on screen change (camera, size); returns the function that stops it. */
  onViewChange(callback: () => void): () => void;
  /**
   * Brings a point into view, `offsetY` px below the centre, and returns where it will be. A picture cannot
   * move: it returns where the point already is.
   */
  reveal(lngLat: [number, number], offsetY: number): Point;
  /** The map's box in px. */
  width(): number;
  height(): number;
}

export interface PopupsOptions {
  /** The document the map lives in, for building the details. */
  doc: Document;
  detailsAnchor: DetailsAnchor;
  surface: Surface;
  store: Store;
  view: View;
}

export interface Popups {
  /** Opens the chooser among several features hit by one click. */
  choose(ids: readonly string[], lngLat: [number, number]): void;
  setView(view: View): void;
  /** Moves what is open to another map (the live map taking over from the picture), without reopening it. */
  setAnchor(mapAnchor: DetailsAnchor): void;
  /** Closes whatever is open, details or chooser (Escape, a tap on nothing); true if something was. */
  dismiss(): boolean;
  destroy(): void;
}

/** How far below the map's centre a feature selected from the list or URL ends up, as a share of height. */
const SELECTED_OFFSET = 0.25;

export function createPopups(options: PopupsOptions): Popups {
  const { surface, store, doc } = options;
  let { view, detailsAnchor: mapAnchor } = options;
  /** The feature the open card belongs to. */
  let anchor: [number, number] | null = null;
  let stopFollowing = () => {};

  /** Where a revealed feature stands: a sheet lies under the map, so mid-map; a popover needs room above it. */
  const revealOffset = () => (surface.isSheet() ? 0 : Math.round(mapAnchor.height() * SELECTED_OFFSET));
  const follow = () => {
    stopFollowing();
    stopFollowing = mapAnchor.onViewChange(() => surface.place(anchor ? mapAnchor.project(anchor) : null));
  };
  const close = () => {
    surface.close();
    anchor = null;
  };
  const openDetails = (id: string | null, { reveal, takeFocus }: Opening) => {
    const entity = id ? view.entity(id) : undefined;
    if (!entity) return;
    // The card is sized for where the feature will be once the camera has moved, not where it is now.
    const target = reveal
      ? mapAnchor.reveal(entity.lngLat, revealOffset())
      : mapAnchor.project(entity.lngLat);
    const model = view.details(entity.id);
    if (!model) return;
    anchor = entity.lngLat;
    const content = openCard(surface, renderDetails(doc, model), entity.id, model.headingId, {
      anchor: mapAnchor.project(entity.lngLat),
      targetY: target.y,
      onClose: () => {
        anchor = null;
        if (store.get().selectedId === entity.id) store.select(null, "popup");
      },
    });
    if (!takeFocus) return;
    content.focus({ preventScroll: true });
    surface.showSheet();
  };
  const onSelection = (state: State, previous: State) => {
    if (state.selectedId === previous.selectedId) {
      if (tapsStoryRing(state, previous) && !surface.element)
        openDetails(state.selectedId, { reveal: false, takeFocus: true });
      return;
    }
    close();
    const opening = openingOnSelect(state, mapAnchor.width());
    if (opening) openDetails(state.selectedId, opening);
  };

  follow();
  const unsubscribe = store.subscribe(onSelection);
  if (store.get().selectedId) onSelection(store.get(), { ...store.get(), selectedId: null });

  return {
    choose(ids, lngLat) {
      // The chooser replaces open details: their selection ends with them, so the ring and the list agree.
      if (store.get().selectedId) store.select(null, "popup");
      anchor = lngLat;
      const content = chooserContent(doc, view, ids, (id) => store.select(id, "map"));
      openChooser(surface, content, mapAnchor.project(lngLat), () => {
        anchor = null;
      });
    },
    setView(next) {
      view = next;
      // Open details show the new date's figures and relations, in place, without moving the camera. The
      // reader is on the time control: the details change under their eyes, the focus stays where it is.
      if (surface.element?.classList.contains("aim-popup"))
        openDetails(store.get().selectedId, { reveal: false, takeFocus: false });
    },
    setAnchor(next) {
      mapAnchor = next;
      follow();
      if (!anchor) return;
      // A feature the picture could not show (an American headquarters) is brought into view now.
      const point = mapAnchor.project(anchor);
      if (inView(point, mapAnchor)) surface.place(point);
      else mapAnchor.reveal(anchor, revealOffset());
    },
    dismiss() {
      if (!surface.element) return false;
      close();
      if (store.get().selectedId) store.select(null, "popup");
      return true;
    },
    destroy() {
      unsubscribe();
      stopFollowing();
      close();
    },
  };
}

/** Opens the details' card, a dialog named by its heading; returns its content, which can take the focus. */
function openCard(
  surface: Surface,
  content: HTMLElement,
  id: string,
  headingId: string,
  where: Pick<Parameters<Surface["open"]>[0], "anchor" | "targetY" | "onClose">,
): HTMLElement {
  content.tabIndex = -1;
  const card = surface.open({ content, className: "aim-popup", ...where });
  card.dataset.id = id;
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-labelledby", headingId);
  return content;
}

/** How details open: after bringing their feature into view or where it stands; taking the focus or not. */
interface Opening {
  reveal: boolean;
  takeFocus: boolean;
}

/** The reader taps or clicks what a story step only ringed: its details now, as for any choice of theirs. */
const tapsStoryRing = (state: State, previous: State) =>
  previous.selectionSource === "story" && state.selectionSource !== "story";

/**
 * How a new selection opens its details. A story step opens them as the reader scrolls the article: the step's
 * camera moves the map, and the focus and the page's scroll stay with the reader. On a narrow map (a phone) the
 * card would cover the map the step is about: the step rings its site and names it in the live region, and a
 * tap opens the card. A click on the map (or a restored view) already shows the feature; a choice from the list,
 * the keyboard, the URL or the API brings it into view first.
 */
function openingOnSelect(state: State, mapWidth: number): Opening | null {
  if (!state.selectedId) return null;
  const story = state.selectionSource === "story";
  if (story && mapWidth <= SHEET_MAX_WIDTH) return null;
  const shownAlready = story || state.selectionSource === "map" || state.selectionSource === "restore";
  return { reveal: !shownAlready, takeFocus: !story };
}

/** Whether a point lies within the map's box: a card for a feature outside it has nothing to point at. */
const inView = ({ x, y }: Point, mapAnchor: DetailsAnchor) =>
  x >= 0 && y >= 0 && x <= mapAnchor.width() && y <= mapAnchor.height();

/** Opens the chooser at the point tapped, with the focus on its first choice. */
function openChooser(surface: Surface, content: HTMLElement, point: Point, onClose: () => void) {
  surface.open({ content, className: "aim-chooser", anchor: point, targetY: point.y, onClose });
  content.querySelector("button")?.focus({ preventScroll: true });
}

/** The chooser among several features under one tap: a button for each, by name. */
function chooserContent(doc: Document, view: View, ids: readonly string[], choose: (id: string) => void) {
  const list = el(doc, "ul", { class: "chooser-list" });
  for (const id of ids) {
    const button = el(doc, "button", {
      class: "chooser-option",
      text: view.entity(id)?.name ?? id,
      attrs: { type: "button", "data-id": id },
    });
    button.addEventListener("click", () => choose(id), { once: true });
    list.append(el(doc, "li", {}, button));
  }
  return el(doc, "div", { class: "chooser" }, el(doc, "h2", { text: view.i18n.t("chooser.heading") }), list);
}
