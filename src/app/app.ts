/**
 * Composition root of one map instance, as a pipeline of stages that return values: load the data → build the
 * view model → mount the views that need no map library (views.ts) → the instance is interactive → start the
 * live map, and hand the details over to it once it has drawn. The store is the one owner of the view's state:
 * every change (a date, a theme, a selection, a camera) is an intent sent to it, and this module answers each
 * by building the view for it and showing it everywhere. destroy() undoes all of it. This module does not load
 * MapLibre: the live map arrives as a module of its own, requested by the element in parallel with this one.
 */
import { assetBase, assetUrl } from "../assets.ts";
import type { FaultKind } from "../contract/faults.ts";
import type { Dataset } from "../data/dataset.ts";
import { DataError } from "../data/issues.ts";
import { loadDataset } from "../data/load.ts";
import { afterNextFrame, el } from "../dom/dom.ts";
import type { DownloadControls } from "../download/controls.ts";
import { createI18n } from "../i18n/index.ts";
import type { MapView } from "../map/create-map.ts";
import { MapLoadError } from "../map/map-faults.ts";
import { WebGLUnavailableError } from "../map/webgl.ts";
import { buildView, type View } from "../model/view.ts";
import { createStore, type State, type Store } from "../state/store.ts";
import { cameraTarget, STEP_FLIGHT_MS } from "../story/camera.ts";
import { resolveTheme } from "../theme.ts";
import { mountDownloads } from "./downloads.ts";
import type { LiveMap } from "./live-map.ts";
import type { MountOptions } from "./mount-options.ts";
import type { PinnedCheck } from "./pinned-check.ts";
import { mountViews, type Views } from "./views.ts";

export type { MountOptions };

/** The kind of a failure that stopped the map from starting. */
export function faultKindOf(error: unknown): FaultKind {
  if (error instanceof DataError) return "data";
  if (error instanceof WebGLUnavailableError) return "webgl";
  if (error instanceof MapLoadError) return error.kind;
  return "map";
}

export interface AppHandle {
  /** The one owner of the view's state: send it intents, subscribe to what it holds. */
  store: Store;
  /** The map view once created; null before, or when the map could not start. */
  mapView: MapView | null;
  /** Resolves once the list, the picture and the details answer the reader: before the live map. */
  interactive: Promise<void>;
  ready: Promise<void>;
  /** Fits the camera to every site and headquarters. */
  fitAll(): void;
  /** The view the instance shows now; null before the data has loaded. */
  view(): View | null;
  /** Whether an id names a site or a company at any date of the data; null before the data or for none. */
  kindOf(id: string): "site" | "company" | null;
  /** Says a sentence once in the map's one live region (story mode's steps); nothing before the data. */
  announce(text: string): void;
  destroy(): void;
}

/** What a running instance has, each part set once its stage has run. */
interface Running {
  dataset: Dataset | null;
  view: View | null;
  views: Views | null;
  downloads: DownloadControls | null;
  liveMap: LiveMap | null;
  /** A pinned copy's line about a newer release's corrections, once it has found any. */
  pinned: PinnedCheck | null;
  /** True once the live map has drawn its first view and taken the picture's place. */
  liveReady: boolean;
  /** The camera intent last flown to, so each is flown to once. */
  flown: State["camera"];
  destroyed: boolean;
  /** Undo functions, run in reverse order on destroy. */
  cleanups: (() => void)[];
}

export function mountApp(mount: MountOptions): AppHandle {
  const { options } = mount;
  const colorScheme = windowOf(mount).matchMedia("(prefers-color-scheme: dark)");
  const running: Running = {
    dataset: null,
    view: null,
    views: null,
    downloads: null,
    liveMap: null,
    pinned: null,
    liveReady: false,
    flown: null,
    destroyed: false,
    cleanups: [],
  };
  // What is known depends on the date shown: a site announced later does not exist yet.
  const store = createStore((id) => running.view?.isKnown(id) ?? false, {
    lang: options.lang,
    theme: resolveTheme(options.theme, colorScheme.matches),
    asOf: options.asOf,
  });
  showHeading(mount);
  running.cleanups.push(store.subscribe((state, previous) => answer(running, store, state, previous)));
  watchEscape(mount, running, store);
  if (options.theme === "auto") watchColorScheme(colorScheme, store, running);
  let interactive = () => {};
  const handle: AppHandle = {
    store,
    mapView: null,
    interactive: new Promise<void>((resolve) => {
      interactive = resolve;
    }),
    ready: Promise.resolve(),
    fitAll: () => running.liveMap?.fitAll(),
    announce: (text) => running.views?.words.announcer.say(text),
    view: () => running.view,
    kindOf: (id) => kindOf(running.dataset, id),
    destroy: () => destroy(running, handle),
  };
  // Without data nothing becomes interactive: a failed start leaves `interactive` pending, as `ready` reports.
  handle.ready = run(mount, running, store, handle, interactive);
  // After ready, whether the live map started or not: the check never delays the map.
  const checkLater = () => checkPinnedWhenIdle(mount, running, store);
  if (mount.pinned) handle.ready.then(checkLater, checkLater);
  return handle;
}

/** The panel's heading shows at once; the list, legend and chart follow with the data. */
function showHeading(mount: MountOptions) {
  const doc = mount.panelContainer.ownerDocument;
  const heading = createI18n(mount.options.lang).t("list.heading");
  mount.panelContainer.replaceChildren(el(doc, "h2", { class: "panel-heading", text: heading }));
}

function kindOf(dataset: Dataset | null, id: string): "site" | "company" | null {
  if (dataset?.sites.some((s) => s.properties.id === id)) return "site";
  if (dataset?.headquarters.some((h) => h.properties.id === id)) return "company";
  return null;
}

function destroy(running: Running, handle: AppHandle) {
  running.destroyed = true;
  for (const cleanup of running.cleanups.splice(0).reverse()) cleanup();
  running.liveMap?.destroy();
  running.pinned?.destroy();
  running.downloads?.destroy();
  running.views?.destroy();
  running.liveMap = running.views = running.downloads = running.pinned = null;
  handle.mapView = null;
}

/** The view of the data for what the store holds now. */
const viewFor = (dataset: Dataset, state: State): View =>
  buildView(dataset, { lang: state.lang, theme: state.theme, ...(state.asOf ? { asOf: state.asOf } : {}) });

/**
 * The app's answer to a change of state: another date or theme is another view, shown in every view; a
 * camera asked for is flown to. Selection, hover and highlight the views follow by themselves.
 */
function answer(running: Running, store: Store, state: State, previous: State) {
  if (state.asOf !== previous.asOf || state.theme !== previous.theme) show(running, store, state);
  if (state.camera !== previous.camera) flyToCamera(running, store);
}

/** Builds the view for the store's state and shows it everywhere; a selection the new date lacks is closed. */
function show(running: Running, store: Store, state: State) {
  if (!running.dataset) return;
  const view = viewFor(running.dataset, state);
  running.view = view;
  running.views?.show(view);
  void running.liveMap?.setView(view);
  running.pinned?.setView(view);
  const selected = store.get().selectedId;
  if (selected && !view.isKnown(selected)) store.select(null, "api");
}

/** The pipeline itself; each stage stops if the instance was destroyed while it waited. */
async function run(
  mount: MountOptions,
  running: Running,
  store: Store,
  handle: AppHandle,
  interactive: () => void,
) {
  const base = assetBase();
  const dataset = await loadDataset(base, fetch, mount.dataFiles);
  if (running.destroyed) return;
  const view = viewFor(dataset, store.get());
  running.dataset = dataset;
  running.view = view;
  const views = mountViews(mount, store, view);
  running.views = views;
  running.cleanups.push(returnFocusToList(store, views));
  if (mount.downloadsContainer)
    running.downloads = mountDownloads(mount.downloadsContainer, mount, {
      dataset,
      view: () => running.view ?? view,
      liveMap: () => (running.liveReady ? (running.liveMap?.mapView ?? null) : null),
      picture: () => running.views?.picture ?? null,
      frame: () =>
        (running.liveReady ? running.liveMap?.detailsAnchor : running.views?.picture?.detailsAnchor) ?? null,
    });
  interactive();
  selectFromOptions(mount, store, view);
  const liveMap = await startLiveMap(mount, running, store, view, views);
  if (!liveMap) return;
  handle.mapView = liveMap.mapView;
  await liveMap.ready;
  if (running.destroyed) return;
  // The live map shows the picture's frame: open details stay where they are, now following its camera.
  views.popups.setAnchor(liveMap.detailsAnchor);
  running.liveReady = true;
  flyToCamera(running, store);
}

/** The site the options name opens at start; a shared link restores its camera from the hash too. */
function selectFromOptions(mount: MountOptions, store: Store, view: View) {
  const { site } = mount.options;
  if (!site) return;
  if (!view.isKnown(site)) console.warn(`ai-infra-map: unknown site "${site}", showing the default view`);
  // Read before MapLibre writes its own camera into the hash.
  const restoring = mount.urlState && /^#\d/.test(windowOf(mount).location.hash);
  store.select(site, restoring ? "restore" : "url");
}

/** Starts the live map once the reader's first view is painted; null when the instance went away meanwhile. */
async function startLiveMap(
  mount: MountOptions,
  running: Running,
  store: Store,
  view: View,
  views: Views,
): Promise<LiveMap | null> {
  if (!mount.liveMapModule) throw new WebGLUnavailableError();
  // What the reader sees and asked for (the list, details opened on the picture) is painted before the live
  // map's heavy start takes the main thread for a while.
  await afterNextFrame(windowOf(mount));
  const { mountLiveMap } = await mount.liveMapModule;
  if (running.destroyed) return null;
  const { popups, picture } = views;
  const liveMap = await mountLiveMap({
    container: mount.mapContainer,
    fullscreenContainer: mount.fullscreenContainer,
    view,
    store,
    onlineStyleUrl: mount.options.basemap,
    basemapUrl: (file) => assetUrl(file, assetBase()),
    cooperativeGestures: mount.cooperativeGestures,
    interactive: mount.interactive,
    hash: mount.urlState,
    reducedMotion: () => reducedMotion(mount),
    onFault: (fault) => {
      if (running.destroyed) return;
      // While the browser holds the graphics context the picture is the map again, and the details follow it.
      if (fault.kind === "context-lost" && picture) popups.setAnchor(picture.detailsAnchor);
      if (fault.kind === "context-restored" && running.liveMap)
        popups.setAnchor(running.liveMap.detailsAnchor);
      mount.onFault?.(fault);
    },
    onSeveral: (ids, lngLat) => popups.choose(ids, lngLat),
    onNothing: () => popups.dismiss(),
  });
  if (running.destroyed) {
    liveMap.destroy();
    return null;
  }
  running.liveMap = liveMap;
  // The theme or the date may have changed while the map was starting: show what is asked for now.
  if (running.view !== view && running.view) void liveMap.setView(running.view);
  return liveMap;
}

/** A pinned copy reads the release log when the browser is idle (or after 2 s), in a module of its own. */
function checkPinnedWhenIdle(mount: MountOptions, running: Running, store: Store) {
  const win = windowOf(mount);
  const check = async () => {
    const { pinned } = mount;
    const { dataset, view } = running;
    if (!pinned || !dataset || !view || running.destroyed) return;
    const { checkPinnedCopy } = await import("./pinned-check.ts");
    const found = await checkPinnedCopy({
      ...pinned,
      version: __APP_VERSION__,
      options: mount.options,
      store,
      view,
      own: dataset.edition.corrections,
      fetch: win.fetch.bind(win),
    });
    if (running.destroyed) return found?.destroy();
    running.pinned = found;
    // The reader may have moved to another date while the log came.
    if (running.view && running.view !== view) found?.setView(running.view);
  };
  // Done, whatever it found: the mark lets a test (or an editor's check) tell "nothing to say" from "not yet".
  const start = () =>
    void check()
      .catch(() => {})
      .finally(() => mount.pinned?.notice.setAttribute("data-log-read", ""));
  // WebKit has no requestIdleCallback.
  const id = win.requestIdleCallback
    ? win.requestIdleCallback(start, { timeout: 2000 })
    : win.setTimeout(start, 0);
  running.cleanups.push(() => (win.cancelIdleCallback ? win.cancelIdleCallback(id) : win.clearTimeout(id)));
}

/** Flies to the camera last asked for, once the live map has drawn; the picture keeps its one view meanwhile. */
function flyToCamera(running: Running, store: Store) {
  const { camera } = store.get();
  const { liveMap, view } = running;
  if (!camera || camera === running.flown || !liveMap || !running.liveReady || !view) return;
  running.flown = camera;
  const target = cameraTarget(camera, view);
  if (target) liveMap.flyTo(target, STEP_FLIGHT_MS);
}

const windowOf = (mount: MountOptions) => mount.mapContainer.ownerDocument.defaultView ?? window;
const reducedMotion = (mount: MountOptions) =>
  windowOf(mount).matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Keyboard users return to the list row they came from when the details they opened from it close. */
function returnFocusToList(store: Store, views: Views): () => void {
  let openedFromList: string | null = null;
  return store.subscribe((state, previous) => {
    if (state.selectedId === previous.selectedId) return;
    if (state.selectedId) {
      openedFromList = state.selectionSource === "list" ? state.selectedId : null;
      return;
    }
    if (openedFromList && previous.selectedId === openedFromList) views.panel.focus(openedFromList);
    openedFromList = null;
  });
}

/** Escape anywhere in the instance closes the details or the chooser. */
function watchEscape(mount: MountOptions, running: Running, store: Store) {
  const target = mount.fullscreenContainer;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    if (running.views?.popups.dismiss()) event.stopPropagation();
    else if (store.get().selectedId) {
      event.stopPropagation();
      store.select(null, "popup");
    }
  };
  target.addEventListener("keydown", onKeyDown);
  running.cleanups.push(() => target.removeEventListener("keydown", onKeyDown));
}

/** With theme "auto", a change of the reader's system setting is an intent like any other. */
function watchColorScheme(query: MediaQueryList, store: Store, running: Running) {
  const onChange = () => store.setTheme(resolveTheme("auto", query.matches));
  query.addEventListener("change", onChange);
  running.cleanups.push(() => query.removeEventListener("change", onChange));
}
