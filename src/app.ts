/**
 * Composition root of one map instance: load and validate the data, derive what the views need, and mount the
 * list, legend and chart (which work without the map) and the map with its interactions, toolbar, overview
 * inset and edge pointer. Everything talks through one store. destroy() undoes all of it.
 */
import { bbox } from "@turf/bbox";
import type { FeatureCollection } from "geojson";
import type { LngLatBoundsLike, StyleSpecification } from "maplibre-gl";
import { assetBase, assetUrl } from "./assets.ts";
import { pictureFrameBounds } from "./bounds.ts";
import type { AppOptions } from "./config.ts";
import { buildMapData, type DataIndex, indexDataset, type MapData } from "./data/derive.ts";
import type { FetchedGeoFiles } from "./data/files.ts";
import { loadDataset } from "./data/load.ts";
import { DataError, type Dataset } from "./data/parse.ts";
import { el } from "./dom.ts";
import { createI18n, type I18n } from "./i18n/index.ts";
import { createOverview, type Overview } from "./inset/overview.ts";
import { renderChart } from "./list/chart.ts";
import { renderCredits } from "./list/credits.ts";
import { renderLegend } from "./list/legend.ts";
import { companyRows, siteRows } from "./list/rows.ts";
import { createSideList, type SideList } from "./list/side-list.ts";
import { BASEMAP_MANIFEST, type BBox } from "./map/basemap-tiers.ts";
import { createMapView, type MapFault, MapLoadError, type MapView } from "./map/create-map.ts";
import type { PointerCandidate } from "./map/edge-pointer.ts";
import { createEdgePointerView, type EdgePointerView } from "./map/edge-pointer-view.ts";
import { createInteractions, type Interactions } from "./map/interactions.ts";
import { fetchStyle, mergeOnlineStyle } from "./map/online-style.ts";
import { buildStyle, projectLayers } from "./map/style.ts";
import { createToolbar, type Toolbar } from "./map/toolbar.ts";
import type { DetailsContext } from "./popup/details-content.ts";
import { type ChangeSource, createStore, type State, type Store } from "./state/store.ts";
import { createEncoding, DARK, type Encoding, type Flavor, LIGHT } from "./theme.ts";

/** The first view: exactly the static picture's frame, so the live map replaces it without a jump. */
export const INITIAL_BOUNDS: LngLatBoundsLike = pictureFrameBounds();

export function resolveFlavor(theme: AppOptions["theme"], prefersDark: boolean): Flavor {
  if (theme === "dark") return DARK;
  if (theme === "light") return LIGHT;
  return prefersDark ? DARK : LIGHT;
}

export interface MountOptions {
  options: AppOptions;
  /** Where the map canvas goes. */
  mapContainer: HTMLElement;
  /** Where the legend, list and chart go; they work without the map. */
  panelContainer: HTMLElement;
  /** Where the credits line goes (sources, attribution, edition, corrections). */
  creditsContainer: HTMLElement;
  /** What fullscreen shows: the whole instance. */
  fullscreenContainer: HTMLElement;
  /** Whether the map should use cooperative gestures (decided by the element, which knows the page). */
  cooperativeGestures: boolean;
  /** False for gestures="none": the map ignores drags and wheels; its buttons and the list still work. */
  interactive: boolean;
  /** Whether this instance owns the page's URL (standalone page or the iframe embed). */
  urlState: boolean;
  /** Called whenever the effective theme changes, so the element can restyle its own interface. */
  onFlavor?: (flavor: Flavor) => void;
  /** Called after every change of the selection. */
  onSelect?: (id: string | null, source: ChangeSource) => void;
  /** The geo/ files, if the element has started fetching them already; else the app fetches them. */
  dataFiles?: Promise<FetchedGeoFiles>;
  /** Called when something fails while the map runs (see MapFault); `ready` reports failures before that. */
  onFault?: (fault: MapFault) => void;
}

/** What the reader is told when the map fails: one message per kind (app.error.<kind>). */
export type FaultKind = "data" | "webgl" | "basemap" | "map" | "font" | "context-lost";

/** The kind of a failure that stopped the map from starting. */
export function faultKindOf(error: unknown): FaultKind {
  if (error instanceof DataError) return "data";
  if (error instanceof WebGLUnavailableError) return "webgl";
  if (error instanceof MapLoadError) return error.kind;
  return "map";
}

export interface AppHandle {
  /** The map view once created; null before, or when the map could not start. */
  mapView: MapView | null;
  ready: Promise<void>;
  /** Selects a site or company (null closes the details), as a list click would. */
  select(id: string | null): void;
  /** Fits the camera to every site and headquarters. */
  fitAll(): void;
  destroy(): void;
}

/** Everything derived from the data set once it has loaded. */
interface Loaded {
  dataset: Dataset;
  index: DataIndex;
  data: MapData;
  store: Store;
}

export function mountApp(mount: MountOptions): AppHandle {
  const { options, mapContainer, panelContainer } = mount;
  const doc = mapContainer.ownerDocument;
  const win = doc.defaultView ?? window;
  const i18n = createI18n(options.lang);
  const base = assetBase();
  const basemapUrl = (file: string) => assetUrl(file, base);
  const colorScheme = win.matchMedia("(prefers-color-scheme: dark)");
  const reducedMotionQuery = win.matchMedia("(prefers-reduced-motion: reduce)");
  const reducedMotion = () => reducedMotionQuery.matches;
  let flavor = resolveFlavor(options.theme, colorScheme.matches);
  let destroyed = false;
  let loaded: Loaded | null = null;
  let remoteStyle: Promise<StyleSpecification | null> | null = null;
  /** Undo functions, run in reverse order on destroy. */
  const cleanups: (() => void)[] = [];
  let list: SideList | null = null;
  let interactions: Interactions | null = null;
  let overview: Overview | null = null;
  let pointer: EdgePointerView | null = null;
  let toolbar: Toolbar | null = null;
  /** Where the current selection came from, so closing its popup can return focus to the list row. */
  let openedFromList: string | null = null;
  mount.onFlavor?.(flavor);

  const legendContainer = el(doc, "div", { class: "legend" });
  const listContainer = el(doc, "div", {
    class: "rows-container",
    attrs: { "aria-label": i18n.t("list.heading"), role: "region" },
  });
  const chartContainer = el(doc, "div", { class: "chart" });
  panelContainer.replaceChildren(
    el(doc, "h2", { class: "panel-heading", text: i18n.t("list.heading") }),
    listContainer,
    legendContainer,
    chartContainer,
  );

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

  const renderPanel = (current: Loaded, f: Flavor) => {
    const encoding = encodingFor(current, f);
    const sites = siteRows(current.dataset, current.index, i18n);
    renderLegend({
      container: legendContainer,
      i18n,
      encoding,
      flavor: f,
      powers: sites.flatMap((row) => (row.powerMw !== null ? [row.powerMw] : [])),
      companyNames: new Map(
        current.dataset.headquarters.map((hq) => [hq.properties.id, i18n.text(hq.properties.name)]),
      ),
    });
    renderChart(chartContainer, sites, i18n, f);
    list?.setTheme(encoding, f);
  };

  const onColorScheme = async () => {
    const next = resolveFlavor(options.theme, colorScheme.matches);
    if (next === flavor || !loaded) return;
    flavor = next;
    mount.onFlavor?.(flavor);
    renderPanel(loaded, flavor);
    overview?.setFlavor(flavor);
    const { style } = await styleFor(loaded, flavor);
    if (destroyed || !handle.mapView) return;
    handle.mapView.setStyle(style);
    handle.mapView.map.once("idle", () => interactions?.refresh());
  };
  if (options.theme === "auto") {
    colorScheme.addEventListener("change", onColorScheme);
    cleanups.push(() => colorScheme.removeEventListener("change", onColorScheme));
  }

  const allBounds = (dataset: Dataset): BBox => {
    const points: FeatureCollection = {
      type: "FeatureCollection",
      features: [...dataset.sites, ...dataset.headquarters].map((f) => ({
        type: "Feature",
        properties: {},
        geometry: f.geometry,
      })),
    };
    return bbox(points) as BBox;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !loaded?.store.get().selectedId) return;
    event.stopPropagation();
    loaded.store.select(null, "popup");
  };
  const keyTarget = mount.fullscreenContainer;
  keyTarget.addEventListener("keydown", onKeyDown);
  cleanups.push(() => keyTarget.removeEventListener("keydown", onKeyDown));

  const handle: AppHandle = {
    mapView: null,
    ready: Promise.resolve(),
    select(id) {
      loaded?.store.select(id, "api");
    },
    fitAll() {
      if (loaded) handle.mapView?.moveTo({ bounds: allBounds(loaded.dataset) });
    },
    destroy() {
      destroyed = true;
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      interactions?.destroy();
      overview?.destroy();
      pointer?.destroy();
      toolbar?.destroy();
      list?.destroy();
      interactions = overview = pointer = toolbar = list = null;
      handle.mapView?.destroy();
      handle.mapView = null;
    },
  };

  const onStoreChange = (state: State, previous: State) => {
    if (state.selectedId === previous.selectedId) return;
    mount.onSelect?.(state.selectedId, state.selectionSource);
    if (state.selectedId) {
      openedFromList = state.selectionSource === "list" ? state.selectedId : null;
      return;
    }
    // The popup was closed (button, Escape, click elsewhere): keyboard users return to where they came from.
    if (openedFromList && previous.selectedId === openedFromList) list?.focus(openedFromList);
    openedFromList = null;
  };

  handle.ready = (async () => {
    const dataset = await loadDataset(base, fetch, mount.dataFiles);
    if (destroyed) return;
    const index = indexDataset(dataset);
    const store = createStore((id) => index.siteById.has(id) || index.companyById.has(id));
    loaded = { dataset, index, data: buildMapData(dataset, index, i18n), store };
    const current = loaded;
    cleanups.push(store.subscribe(onStoreChange));
    list = createSideList({
      container: listContainer,
      sites: siteRows(dataset, index, i18n),
      companies: companyRows(dataset, index, i18n),
      index,
      i18n,
      encoding: encodingFor(current, flavor),
      flavor,
      store,
    });
    renderPanel(current, flavor);
    renderCredits(mount.creditsContainer, dataset.edition, i18n);
    if (options.site && !index.siteById.has(options.site) && !index.companyById.has(options.site)) {
      console.warn(`ai-infra-map: unknown site "${options.site}", showing the default view`);
    }

    if (!webglAvailable(doc)) throw new WebGLUnavailableError();
    const { style, embedded } = await styleFor(current, flavor);
    if (destroyed) return;
    const restoring = mount.urlState && /^#\d/.test(win.location.hash);
    const mapView = createMapView({
      container: mapContainer,
      style,
      ...(embedded ? { basemapUrl } : {}),
      bounds: INITIAL_BOUNDS,
      locale: i18n.maplibreLocale(),
      cooperativeGestures: mount.cooperativeGestures,
      interactive: mount.interactive,
      attribution: i18n.t("attribution.data"),
      hash: mount.urlState,
      fullscreenContainer: mount.fullscreenContainer,
      reducedMotion,
      onFault: (fault) => {
        if (!destroyed) mount.onFault?.(fault);
      },
    });
    handle.mapView = mapView;
    mapView.map.getCanvas().setAttribute("aria-label", i18n.t("app.mapLabel"));
    const details = (): DetailsContext => ({ index, i18n, encoding: encodingFor(current, flavor), doc });
    interactions = createInteractions({ map: mapView.map, store, index, i18n, details, reducedMotion });
    toolbar = createToolbar({
      doc,
      i18n,
      onShowAll: () => handle.fitAll(),
      onToggle: (group, visible) => mapView.setLayerGroupVisible(group, visible),
    });
    mapView.addControl(toolbar.element, "top-left");
    pointer = createEdgePointerView(mapView, mapContainer, referenceCities(dataset, i18n), i18n);
    const overviewHost = el(doc, "div", { class: "maplibregl-ctrl overview-control" });
    mapView.addControl(overviewHost, "bottom-left");
    await mapView.ready;
    if (destroyed) return;
    const land = (await fetch(basemapUrl(BASEMAP_MANIFEST.world.file), { credentials: "omit" })
      .then((r) => r.json())
      .catch(() => null)) as FeatureCollection | null;
    if (land && !destroyed) {
      overview = createOverview({
        container: overviewHost,
        land,
        sites: dataset.sites.map((s) => [s.geometry.coordinates[0], s.geometry.coordinates[1]]),
        flavor,
        getView: () => mapView.getView(),
        moveTo: (center) => mapView.moveTo({ center }),
        label: i18n.t("inset.label"),
      });
      cleanups.push(mapView.onViewChange(() => overview?.update()));
    }
    // A shared link restores its view from the hash; the popup then opens without moving the camera.
    if (options.site) store.select(options.site, restoring ? "restore" : "url");
  })();
  return handle;
}

/** Thrown when the browser offers no WebGL: the element then keeps the static picture and the list. */
export class WebGLUnavailableError extends Error {
  constructor() {
    super("WebGL is not available in this browser");
    this.name = "WebGLUnavailableError";
  }
}

/** Whether the browser can give MapLibre a WebGL context (WebGL 2 or 1). */
export function webglAvailable(doc: Document): boolean {
  try {
    const canvas = doc.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/** The cities a reader orients by (rank 1 in geo/places.geojson): London, Oslo, San Francisco, Seattle. */
function referenceCities(dataset: Dataset, i18n: I18n): PointerCandidate[] {
  return dataset.places
    .filter((place) => place.properties.rank === 1)
    .map((place) => ({ name: i18n.text(place.properties.name), lngLat: [...place.geometry.coordinates] }));
}
