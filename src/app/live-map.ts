/**
 * The live map and the views that live on it: the map adapter with its style, the interactions with the store,
 * the popups, the toolbar, the edge pointer and the overview inset. All of them draw from one view model;
 * setView() restyles them all for another view of the same data (a theme change).
 */
import type { StyleSpecification } from "maplibre-gl";
import type { DetailsAnchor } from "../details/popups.ts";
import { el } from "../dom/dom.ts";
import { pictureFrameBounds } from "../geometry/bounds.ts";
import { createMapView, type MapView } from "../map/create-map.ts";
import { createEdgePointerView } from "../map/edge-pointer-view.ts";
import { INSET_FILE, type InsetData, parseInsetData } from "../map/inset/inset-data.ts";
import { createOverview, type Overview } from "../map/inset/overview.ts";
import { createInteractions } from "../map/interactions.ts";
import type { MapFault } from "../map/map-faults.ts";
import { createMapMarkers } from "../map/markers.ts";
import { fetchStyle, mergeOnlineStyle } from "../map/online-style.ts";
import { buildStyle, projectLayers } from "../map/style.ts";
import { createToolbar } from "../map/toolbar.ts";
import { createTransitions } from "../map/transitions.ts";
import type { View } from "../model/view.ts";
import type { Store } from "../state/store.ts";

export interface LiveMapOptions {
  container: HTMLElement;
  /** What fullscreen shows: the whole instance. */
  fullscreenContainer: HTMLElement;
  view: View;
  store: Store;
  /** The online style's URL, or null for the embedded basemap. */
  onlineStyleUrl: string | null;
  /** Resolves a file of the build (the basemap's, the inset's) to its URL. */
  basemapUrl: (file: string) => string;
  cooperativeGestures: boolean;
  interactive: boolean;
  /** Keep the camera in the page's URL hash. */
  hash: boolean;
  reducedMotion: () => boolean;
  onFault: (fault: MapFault) => void;
  /** Several features lie under one click: let the reader choose among them (the popups' chooser). */
  onSeveral(ids: string[], lngLat: [number, number]): void;
  /** A click on no feature: close what is open. */
  onNothing(): void;
}

export interface LiveMap {
  mapView: MapView;
  /** Where features lie on the live map, and how to bring one into view: what the details follow. */
  detailsAnchor: DetailsAnchor;
  /** Resolves once the map has drawn its first view and the inset is in place. */
  ready: Promise<void>;
  fitAll(): void;
  /** Shows another view of the same data: another theme at once, another date animated (transitions.ts). */
  setView(view: View): Promise<void>;
  /** Flies to a story step's camera, in at most `duration` ms. */
  flyTo(camera: Parameters<MapView["flyTo"]>[0], duration: number): void;
  destroy(): void;
}

/** Zoom a selection from the list or URL moves to, unless the reader is already closer. */
const SELECT_MIN_ZOOM = 4;

/** The live map as the details see it: positions follow the camera, and a feature is brought into view. */
function detailsAnchorOf(
  mapView: MapView,
  container: HTMLElement,
  reducedMotion: () => boolean,
): DetailsAnchor {
  return {
    project: (lngLat) => mapView.project(lngLat),
    onViewChange: (callback) => mapView.onViewChange(callback),
    reveal(lngLat, offsetY) {
      mapView.easeTo({
        center: lngLat,
        zoom: Math.max(mapView.zoom(), SELECT_MIN_ZOOM),
        offsetY,
        duration: reducedMotion() ? 0 : 700,
      });
      return { x: container.clientWidth / 2, y: container.clientHeight / 2 + offsetY };
    },
    width: () => container.clientWidth,
    height: () => container.clientHeight,
  };
}

/** The first view: exactly the static picture's frame, so the live map replaces it without a jump. */
export const INITIAL_BOUNDS = pictureFrameBounds();

/**
 * Loads the style of any view: the online style (fetched once) with the project's layers on top if one was
 * asked for and loads, else the embedded basemap's.
 */
function styleLoader(onlineStyleUrl: string | null, basemapUrl: (file: string) => string) {
  let remote: Promise<StyleSpecification | null> | null = null;
  return async (view: View): Promise<{ style: StyleSpecification; embedded: boolean }> => {
    if (onlineStyleUrl) {
      remote ??= fetchStyle(onlineStyleUrl).catch((error: Error) => {
        console.warn(`ai-infra-map: ${error.message}; using the embedded basemap`);
        return null;
      });
      const style = await remote;
      if (style) return { style: mergeOnlineStyle(style, projectLayers(view)), embedded: false };
    }
    return { style: buildStyle(view, basemapUrl), embedded: true };
  };
}

/** The inset's land, drawn by the build; null if it cannot be loaded (the inset is then left out). */
async function loadInset(url: string): Promise<InsetData | null> {
  return fetch(url, { credentials: "omit" })
    .then((response) => response.json())
    .then(parseInsetData)
    .catch(() => null);
}

/** Where the view's sites are, for the inset's dots. */
const sitesOf = (view: View): [number, number][] =>
  view.map.sites.features.map((f) => [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]);

/**
 * The overview inset in the map's corner, once the map has drawn its first view (the inset needs its land,
 * which it fetches then; without it the inset is left out). `ready` resolves when it is in place.
 */
function mountInset(mapView: MapView, doc: Document, view: View, basemapUrl: (file: string) => string) {
  const host = el(doc, "div", { class: "maplibregl-ctrl overview-control" });
  mapView.addControl(host, "bottom-left");
  let overview: Overview | null = null;
  let stop = () => {};
  let destroyed = false;
  // The view may change (a theme, a date) before the inset exists: it starts with the latest one.
  let latest = view;
  // The inset's file travels while the map loads, not after it: the map's ready waits for the inset.
  const loading = loadInset(basemapUrl(INSET_FILE));
  const ready = (async () => {
    await mapView.ready;
    const extents = await loading;
    if (!extents || destroyed) return;
    overview = createOverview({
      container: host,
      extents,
      sites: sitesOf(latest),
      flavor: latest.flavor,
      getView: () => mapView.getView(),
      moveTo: (center) => mapView.moveTo({ center }),
      label: view.i18n.t("inset.label"),
    });
    stop = mapView.onViewChange(() => overview?.update());
  })();
  return {
    ready,
    setView(next: View) {
      latest = next;
      overview?.setFlavor(next.flavor);
      overview?.setSites(sitesOf(next));
    },
    destroy() {
      destroyed = true;
      stop();
      overview?.destroy();
    },
  };
}

/** Creates the map and its views; resolves once the style is known (the map then loads on its own). */
export async function mountLiveMap(options: LiveMapOptions): Promise<LiveMap> {
  const { store, basemapUrl } = options;
  let view = options.view;
  const styleFor = styleLoader(options.onlineStyleUrl, basemapUrl);
  const { style, embedded } = await styleFor(view);
  const mapView = createMapView({
    container: options.container,
    style,
    ...(embedded ? { basemapUrl } : {}),
    bounds: INITIAL_BOUNDS,
    locale: view.i18n.maplibreLocale(),
    cooperativeGestures: options.cooperativeGestures,
    interactive: options.interactive,
    attribution: view.i18n.t("attribution.data"),
    hash: options.hash,
    fullscreenContainer: options.fullscreenContainer,
    reducedMotion: options.reducedMotion,
    onFault: options.onFault,
  });
  mapView.setLabel(view.i18n.t("app.mapLabel"));
  const doc = options.container.ownerDocument;
  const interactions = createInteractions({
    mapView,
    store,
    view,
    onSeveral: options.onSeveral,
    onNothing: options.onNothing,
  });
  const fitAll = () => mapView.moveTo({ bounds: view.allBounds });
  const toolbar = createToolbar({
    doc,
    i18n: view.i18n,
    onShowAll: fitAll,
    onToggle: (group, visible) => mapView.setLayerGroupVisible(group, visible),
  });
  mapView.addControl(toolbar.element, "top-left");
  const pointer = createEdgePointerView(mapView, options.container, view.referenceCities, view.i18n);
  const inset = mountInset(mapView, doc, view, basemapUrl);
  const win = doc.defaultView ?? window;
  const transitions = createTransitions({
    mapView,
    reducedMotion: options.reducedMotion,
    frame: (callback) => win.requestAnimationFrame(callback),
    cancelFrame: (handle) => win.cancelAnimationFrame(handle),
    now: () => win.performance.now(),
  });
  // The sites and companies as keyboard targets over the canvas (issue 23: arrow keys from place to place).
  const markers = createMapMarkers({ mapView, container: options.container, store, view });
  let destroyed = false;
  /** The view the map draws now, which the next change is animated from. */
  let drawn = view;
  return {
    mapView,
    detailsAnchor: detailsAnchorOf(mapView, options.container, options.reducedMotion),
    // A reader focused on the picture's link of a site is on that site's marker once the live map shows.
    ready: inset.ready.then(() => markers.adoptFocus()),
    fitAll,
    async setView(next) {
      view = next;
      interactions.setView(next);
      inset.setView(next);
      markers.setView(next);
      const restyled = await styleFor(next);
      // A later view arrived while this one's style was made: only the latest is drawn.
      if (destroyed || view !== next) return;
      await transitions.change(drawn, next, () => {
        drawn = next;
        mapView.setStyle(restyled.style);
        // A new style forgets feature-state: the emphasis is set again once it has been drawn.
        mapView.onceIdle(() => interactions.refresh());
      });
    },
    flyTo: (camera, duration) => mapView.flyTo(camera, duration),
    destroy() {
      destroyed = true;
      transitions.stop();
      inset.destroy();
      markers.destroy();
      interactions.destroy();
      pointer.destroy();
      toolbar.destroy();
      mapView.destroy();
    },
  };
}
