/**
 * The map adapter: the only module that touches a maplibregl.Map. It owns the worker URL, the HQ icon, the lazy
 * basemap loader, feature-state, hit testing and teardown, and hands the rest of the app a small interface
 * (MapView), so that the interactions, the details, the edge pointer and the overview inset never need
 * the Map itself. Every listener it adds is taken off again in destroy().
 */

import type { GeoJSONSource, LngLatBoundsLike, StyleSpecification } from "maplibre-gl";
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { BASEMAP_MANIFEST, type BBox, tiersToLoad } from "./basemap-tiers.ts";
import { HQ_ICON, squareSdf } from "./icons.ts";
import { type MapFault, MapLoadError } from "./map-faults.ts";

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
  interactive: boolean;
  attribution: string;
  /** Keep the camera in the page's URL hash (only where the map owns the page). */
  hash: boolean;
  /** The element that fullscreen should show (the whole map instance, not just the canvas). */
  fullscreenContainer: HTMLElement;
  /** Whether camera moves should jump instead of fly (prefers-reduced-motion). */
  reducedMotion: () => boolean;
  /** Told about what goes wrong once the map runs; before that, `ready` rejects instead. */
  onFault?: (fault: MapFault) => void;
}

/** Groups of the project's layers that the reader can switch on and off. */
export type LayerGroup = "sites" | "headquarters" | "relations";

export interface CameraView {
  center: [number, number];
  zoom: number;
  bounds: BBox;
  width: number;
  height: number;
}

/**
 * What MapLibre's feature-state holds of one feature: its emphasis, and the values a change of date passes
 * through while it is animated (src/map/transitions.ts).
 */
export type FeatureState = Partial<Record<"selected" | "highlighted" | "dimmed", boolean>> &
  Partial<Record<"powerMw" | "fade" | "labelFade", number>>;

export interface MapView {
  /**
   * The maplibregl.Map itself, only for the element's public `map` property: the documented escape hatch for
   * integrators. Nothing in the app uses it.
   */
  readonly mapForIntegrators: maplibregl.Map;
  /** Resolves once the style, data and visible basemap have loaded and the map has rendered. */
  ready: Promise<void>;
  getView(): CameraView;
  project(lngLat: [number, number]): { x: number; y: number };
  /** Calls back after every camera change, at most once per frame; returns the unsubscribe function. */
  onViewChange(callback: () => void): () => void;
  /** Replaces the style (e.g. another theme) without reloading basemap files already loaded. */
  setStyle(style: StyleSpecification): void;
  /** Moves the camera, animated unless the reader prefers reduced motion. */
  moveTo(camera: { center?: [number, number]; zoom?: number; bounds?: BBox }): void;
  /**
   * Flies to a box or a place in at most `duration` ms (a story step's camera); jumps with reduced motion. A
   * new flight stops the one under way, so only the latest step's camera is ever flown to.
   */
  flyTo(camera: { bounds: BBox } | { center: [number, number]; zoom: number }, duration: number): void;
  setLayerGroupVisible(group: LayerGroup, visible: boolean): void;
  /** Places an element of the app's own among the map's controls. */
  addControl(element: HTMLElement, position: "top-left" | "top-right" | "bottom-left" | "bottom-right"): void;
  /** Names the canvas for screen readers. */
  setLabel(label: string): void;
  /** Calls back once the map is next idle (after a new style has been drawn). */
  onceIdle(callback: () => void): void;
  /** Sets a feature's emphasis; false when its source is not (yet) in the style. */
  setFeatureState(source: string, id: string, state: FeatureState): boolean;
  /** Removes a feature's state: one key of it, or all. */
  removeFeatureState(source: string, id: string, key?: keyof FeatureState): void;
  /** Unique ids of the features of `layers` within `tolerance` px of a point, nearest layer first. */
  idsAt(point: { x: number; y: number }, layers: readonly string[], tolerance: number): string[];
  /** Calls back on every click or tap on the map; returns the function that stops it. */
  onClick(callback: (point: { x: number; y: number }, lngLat: [number, number]) => void): () => void;
  /** Calls back with the id under the pointer on `layers`, and null when it leaves them; shows a hand cursor. */
  onHover(layers: readonly string[], callback: (id: string | null) => void): () => void;
  /** Moves the camera so a point stands `offsetY` px below the centre; a zero duration jumps. */
  easeTo(camera: { center: [number, number]; zoom: number; offsetY: number; duration: number }): void;
  zoom(): number;
  /**
   * A copy of the map as drawn, at `pixelRatio` canvas px per CSS px, once everything in view has loaded.
   * The map is drawn at that ratio for the copy and then goes back to the screen's.
   */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

export function createMapView(options: MapViewOptions): MapView {
  configureWorker();
  const map = new maplibregl.Map({
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
  /**
   * Every listener this module adds, so destroy() can take each one off again. MapLibre keeps a removed map
   * reachable for a while (its shared worker dispatcher holds an error whose stack names the map), and a
   * listener left on it would keep this whole instance, its element and its data alive with it.
   */
  const subscriptions: (() => void)[] = [];
  type Listener = (event: never) => void;
  const on = (type: string, listener: Listener) => {
    map.on(type as "load", listener as () => void);
    subscriptions.push(() => map.off(type as "load", listener as () => void));
  };
  const once = (type: string, listener: Listener) => {
    map.once(type as "load", listener as () => void);
    subscriptions.push(() => map.off(type as "load", listener as () => void));
  };
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  // Fullscreen is a permission. An iframe without allow="fullscreen" (WordPress drops it from a provider it does
  // not know) has the API but may not use it, and MapLibre's button would only throw there. Where the API is
  // missing altogether (an iPhone), MapLibre fills the page with CSS instead, so the button stays.
  const container = options.fullscreenContainer;
  if (container.ownerDocument.fullscreenEnabled || !("requestFullscreen" in container)) {
    map.addControl(new maplibregl.FullscreenControl({ container }), "top-right");
  }
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
  // The compact attribution opens by itself once the style's sources name their attributions, and would cover
  // the inset and the scale bar; the (i) button keeps it one click away, and an embed's credits line names every
  // source as well. It is closed in the same task that opened it (this listener runs after the control's), so
  // it never paints open and then jumps shut; after the first load the reader's own clicks decide.
  const closeAttribution = () => {
    map.getContainer().querySelector(".maplibregl-ctrl-attrib")?.classList.remove("maplibregl-compact-show");
  };
  map.on("data", closeAttribution);
  once("load", () => {
    closeAttribution();
    map.off("data", closeAttribution);
  });
  subscriptions.push(() => map.off("data", closeAttribution));
  const addIcon = () => {
    if (!map.hasImage(HQ_ICON)) map.addImage(HQ_ICON, squareSdf(), { sdf: true, pixelRatio: 2 });
  };
  addIcon();
  // A new style drops images; the icon is part of this map, not of any one style.
  on("styledata", addIcon);

  const loaded = new Set<string>();
  const hiddenGroups = new Set<LayerGroup>();
  const loadVisibleTiers = () => {
    if (!options.basemapUrl) return;
    const url = options.basemapUrl;
    for (const tier of tiersToLoad(getView(), BASEMAP_MANIFEST.tiers, loaded)) {
      const source = map.getSource(tier.id) as GeoJSONSource | undefined;
      if (!source) continue;
      loaded.add(tier.id);
      source.setData(url(tier.file));
    }
  };
  on("load", loadVisibleTiers);
  on("moveend", loadVisibleTiers);

  function getView(): CameraView {
    const b = map.getBounds();
    const center = map.getCenter();
    const canvas = map.getContainer();
    return {
      center: [center.lng, center.lat],
      zoom: map.getZoom(),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    };
  }

  const basemapSources = new Set([
    BASEMAP_MANIFEST.world.id,
    BASEMAP_MANIFEST.places.id,
    ...BASEMAP_MANIFEST.tiers.map((tier) => tier.id),
  ]);
  const kindOf = (event: { sourceId?: string }) =>
    event.sourceId !== undefined && basemapSources.has(event.sourceId) ? "basemap" : "map";
  const ready = new Promise<void>((resolve, reject) => {
    const onError = (event: maplibregl.ErrorEvent & { sourceId?: string }) =>
      reject(new MapLoadError(kindOf(event), event.error));
    once("error", onError);
    once("load", () => {
      map.off("error", onError);
      once("idle", () => resolve());
      // From here on the map keeps working through a failed file; the app decides what to tell the reader.
      on("error", (event: maplibregl.ErrorEvent & { sourceId?: string }) =>
        options.onFault?.({ kind: kindOf(event), error: event.error }),
      );
    });
  });
  on("webglcontextlost", () => options.onFault?.({ kind: "context-lost" }));
  on("webglcontextrestored", () => options.onFault?.({ kind: "context-restored" }));

  return {
    mapForIntegrators: map,
    ready,
    getView,
    setLabel(label) {
      map.getCanvas().setAttribute("aria-label", label);
    },
    onceIdle(callback) {
      once("idle", callback);
    },
    setFeatureState(source, id, state) {
      if (!map.getSource(source)) return false;
      map.setFeatureState({ source, id }, state);
      return true;
    },
    removeFeatureState(source, id, key) {
      if (map.getSource(source)) map.removeFeatureState({ source, id }, key);
    },
    idsAt(point, layers, tolerance) {
      const present = layers.filter((id) => map.getLayer(id));
      const box: [[number, number], [number, number]] = [
        [point.x - tolerance, point.y - tolerance],
        [point.x + tolerance, point.y + tolerance],
      ];
      const features = map.queryRenderedFeatures(box, { layers: present });
      return [...new Set(features.map((f) => String(f.properties.id)))];
    },
    onClick(callback) {
      const onClick = (event: maplibregl.MapMouseEvent) =>
        callback(event.point, [event.lngLat.lng, event.lngLat.lat]);
      map.on("click", onClick);
      return () => map.off("click", onClick);
    },
    onHover(layers, callback) {
      const onMove = (event: maplibregl.MapLayerMouseEvent) => {
        const id = event.features?.[0]?.properties?.id;
        map.getCanvas().style.cursor = id ? "pointer" : "";
        if (typeof id === "string") callback(id);
      };
      const onLeave = () => {
        map.getCanvas().style.cursor = "";
        callback(null);
      };
      for (const layer of layers) {
        map.on("mousemove", layer, onMove);
        map.on("mouseleave", layer, onLeave);
      }
      return () => {
        for (const layer of layers) {
          map.off("mousemove", layer, onMove);
          map.off("mouseleave", layer, onLeave);
        }
      };
    },
    easeTo({ center, zoom, offsetY, duration }) {
      // easeTo with no duration, unlike jumpTo, takes an offset: reduced motion jumps with it.
      map.easeTo({ center, zoom, offset: [0, offsetY], duration });
    },
    zoom: () => map.getZoom(),
    snapshot(pixelRatio) {
      // The map keeps no drawing buffer (preserveDrawingBuffer would cost every frame of a software renderer):
      // the copy is taken in the very frame that drew it, before the browser clears the buffer. The frame is
      // drawn at the asked ratio, so labels and lines are sharp at that size, not an enlarged screen copy.
      map.setPixelRatio(pixelRatio);
      return new Promise((resolve) => {
        once("idle", () => {
          once("render", () => {
            const canvas = map.getCanvas();
            const copy = canvas.ownerDocument.createElement("canvas");
            copy.width = canvas.width;
            copy.height = canvas.height;
            copy.getContext("2d")?.drawImage(canvas, 0, 0);
            // Back to the screen's own ratio: MapLibre documents null as "follow devicePixelRatio again".
            map.setPixelRatio(null as unknown as number);
            resolve(copy);
          });
          map.triggerRepaint();
        });
        map.triggerRepaint();
      });
    },
    project(lngLat) {
      const point = map.project(lngLat);
      return { x: point.x, y: point.y };
    },
    onViewChange(callback) {
      let frame = 0;
      const onMove = () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          callback();
        });
      };
      map.on("move", onMove);
      map.on("resize", onMove);
      return () => {
        if (frame) cancelAnimationFrame(frame);
        map.off("move", onMove);
        map.off("resize", onMove);
      };
    },
    setStyle(style) {
      // Detail tiers already fetched keep their URL, so the diff does not empty them again.
      const sources = { ...style.sources };
      if (options.basemapUrl) {
        for (const tier of BASEMAP_MANIFEST.tiers) {
          const source = sources[tier.id];
          if (loaded.has(tier.id) && source?.type === "geojson") {
            sources[tier.id] = { ...source, data: options.basemapUrl(tier.file) };
          }
        }
      }
      // Layer groups the reader switched off stay off in the new style.
      const layers = style.layers.map((layer) =>
        "source" in layer && hiddenGroups.has(layer.source as LayerGroup)
          ? ({ ...layer, layout: { ...layer.layout, visibility: "none" } } as typeof layer)
          : layer,
      );
      map.setStyle({ ...style, sources, layers }, { diff: true });
    },
    moveTo(camera) {
      const reduced = options.reducedMotion();
      if (camera.bounds) {
        map.fitBounds(camera.bounds, {
          padding: 40,
          maxZoom: 8,
          ...(reduced ? { animate: false } : { duration: 800 }),
        });
        return;
      }
      const target = {
        ...(camera.center ? { center: camera.center } : {}),
        ...(camera.zoom !== undefined ? { zoom: camera.zoom } : {}),
      };
      if (reduced) map.jumpTo(target);
      else map.easeTo({ ...target, duration: 700 });
    },
    flyTo(camera, duration) {
      const reduced = options.reducedMotion();
      if ("bounds" in camera) {
        map.fitBounds(camera.bounds, { padding: 40, ...(reduced ? { animate: false } : { duration }) });
        return;
      }
      if (reduced) map.jumpTo(camera);
      else map.flyTo({ ...camera, duration, essential: false });
    },
    addControl(element, position) {
      map.addControl({ onAdd: () => element, onRemove: () => element.remove() }, position);
    },
    setLayerGroupVisible(group, visible) {
      if (visible) hiddenGroups.delete(group);
      else hiddenGroups.add(group);
      for (const layer of map.getStyle().layers ?? []) {
        if ("source" in layer && layer.source === group)
          map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
      }
    },
    destroy() {
      for (const unsubscribe of subscriptions.splice(0)) unsubscribe();
      map.remove();
      // The removed map still points at its container; detached, the container no longer leads to the rest
      // of this instance's DOM (and through its listeners to the app).
      options.container.replaceChildren();
      options.container.remove();
    },
  };
}
