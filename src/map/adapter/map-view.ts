/**
 * What the map adapter hands the rest of the app: the MapView interface and the values it speaks in. The
 * adapter's parts (this folder) and create-map.ts, which puts them together, implement it.
 */

import type { LngLatBoundsLike, Map as MaplibreMap, StyleSpecification } from "maplibre-gl";
import type { BBox } from "../basemap-tiers.ts";
import type { MapFault } from "../map-faults.ts";

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

/** A point on the map's canvas, in CSS px from its top left corner. */
export interface CanvasPoint {
  x: number;
  y: number;
}

export interface MapView {
  /**
   * The maplibregl.Map itself, only for the element's public `map` property: the documented escape hatch for
   * integrators. Nothing in the app uses it.
   */
  readonly mapForIntegrators: MaplibreMap;
  /** Resolves once the style, data and visible basemap have loaded and the map has rendered. */
  ready: Promise<void>;
  getView(): CameraView;
  project(lngLat: [number, number]): CanvasPoint;
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
  idsAt(point: CanvasPoint, layers: readonly string[], tolerance: number): string[];
  /** Calls back on every click or tap on the map; returns the function that stops it. */
  onClick(callback: (point: CanvasPoint, lngLat: [number, number]) => void): () => void;
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
