/**
 * Composition root of one map instance: load and validate the data, derive the views' data, build the style,
 * and mount the map beside the accessible list. It renders into the elements it is given (inside the
 * element's shadow root), and returns a handle whose destroy() undoes everything it did.
 */
import type { LngLatBoundsLike, StyleSpecification } from "maplibre-gl";
import { assetBase, assetUrl } from "./assets.ts";
import type { AppOptions } from "./config.ts";
import { buildMapData, type DataIndex, indexDataset, type MapData } from "./data/derive.ts";
import { loadDataset } from "./data/load.ts";
import type { Dataset } from "./data/parse.ts";
import { createI18n, type I18n } from "./i18n/index.ts";
import { createMapView, type MapView } from "./map/create-map.ts";
import type { PointerCandidate } from "./map/edge-pointer.ts";
import { createEdgePointerView, type EdgePointerView } from "./map/edge-pointer-view.ts";
import { fetchStyle, mergeOnlineStyle } from "./map/online-style.ts";
import { buildStyle, projectLayers } from "./map/style.ts";
import { createEncoding, DARK, type Encoding, type Flavor, LIGHT } from "./theme.ts";

/** Europe, from Cornwall to the North Cape: where the story's sites are. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
  [-11, 49],
  [26, 70],
];

export function resolveFlavor(theme: AppOptions["theme"], prefersDark: boolean): Flavor {
  if (theme === "dark") return DARK;
  if (theme === "light") return LIGHT;
  return prefersDark ? DARK : LIGHT;
}

export interface MountOptions {
  options: AppOptions;
  /** Where the map canvas goes. */
  mapContainer: HTMLElement;
  /** Where the list goes; it works without the map. */
  listContainer: HTMLElement;
  /** Called whenever the effective theme changes, so the element can restyle its own interface. */
  onFlavor?: (flavor: Flavor) => void;
  /** Whether the map should use cooperative gestures (decided by the element, which knows the page). */
  cooperativeGestures: boolean;
}

export interface AppHandle {
  /** The map view once created; null before, or when the map could not start. */
  mapView: MapView | null;
  ready: Promise<void>;
  destroy(): void;
}

/** Everything derived from the data set once it has loaded. */
interface Loaded {
  dataset: Dataset;
  index: DataIndex;
  data: MapData;
}

export function mountApp(mount: MountOptions): AppHandle {
  const { options, mapContainer, listContainer } = mount;
  const doc = mapContainer.ownerDocument;
  const win = doc.defaultView ?? window;
  const i18n = createI18n(options.lang);
  const base = assetBase();
  const basemapUrl = (file: string) => assetUrl(file, base);
  const colorScheme = win.matchMedia("(prefers-color-scheme: dark)");
  let flavor = resolveFlavor(options.theme, colorScheme.matches);
  let destroyed = false;
  let pointer: EdgePointerView | null = null;
  let remoteStyle: Promise<StyleSpecification | null> | null = null;
  let loaded: Loaded | null = null;
  mount.onFlavor?.(flavor);

  const encodingFor = (current: Loaded, f: Flavor): Encoding =>
    createEncoding(
      current.dataset.headquarters.map((hq) => hq.properties.id),
      current.data.sites.features.filter((s) => s.properties.hasPower).map((s) => s.properties.powerMw),
      f,
    );

  /** The online style if one was asked for and loads, else null (the embedded basemap is used instead). */
  const onlineStyle = (): Promise<StyleSpecification | null> => {
    if (!options.basemap) return Promise.resolve(null);
    remoteStyle ??= fetchStyle(options.basemap).catch((error: Error) => {
      console.warn(`ai-infra-map: ${error.message}; using the embedded basemap`);
      return null;
    });
    return remoteStyle;
  };

  const styleFor = async (
    current: Loaded,
    f: Flavor,
  ): Promise<{ style: StyleSpecification; embedded: boolean }> => {
    const styleOptions = {
      flavor: f,
      encoding: encodingFor(current, f),
      lang: options.lang,
      data: current.data,
    };
    const remote = await onlineStyle();
    if (remote) return { style: mergeOnlineStyle(remote, projectLayers(styleOptions)), embedded: false };
    return { style: buildStyle({ ...styleOptions, basemapUrl }), embedded: true };
  };

  const onColorScheme = async () => {
    const next = resolveFlavor(options.theme, colorScheme.matches);
    if (next === flavor || !loaded) return;
    flavor = next;
    mount.onFlavor?.(flavor);
    const { style } = await styleFor(loaded, flavor);
    if (!destroyed) handle.mapView?.setStyle(style);
  };
  if (options.theme === "auto") colorScheme.addEventListener("change", onColorScheme);

  const handle: AppHandle = {
    mapView: null,
    ready: Promise.resolve(),
    destroy() {
      destroyed = true;
      colorScheme.removeEventListener("change", onColorScheme);
      pointer?.destroy();
      pointer = null;
      handle.mapView?.destroy();
      handle.mapView = null;
    },
  };

  handle.ready = (async () => {
    const dataset = await loadDataset(base);
    if (destroyed) return;
    const index = indexDataset(dataset);
    loaded = { dataset, index, data: buildMapData(dataset, index, i18n) };
    renderSimpleList(listContainer, loaded.data, i18n);
    const { style, embedded } = await styleFor(loaded, flavor);
    if (destroyed) return;
    const mapView = createMapView({
      container: mapContainer,
      style,
      ...(embedded ? { basemapUrl } : {}),
      bounds: INITIAL_BOUNDS,
      locale: {},
      cooperativeGestures: mount.cooperativeGestures,
      interactive: true,
      attribution: i18n.t("attribution.data"),
    });
    handle.mapView = mapView;
    pointer = createEdgePointerView(mapView, mapContainer, referenceCities(dataset, i18n), i18n);
    await mapView.ready;
  })();
  return handle;
}

/** The cities a reader orients by (rank 1 in geo/places.geojson): London, Oslo, San Francisco, Seattle. */
function referenceCities(dataset: Dataset, i18n: I18n): PointerCandidate[] {
  return dataset.places
    .filter((place) => place.properties.rank === 1)
    .map((place) => ({ name: i18n.text(place.properties.name), lngLat: [...place.geometry.coordinates] }));
}

/** A plain list of everything on the map; the full linked list replaces it. */
function renderSimpleList(container: HTMLElement, data: MapData, i18n: I18n) {
  const doc = container.ownerDocument;
  const list = doc.createElement("ul");
  for (const feature of data.sites.features) {
    const item = doc.createElement("li");
    item.textContent = `${i18n.t("kind.site")}: ${feature.properties.label}`;
    list.append(item);
  }
  for (const feature of data.headquarters.features) {
    const item = doc.createElement("li");
    item.textContent = `${i18n.t("kind.hq")}: ${feature.properties.name}`;
    list.append(item);
  }
  container.replaceChildren(list);
}
