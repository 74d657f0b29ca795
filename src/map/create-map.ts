/**
 * The only module that constructs a maplibregl.Map. It owns the worker URL, the HQ icon, the lazy basemap
 * loader and teardown, and hands the rest of the app a small adapter.
 */

import type { GeoJSONSource, LngLatBoundsLike, StyleSpecification } from "maplibre-gl";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { BASEMAP_MANIFEST, type BBox, tiersToLoad } from "./basemap-tiers.ts";
import { HQ_ICON, squareSdf } from "./icons.ts";

let workerConfigured = false;

/** MapLibre must know where its worker file is before the first map, or the map stays blank under Vite. */
function configureWorker() {
  if (workerConfigured) return;
  maplibregl.setWorkerUrl(new URL(workerUrl, import.meta.url).href);
  workerConfigured = true;
}

export interface MapViewOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** Resolves a basemap manifest path to a URL; omit when the style is an online basemap. */
  basemapUrl?: (file: string) => string;
  bounds: LngLatBoundsLike;
  /** MapLibre UI strings (control titles, the gesture hint) in the interface language. */
  locale: Record<string, string>;
  cooperativeGestures: boolean;
  attribution: string;
}

export interface MapView {
  map: maplibregl.Map;
  /** Resolves once the style, data and visible basemap have loaded and the map has rendered. */
  ready: Promise<void>;
  destroy(): void;
}

export function createMapView(options: MapViewOptions): MapView {
  configureWorker();
  const map = new maplibregl.Map({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: 40 },
    attributionControl: { compact: true, customAttribution: options.attribution },
    cooperativeGestures: options.cooperativeGestures,
    locale: options.locale,
    renderWorldCopies: false,
    maxZoom: 14,
    minZoom: 0.5,
    canvasContextAttributes: { antialias: true },
  });
  const icon = squareSdf();
  map.addImage(HQ_ICON, icon, { sdf: true, pixelRatio: 2 });

  const loaded = new Set<string>();
  const loadVisibleTiers = () => {
    if (!options.basemapUrl) return;
    const b = map.getBounds();
    const view = {
      zoom: map.getZoom(),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as BBox,
    };
    for (const tier of tiersToLoad(view, BASEMAP_MANIFEST.tiers, loaded)) {
      loaded.add(tier.id);
      (map.getSource(tier.id) as GeoJSONSource | undefined)?.setData(options.basemapUrl(tier.file));
    }
  };
  map.on("load", loadVisibleTiers);
  map.on("moveend", loadVisibleTiers);

  const ready = new Promise<void>((resolve, reject) => {
    const onError = (event: maplibregl.ErrorEvent) => reject(event.error);
    map.once("error", onError);
    map.once("load", () => {
      map.off("error", onError);
      map.once("idle", () => resolve());
    });
  });

  return {
    map,
    ready,
    destroy() {
      map.off("load", loadVisibleTiers);
      map.off("moveend", loadVisibleTiers);
      map.remove();
    },
  };
}
