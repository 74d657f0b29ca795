/**
 * Connects the map to the store, in both directions, through the map adapter: clicks and hovers on the map
 * become store actions; store changes become feature-state (selected, highlighted, dimmed). Several features
 * under one tap are handed to the chooser (src/details/popups.ts). destroy() removes every listener it added.
 */
import type { View } from "../model/view.ts";
import { emphasisOf, type State, type Store } from "../state/store.ts";
import type { MapView } from "./create-map.ts";
import { INTERACTIVE_LAYERS } from "./layers.ts";

export interface InteractionsOptions {
  mapView: MapView;
  store: Store;
  view: View;
  /** Several features lie under one click: let the reader choose among them. */
  onSeveral(ids: string[], lngLat: [number, number]): void;
  /** A click on no feature: close whatever details or chooser are open. */
  onNothing(): void;
}

export interface Interactions {
  /** Re-applies feature-state after the style was replaced (a new style forgets it). */
  refresh(): void;
  /** Shows another view of the same data (another theme or date). */
  setView(view: View): void;
  destroy(): void;
}

/** Pixels around a click that count as hitting a feature: generous, for fingers. */
const HIT_TOLERANCE = 8;

/** The map source that draws a feature: sites in one, companies (at their headquarters) in another. */
const SOURCE_OF_KIND = { site: "sites", company: "headquarters" } as const;

export function createInteractions(options: InteractionsOptions): Interactions {
  const { mapView, store } = options;
  let view = options.view;
  /** Ids with feature-state set, per source, so they can be cleared precisely. */
  const touched = new Map<string, Set<string>>();

  const sourceOf = (id: string) => {
    const kind = view.entity(id)?.kind;
    return kind ? SOURCE_OF_KIND[kind] : null;
  };
  const setState = (source: string, id: string, state: Record<string, boolean>) => {
    if (!mapView.setFeatureState(source, id, state)) return;
    const ids = touched.get(source) ?? new Set<string>();
    touched.set(source, ids);
    ids.add(id);
  };

  const applyFeatureState = (state: State) => {
    for (const [source, ids] of touched) for (const id of ids) mapView.removeFeatureState(source, id);
    touched.clear();
    // What the reader points at first; else what a story step highlights; else what is selected.
    const emphasis = emphasisOf(state);
    if (state.selectedId) {
      const source = sourceOf(state.selectedId);
      if (source) setState(source, state.selectedId, { selected: true });
    }
    if (!emphasis) return;
    const linked = view.linked(emphasis);
    for (const feature of [...view.map.sites.features, ...view.map.companies.features]) {
      const { id, kind } = feature.properties;
      setState(SOURCE_OF_KIND[kind], id, {
        selected: id === state.selectedId,
        highlighted: linked.features.has(id) && id !== emphasis,
        dimmed: !linked.features.has(id),
      });
    }
    for (const relation of view.map.relations.features) {
      const { id } = relation.properties;
      setState("relations", id, { highlighted: linked.relations.has(id), dimmed: !linked.relations.has(id) });
    }
  };

  const offClick = mapView.onClick((point, lngLat) => {
    const ids = mapView.idsAt(point, INTERACTIVE_LAYERS, HIT_TOLERANCE);
    if (ids.length === 1 && ids[0]) store.select(ids[0], "map");
    // Several features under the finger (Loughton and Nscale's London office at country zoom).
    else if (ids.length > 1) options.onSeveral(ids, lngLat);
    // A click on nothing closes the details or the chooser, as a click beside a popup does.
    else options.onNothing();
  });
  const offHover = mapView.onHover(INTERACTIVE_LAYERS, (id) => {
    if (store.get().hoverId !== id) store.hover(id);
  });
  const unsubscribe = store.subscribe((state) => applyFeatureState(state));
  applyFeatureState(store.get());

  return {
    refresh: () => applyFeatureState(store.get()),
    setView(next) {
      view = next;
    },
    destroy() {
      unsubscribe();
      offClick();
      offHover();
    },
  };
}
