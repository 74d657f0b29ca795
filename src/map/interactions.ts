/**
 * Connects the map to the store, in both directions. Clicks and hovers on the map become store actions; store
 * changes become feature-state (selected, highlighted, dimmed), the details popup and camera moves. Besides
 * create-map.ts, this is the only module that touches the maplibregl.Map. destroy() removes every listener it
 * added.
 */

import type { MapGeoJSONFeature, MapLayerMouseEvent, MapMouseEvent } from "maplibre-gl";
import * as maplibregl from "maplibre-gl";
import { type DataIndex, linkedTo } from "../data/derive.ts";
import { el } from "../dom.ts";
import type { I18n } from "../i18n/index.ts";
import { type DetailsContext, detailsContent, nameOf } from "../popup/details-content.ts";
import type { State, Store } from "../state/store.ts";
import { INTERACTIVE_LAYERS } from "./layers.ts";

export interface InteractionsOptions {
  map: maplibregl.Map;
  store: Store;
  index: DataIndex;
  i18n: I18n;
  details: () => DetailsContext;
  /** Whether to move the camera without animation (prefers-reduced-motion). */
  reducedMotion: () => boolean;
}

export interface Interactions {
  /** Re-applies feature-state after the style was replaced (a new style forgets it). */
  refresh(): void;
  destroy(): void;
}

/** Pixels around a click that count as hitting a feature: generous, for fingers. */
const HIT_TOLERANCE = 8;
/** Room kept between the details and the map's edge (popup padding, close button, tip, offset), in px. */
const POPUP_GAP = 76;
const MIN_POPUP_HEIGHT = 160;
const MAX_POPUP_HEIGHT = 440;
/** Zoom a selection from the list or URL moves to, unless the reader is already closer. */
const SELECT_MIN_ZOOM = 4;

const SOURCES = { site: "sites", hq: "headquarters" } as const;

export function createInteractions(options: InteractionsOptions): Interactions {
  const { map, store, index, i18n } = options;
  let popup: maplibregl.Popup | null = null;
  let chooser: maplibregl.Popup | null = null;
  /** Ids with feature-state set, per source, so they can be cleared precisely. */
  const touched = new Map<string, Set<string>>();

  const sourceOf = (id: string) =>
    index.siteById.has(id) ? SOURCES.site : index.companyById.has(id) ? SOURCES.hq : null;
  const positionOf = (id: string): [number, number] | null => {
    const feature = index.siteById.get(id) ?? index.companyById.get(id);
    return feature ? [feature.geometry.coordinates[0], feature.geometry.coordinates[1]] : null;
  };

  const setState = (source: string, id: string, state: Record<string, boolean>) => {
    if (!map.getSource(source)) return;
    map.setFeatureState({ source, id }, state);
    const ids = touched.get(source) ?? new Set<string>();
    touched.set(source, ids);
    ids.add(id);
  };

  const applyFeatureState = (state: State) => {
    for (const [source, ids] of touched) {
      if (!map.getSource(source)) continue;
      for (const id of ids) map.removeFeatureState({ source, id });
    }
    touched.clear();
    const emphasis = state.hoverId ?? state.selectedId;
    if (state.selectedId) {
      const source = sourceOf(state.selectedId);
      if (source) setState(source, state.selectedId, { selected: true });
    }
    if (!emphasis) return;
    const linked = linkedTo(index, emphasis);
    for (const id of [...index.siteById.keys(), ...index.companyById.keys()]) {
      const source = sourceOf(id);
      if (!source) continue;
      setState(source, id, {
        selected: id === state.selectedId,
        highlighted: linked.features.has(id) && id !== emphasis,
        dimmed: !linked.features.has(id),
      });
    }
    for (const relation of index.relationsByEnd.values()) {
      for (const r of relation) {
        setState("relations", r.id, {
          highlighted: linked.relations.has(r.id),
          dimmed: !linked.relations.has(r.id),
        });
      }
    }
  };

  const closeChooser = () => {
    chooser?.remove();
    chooser = null;
  };

  const onPopupClose = () => {
    const id = popup?.getElement()?.dataset.id;
    popup = null;
    if (id && store.get().selectedId === id) store.select(null, "popup");
  };

  /**
   * @param targetY where the feature will be on screen once the camera has moved (px from the top); the popup
   *   is sized for that position, not for where the feature happens to be when it opens.
   */
  const openPopup = (id: string, targetY: number) => {
    const position = positionOf(id);
    const content = detailsContent(id, options.details());
    if (!position || !content) return;
    // Never taller than the larger free space above or below the feature: MapLibre then anchors the popup on
    // that side and it stays inside the map (an overflowing popup also left a hole in the canvas in Chromium).
    const height = map.getContainer().clientHeight;
    const room = Math.max(targetY, height - targetY) - POPUP_GAP;
    content.style.maxHeight = `${Math.max(MIN_POPUP_HEIGHT, Math.min(MAX_POPUP_HEIGHT, room))}px`;
    content.tabIndex = -1;
    popup = new maplibregl.Popup({
      className: "aim-popup",
      maxWidth: "none",
      // Focus goes to the details themselves, not to their first link far down the list of sources.
      focusAfterOpen: false,
      closeOnClick: true,
      offset: 14,
    })
      .setLngLat(position)
      .setDOMContent(content)
      .addTo(map);
    const element = popup.getElement();
    element.dataset.id = id;
    element.setAttribute("role", "dialog");
    element.setAttribute("aria-labelledby", `details-${id}`);
    content.focus({ preventScroll: true });
    popup.on("close", onPopupClose);
  };

  /** How far below the map's centre a feature selected from the list or URL ends up, as a share of height. */
  const SELECTED_OFFSET = 0.25;

  /** Brings a feature into view, a little below the centre so its popup has room above; returns its target y. */
  const moveCamera = (id: string): number => {
    const height = map.getContainer().clientHeight;
    const center = positionOf(id);
    if (!center) return height / 2;
    const zoom = Math.max(map.getZoom(), SELECT_MIN_ZOOM);
    const offset: [number, number] = [0, Math.round(height * SELECTED_OFFSET)];
    // With reduced motion the camera jumps: easeTo with no duration, which unlike jumpTo takes an offset.
    map.easeTo({ center, zoom, offset, duration: options.reducedMotion() ? 0 : 700 });
    return height / 2 + offset[1];
  };

  const onStore = (state: State, previous: State) => {
    applyFeatureState(state);
    if (state.selectedId === previous.selectedId) return;
    closeChooser();
    if (popup) {
      const closing = popup;
      popup = null;
      closing.off("close", onPopupClose);
      closing.remove();
    }
    if (!state.selectedId) return;
    // A click on the map already shows the feature; other routes (list, keyboard, URL, API) bring it into view.
    const position = positionOf(state.selectedId);
    const targetY =
      state.selectionSource !== "map" && state.selectionSource !== "restore"
        ? moveCamera(state.selectedId)
        : position
          ? map.project(position).y
          : map.getContainer().clientHeight / 2;
    openPopup(state.selectedId, targetY);
  };

  /** Unique ids of the interactive features within reach of a point, nearest layer first. */
  const hitIds = (point: { x: number; y: number }): string[] => {
    const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
    const box: [[number, number], [number, number]] = [
      [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
      [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
    ];
    const features: MapGeoJSONFeature[] = map.queryRenderedFeatures(box, { layers });
    return [...new Set(features.map((f) => String(f.properties.id)))];
  };

  const onClick = (event: MapMouseEvent) => {
    const ids = hitIds(event.point);
    if (ids.length === 1 && ids[0]) {
      store.select(ids[0], "map");
      return;
    }
    if (ids.length < 2) return;
    // Several features under the finger (Loughton and Nscale's London office at country zoom): let the reader choose.
    closeChooser();
    const doc = map.getContainer().ownerDocument;
    const list = el(doc, "ul", { class: "chooser-list" });
    for (const id of ids) {
      const button = el(doc, "button", {
        class: "chooser-option",
        text: nameOf(index, id, i18n),
        attrs: { type: "button", "data-id": id },
      });
      button.addEventListener("click", () => store.select(id, "map"), { once: true });
      list.append(el(doc, "li", {}, button));
    }
    chooser = new maplibregl.Popup({
      className: "aim-chooser",
      closeOnClick: true,
      focusAfterOpen: true,
      offset: 10,
    })
      .setLngLat(event.lngLat)
      .setDOMContent(
        el(doc, "div", { class: "chooser" }, el(doc, "h2", { text: i18n.t("chooser.heading") }), list),
      )
      .addTo(map);
  };

  const onMove = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    map.getCanvas().style.cursor = id ? "pointer" : "";
    if (typeof id === "string" && store.get().hoverId !== id) store.hover(id);
  };
  const onLeave = () => {
    map.getCanvas().style.cursor = "";
    store.hover(null);
  };

  map.on("click", onClick);
  for (const layer of INTERACTIVE_LAYERS) {
    map.on("mousemove", layer, onMove);
    map.on("mouseleave", layer, onLeave);
  }
  const unsubscribe = store.subscribe(onStore);
  if (store.get().selectedId) onStore(store.get(), { ...store.get(), selectedId: null });

  return {
    refresh: () => applyFeatureState(store.get()),
    destroy() {
      unsubscribe();
      map.off("click", onClick);
      for (const layer of INTERACTIVE_LAYERS) {
        map.off("mousemove", layer, onMove);
        map.off("mouseleave", layer, onLeave);
      }
      closeChooser();
      if (popup) {
        popup.off("close", onPopupClose);
        popup.remove();
        popup = null;
      }
    },
  };
}
