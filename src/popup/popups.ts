/**
 * The popups on the map, subscribed to the store: the details of the selected site or company, and the chooser
 * that opens when one tap hits several features. A selection from the list, the keyboard, the URL or the API
 * first brings the feature into view; a click on the map already shows it. Closing a popup by its button or a
 * click elsewhere clears the selection. Everything goes through the map adapter; destroy() closes what is open.
 */
import { el } from "../dom.ts";
import type { MapView, PopupHandle } from "../map/create-map.ts";
import type { View } from "../model/view.ts";
import type { State, Store } from "../state/store.ts";
import { renderDetails } from "./details-content.ts";

export interface PopupsOptions {
  /** The document the map lives in, for building the popups' content. */
  doc: Document;
  mapView: MapView;
  store: Store;
  view: View;
  /** Whether to move the camera without animation (prefers-reduced-motion). */
  reducedMotion: () => boolean;
  /** The height of the map's box in px (popups are sized to it). */
  mapHeight: () => number;
}

export interface Popups {
  /** Opens the chooser among several features hit by one click. */
  choose(ids: readonly string[], lngLat: [number, number]): void;
  setView(view: View): void;
  destroy(): void;
}

/** Room kept between the details and the map's edge (popup padding, close button, tip, offset), in px. */
const POPUP_GAP = 76;
const MIN_POPUP_HEIGHT = 160;
const MAX_POPUP_HEIGHT = 440;
/** Zoom a selection from the list or URL moves to, unless the reader is already closer. */
const SELECT_MIN_ZOOM = 4;
/** How far below the map's centre a feature selected from the list or URL ends up, as a share of height. */
const SELECTED_OFFSET = 0.25;

export function createPopups(options: PopupsOptions): Popups {
  const { mapView, store } = options;
  let view = options.view;
  let details: PopupHandle | null = null;
  let chooser: PopupHandle | null = null;

  const closeChooser = () => {
    chooser?.close();
    chooser = null;
  };
  const closeDetails = () => {
    details?.close();
    details = null;
  };

  /** Brings a feature into view, a little below the centre so its popup has room above; returns its target y. */
  const moveCamera = (lngLat: [number, number]): number => {
    const height = options.mapHeight();
    const offsetY = Math.round(height * SELECTED_OFFSET);
    mapView.easeTo({
      center: lngLat,
      zoom: Math.max(mapView.zoom(), SELECT_MIN_ZOOM),
      offsetY,
      duration: options.reducedMotion() ? 0 : 700,
    });
    return height / 2 + offsetY;
  };

  /**
   * @param targetY where the feature will be on screen once the camera has moved (px from the top); the popup
   *   is sized for that position, not for where the feature happens to be when it opens.
   */
  const openDetails = (id: string, lngLat: [number, number], targetY: number, takeFocus = true) => {
    const model = view.details(id);
    if (!model) return;
    const content = renderDetails(options.doc, model);
    // Never taller than the larger free space above or below the feature: MapLibre then anchors the popup on
    // that side and it stays inside the map (an overflowing popup also left a hole in the canvas in Chromium).
    const height = options.mapHeight();
    const room = Math.max(targetY, height - targetY) - POPUP_GAP;
    content.style.maxHeight = `${Math.max(MIN_POPUP_HEIGHT, Math.min(MAX_POPUP_HEIGHT, room))}px`;
    content.tabIndex = -1;
    details = mapView.showPopup({
      lngLat,
      content,
      className: "aim-popup",
      maxWidth: "none",
      offset: 14,
      // Focus goes to the details themselves, not to their first link far down the list of sources.
      focusAfterOpen: false,
      onClose: () => {
        details = null;
        if (store.get().selectedId === id) store.select(null, "popup");
      },
    });
    details.element.dataset.id = id;
    details.element.setAttribute("role", "dialog");
    details.element.setAttribute("aria-labelledby", model.headingId);
    if (takeFocus) content.focus({ preventScroll: true });
  };

  const onSelection = (state: State, previous: State) => {
    if (state.selectedId === previous.selectedId) return;
    closeChooser();
    closeDetails();
    const entity = state.selectedId ? view.entity(state.selectedId) : undefined;
    if (!entity) return;
    const shownAlready = state.selectionSource === "map" || state.selectionSource === "restore";
    const targetY = shownAlready ? mapView.project(entity.lngLat).y : moveCamera(entity.lngLat);
    openDetails(entity.id, entity.lngLat, targetY);
  };

  const unsubscribe = store.subscribe(onSelection);
  if (store.get().selectedId) onSelection(store.get(), { ...store.get(), selectedId: null });

  return {
    choose(ids, lngLat) {
      closeChooser();
      const { doc } = options;
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
      chooser = mapView.showPopup({
        lngLat,
        content: el(
          doc,
          "div",
          { class: "chooser" },
          el(doc, "h2", { text: view.i18n.t("chooser.heading") }),
          list,
        ),
        className: "aim-chooser",
        offset: 10,
        focusAfterOpen: true,
        onClose: () => {
          chooser = null;
        },
      });
    },
    setView(next) {
      view = next;
      // Open details show the new date's figures and relations, in place, without moving the camera.
      const id = store.get().selectedId;
      const entity = id ? view.entity(id) : undefined;
      if (!details || !entity) return;
      closeDetails();
      // The reader is on the time control: the details change under their eyes, the focus stays where it is.
      openDetails(entity.id, entity.lngLat, mapView.project(entity.lngLat).y, false);
    },
    destroy() {
      unsubscribe();
      closeChooser();
      closeDetails();
    },
  };
}
