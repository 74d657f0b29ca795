/**
 * The map adapter: the only module that touches maplibregl's values. It constructs the Map (worker URL, options,
 * controls, the HQ icon) and puts together its parts in src/map/adapter/, which see the Map only as a type: the
 * basemap's tiers through setStyle, readiness and faults, the camera, hit testing and the snapshot. The rest of the
 * app gets a small interface (MapView), so that the interactions, the details, the edge pointer and the overview
 * inset never need the Map itself. Every listener it adds is taken off again in destroy().
 */

import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { keepAttributionClosedUntilLoad } from "./adapter/attribution.ts";
import { loadBasemapTiers } from "./adapter/basemap-loading.ts";
import { createCamera } from "./adapter/camera.ts";
import { createHitTesting } from "./adapter/hit-testing.ts";
import type { MapView, MapViewOptions } from "./adapter/map-view.ts";
import { watchReadiness } from "./adapter/readiness.ts";
import { snapshot } from "./adapter/snapshot.ts";
import { createSubscriptions, type Subscriptions } from "./adapter/subscriptions.ts";
import { HQ_ICON, squareSdf } from "./icons.ts";

export type { CameraView, FeatureState, LayerGroup, MapView, MapViewOptions } from "./adapter/map-view.ts";

let workerConfigured = false;

/** MapLibre must know where its worker file is before the first map, or the map stays blank under Vite. */
function configureWorker() {
  if (workerConfigured) return;
  maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);
  workerConfigured = true;
}

export function createMapView(options: MapViewOptions): MapView {
  configureWorker();
  const map = constructMap(options);
  const subscriptions = createSubscriptions(map);
  addControls(map, options.fullscreenContainer);
  keepAttributionClosedUntilLoad(map, subscriptions);
  keepIcon(map, subscriptions);
  const camera = createCamera(map, options.reducedMotion);
  const basemap = loadBasemapTiers(map, subscriptions, options.basemapUrl, camera.getView);
  return {
    mapForIntegrators: map,
    ready: watchReadiness(map, subscriptions, options.onFault),
    ...camera,
    ...createHitTesting(map),
    setStyle: basemap.setStyle,
    setLayerGroupVisible: basemap.setLayerGroupVisible,
    setLabel(label) {
      map.getCanvas().setAttribute("aria-label", label);
    },
    onceIdle(callback) {
      subscriptions.once("idle", callback);
    },
    setFeatureState(source, id, state) {
      if (!map.getSource(source)) return false;
      map.setFeatureState({ source, id }, state);
      return true;
    },
    removeFeatureState(source, id, key) {
      if (map.getSource(source)) map.removeFeatureState({ source, id }, key);
    },
    snapshot: (pixelRatio) => snapshot(map, subscriptions, pixelRatio),
    addControl(element, position) {
      map.addControl({ onAdd: () => element, onRemove: () => element.remove() }, position);
    },
    destroy() {
      subscriptions.clear();
      map.remove();
      // The removed map still points at its container; detached, the container no longer leads to the rest
      // of this instance's DOM (and through its listeners to the app).
      options.container.replaceChildren();
      options.container.remove();
    },
  };
}

function constructMap(options: MapViewOptions): maplibregl.Map {
  return new maplibregl.Map({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    // The initial bounds are the static picture's whole frame: fitted edge to edge, as the picture is.
    fitBoundsOptions: { padding: 0 },
    attributionControl: { compact: true, customAttribution: options.attribution },
    cooperativeGestures: options.cooperativeGestures,
    interactive: options.interactive,
    locale: options.locale,
    hash: options.hash,
    renderWorldCopies: false,
    maxZoom: 14,
    // At most 30 tiles kept per source. MapLibre sizes the cache from the viewport by default, and with a
    // dozen GeoJSON sources every flight left more tiles behind: in npm run test:soak the heap grew by up to
    // 0.5 MB per 60 selections, late in the run; with this bound it stays flat after the first fifth.
    maxTileCacheSize: 30,
    minZoom: 0.5,
  });
}

function addControls(map: maplibregl.Map, fullscreenContainer: HTMLElement) {
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  // Fullscreen is a permission. An iframe without allow="fullscreen" (WordPress drops it from a provider it does
  // not know) has the API but may not use it, and MapLibre's button would only throw there. Where the API is
  // missing altogether (an iPhone), MapLibre fills the page with CSS instead, so the button stays.
  const container = fullscreenContainer;
  if (container.ownerDocument.fullscreenEnabled || !("requestFullscreen" in container)) {
    map.addControl(new maplibregl.FullscreenControl({ container }), "top-right");
  }
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
}

/** A new style drops images; the HQ icon is part of this map, not of any one style. */
function keepIcon(map: maplibregl.Map, subscriptions: Subscriptions) {
  const addIcon = () => {
    if (!map.hasImage(HQ_ICON)) map.addImage(HQ_ICON, squareSdf(), { sdf: true, pixelRatio: 2 });
  };
  addIcon();
  subscriptions.on("styledata", addIcon);
}
