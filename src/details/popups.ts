/**
 * The details of the selected site or company, and the chooser that opens when one tap hits several features,
 * subscribed to the store. They open in the surface (surface.ts) over whichever map is showing: first the
 * static picture, then the live map. setHost() hands an open card from one to the other without closing it,
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
export interface DetailsHost {
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
  host: DetailsHost;
  surface: Surface;
  store: Store;
  view: View;
}

export interface Popups {
  /** Opens the chooser among several features hit by one click. */
  choose(ids: readonly string[], lngLat: [number, number]): void;
  setView(view: View): void;
  /** Moves what is open to another map (the live map taking over from the picture), without reopening it. */
  setHost(host: DetailsHost): void;
  /** Closes whatever is open, details or chooser (Escape, a tap on nothing); true if something was. */
  dismiss(): boolean;
  destroy(): void;
}

/** How far below the map's centre a feature selected from the list or URL ends up, as a share of height. */
const SELECTED_OFFSET = 0.25;

export function createPopups(options: PopupsOptions): Popups {
  const { surface, store, doc } = options;
  let { view, host } = options;
  /** The feature the open card belongs to. */
  let anchor: [number, number] | null = null;
  let stopFollowing = () => {};

  /** Where a revealed feature stands: a sheet lies under the map, so mid-map; a popover needs room above it. */
  const revealOffset = () => (surface.isSheet() ? 0 : Math.round(host.height() * SELECTED_OFFSET));

  const follow = () => {
    stopFollowing();
    stopFollowing = host.onViewChange(() => surface.place(anchor ? host.project(anchor) : null));
  };
  const close = () => {
    surface.close();
    anchor = null;
  };

  /**
   * @param targetY where the feature will be once the camera has moved (px from the top); the card is sized
   *   for that position, not for where the feature happens to be when it opens.
   */
  const openDetails = (id: string, lngLat: [number, number], targetY: number, takeFocus = true) => {
    const model = view.details(id);
    if (!model) return;
    const content = renderDetails(doc, model);
    content.tabIndex = -1;
    anchor = lngLat;
    const card = surface.open({
      content,
      className: "aim-popup",
      anchor: host.project(lngLat),
      targetY,
      onClose: () => {
        anchor = null;
        if (store.get().selectedId === id) store.select(null, "popup");
      },
    });
    card.dataset.id = id;
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-labelledby", model.headingId);
    if (!takeFocus) return;
    content.focus({ preventScroll: true });
    surface.showSheet();
  };

  const onSelection = (state: State, previous: State) => {
    if (state.selectedId === previous.selectedId) {
      // The reader taps or clicks what a story step only ringed: its details now, as for any choice of theirs.
      const asked = previous.selectionSource === "story" && state.selectionSource !== "story";
      const entity = state.selectedId ? view.entity(state.selectedId) : undefined;
      if (asked && entity && !surface.element)
        openDetails(entity.id, entity.lngLat, host.project(entity.lngLat).y, true);
      return;
    }
    close();
    const entity = state.selectedId ? view.entity(state.selectedId) : undefined;
    if (!entity) return;
    // A story step opens details as the reader scrolls the article: the step's camera moves the map, and the
    // focus and the page's scroll stay with the reader. On a narrow map (a phone) the card would cover the map
    // the step is about: the step rings its site and names it in the live region, and a tap opens the card.
    const story = state.selectionSource === "story";
    if (story && host.width() <= SHEET_MAX_WIDTH) return;
    const shownAlready = story || state.selectionSource === "map" || state.selectionSource === "restore";
    const target = shownAlready ? host.project(entity.lngLat) : host.reveal(entity.lngLat, revealOffset());
    openDetails(entity.id, entity.lngLat, target.y, !story);
  };

  follow();
  const unsubscribe = store.subscribe(onSelection);
  if (store.get().selectedId) onSelection(store.get(), { ...store.get(), selectedId: null });

  /** Whether a point lies within the map's box: a card for a feature outside it has nothing to point at. */
  const inView = ({ x, y }: { x: number; y: number }) =>
    x >= 0 && y >= 0 && x <= host.width() && y <= host.height();

  return {
    choose(ids, lngLat) {
      // The chooser replaces open details: their selection ends with them, so the ring and the list agree.
      if (store.get().selectedId) store.select(null, "popup");
      const list = el(doc, "ul", { class: "chooser-list" });
      for (const id of ids) {
        const button = el(doc, "button", {
          class: "chooser-option",
          text: view.entity(id)?.name ?? id,
          attrs: { type: "button", "data-id": id },
        });
        button.addEventListener("click", () => store.select(id, "map"), { once: true });
        list.append(el(doc, "li", {}, button));
      }
      const point = host.project(lngLat);
      anchor = lngLat;
      surface.open({
        content: el(
          doc,
          "div",
          { class: "chooser" },
          el(doc, "h2", { text: view.i18n.t("chooser.heading") }),
          list,
        ),
        className: "aim-chooser",
        anchor: point,
        targetY: point.y,
        onClose: () => {
          anchor = null;
        },
      });
      list.querySelector("button")?.focus({ preventScroll: true });
    },
    setView(next) {
      view = next;
      // Open details show the new date's figures and relations, in place, without moving the camera.
      const id = store.get().selectedId;
      const entity = id ? view.entity(id) : undefined;
      if (!surface.element?.classList.contains("aim-popup") || !entity) return;
      // The reader is on the time control: the details change under their eyes, the focus stays where it is.
      openDetails(entity.id, entity.lngLat, host.project(entity.lngLat).y, false);
    },
    setHost(next) {
      host = next;
      follow();
      if (!anchor) return;
      // A feature the picture could not show (an American headquarters) is brought into view now.
      const point = host.project(anchor);
      if (inView(point)) surface.place(point);
      else host.reveal(anchor, revealOffset());
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
