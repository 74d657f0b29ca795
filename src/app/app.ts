/**
 * Composition root of one map instance, as a pipeline: load the data → validate it → build the view model →
 * mount the views that need no map library (the panel, the time control, the static picture as a map, the
 * details) → the instance is interactive → load the live map, and hand the details over to it once it has
 * drawn. Everything talks through one store; destroy() undoes all of it. This module does not load MapLibre:
 * the live map arrives as a module of its own, requested by the element in parallel with this one.
 */
import { createMapWords, type MapWords } from "../a11y/map-words.ts";
import { assetBase, assetUrl } from "../assets.ts";
import type { FaultKind } from "../contract/faults.ts";
import type { AppOptions } from "../contract/options.ts";
import type { Dataset } from "../data/dataset.ts";
import type { FetchedGeoFiles } from "../data/files.ts";
import { DataError } from "../data/issues.ts";
import { loadDataset } from "../data/load.ts";
import { createPopups, type DetailsHost, type Popups } from "../details/popups.ts";
import { createSurface } from "../details/surface.ts";
import { afterNextFrame, el } from "../dom/dom.ts";
import { createDownloadControls, type DownloadControls } from "../download/controls.ts";
import { PICTURE_SCALE, pictureImage, renderPicture } from "../download/png.ts";
import { fileName, saveFile } from "../download/save.ts";
import { createI18n } from "../i18n/index.ts";
import type { MapView } from "../map/create-map.ts";
import { type MapFault, MapLoadError } from "../map/map-faults.ts";
import { WebGLUnavailableError } from "../map/webgl.ts";
import { tableCsv } from "../model/table.ts";
import { buildView, type View } from "../model/view.ts";
import { createPanel, type Panel } from "../panel/panel.ts";
import { createTimeControl, type TimeControl } from "../panel/time-control.ts";
import { createPictureMap, type PictureMap } from "../picture/picture-map.ts";
import { type ChangeSource, createStore, type State, type Store } from "../state/store.ts";
import { cameraTarget, STEP_FLIGHT_MS } from "../story/camera.ts";
import type { Camera } from "../story/steps.ts";
import { resolveTheme, type ThemeName } from "../theme.ts";
import type { LiveMap } from "./live-map.ts";

export interface MountOptions {
  options: AppOptions;
  /** Where the map canvas goes. */
  mapContainer: HTMLElement;
  /** The map area: the map's box with the picture over it; the details open in it or just after it. */
  mapArea: HTMLElement;
  /** The static picture in the element's light DOM, which is the map until the live map has drawn. */
  picture: HTMLElement | null;
  /**
   * The live map's module, requested by the element as soon as it starts (in parallel with this one), or
   * null where the browser has no WebGL: then MapLibre is never requested and the picture stays the map.
   */
  liveMapModule: Promise<typeof import("./live-map.ts")> | null;
  /** Where the legend, list and chart go; they work without the map. */
  panelContainer: HTMLElement;
  /** Where the credits line goes (sources, attribution, edition, corrections). */
  creditsContainer: HTMLElement;
  /** Where the image and data download buttons go; null when the editor switched them off. */
  downloadsContainer: HTMLElement | null;
  /** What fullscreen shows: the whole instance. */
  fullscreenContainer: HTMLElement;
  /** Whether the map should use cooperative gestures (decided by the element, which knows the page). */
  cooperativeGestures: boolean;
  /** False for gestures="none": the map ignores drags and wheels; its buttons and the list still work. */
  interactive: boolean;
  /** Whether this instance owns the page's URL (standalone page or the iframe embed). */
  urlState: boolean;
  /** Called whenever the effective theme changes, so the element can restyle its own interface. */
  onTheme?: (theme: ThemeName) => void;
  /** Called after every change of the selection. */
  onSelect?: (id: string | null, source: ChangeSource) => void;
  /** The geo/ files, if the element has started fetching them already; else the app fetches them. */
  dataFiles?: Promise<FetchedGeoFiles>;
  /** Called when something fails while the map runs (see MapFault); `ready` reports failures before that. */
  onFault?: (fault: MapFault) => void;
  /** Where the time control goes. */
  timeContainer: HTMLElement;
  /** Called when the reader moves the time control to another date (null: the edition). */
  onAsOf?: (asOf: string | null) => void;
  /** Whether the map tells a story (the `story` attribute): its details open beside the feature, not under. */
  story?: boolean;
  /** Where the map says the date it shows ("Stand: 15. Oktober 2025"), in a story; null elsewhere. */
  dateLabel?: HTMLElement | null;
}

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
  /** Resolves once the list, the picture and the details answer the reader: before the live map. */
  interactive: Promise<void>;
  ready: Promise<void>;
  /** Selects a site or company (null closes the details); from the API unless said otherwise. */
  select(id: string | null, source?: ChangeSource): void;
  /** Fits the camera to every site and headquarters. */
  fitAll(): void;
  /** Shows the story as of a date in the data's forms; null shows the edition (the latest). */
  setAsOf(asOf: string | null): void;
  /**
   * Flies to a story step's camera; before the live map has drawn, it flies there once it has (the picture
   * cannot move). A camera on a feature the date does not know is ignored.
   */
  setCamera(camera: Camera): void;
  /** The view the instance shows now; null before the data has loaded. */
  view(): View | null;
  /** The selected site or company, or null. */
  selectedId(): string | null;
  /** Whether an id names a site or a company at any date of the data; null before the data or for none. */
  kindOf(id: string): "site" | "company" | null;
  /** Lets a company's relations stand out while the rest recede (null: none), on the map and the picture. */
  highlight(id: string | null): void;
  /** Says a sentence once in the map's one live region (story mode's steps); nothing before the data. */
  announce(text: string): void;
  destroy(): void;
}

/** The parts of a running instance, each set once its stage has run. */
interface Instance {
  dataset: Dataset | null;
  view: View | null;
  /** The theme and date the views should show; showView() rebuilds the view when they change. */
  theme: ThemeName;
  asOf: string | null;
  store: Store | null;
  panel: Panel | null;
  time: TimeControl | null;
  picture: PictureMap | null;
  popups: Popups | null;
  liveMap: LiveMap | null;
  /** True once the live map has drawn its first view and taken the picture's place. */
  liveReady: boolean;
  /** A camera asked for before the live map had drawn: flown to once it has. */
  camera: Camera | null;
  downloads: DownloadControls | null;
  /** The map in words: its description, its live region and the arrow keys (issue 23). */
  words: MapWords | null;
  destroyed: boolean;
  /** Undo functions, run in reverse order on destroy. */
  cleanups: (() => void)[];
}

export function mountApp(mount: MountOptions): AppHandle {
  const { options } = mount;
  const colorScheme = windowOf(mount).matchMedia("(prefers-color-scheme: dark)");
  const themeNow = () => resolveTheme(options.theme, colorScheme.matches);
  const instance: Instance = {
    dataset: null,
    view: null,
    theme: themeNow(),
    asOf: options.asOf,
    store: null,
    panel: null,
    time: null,
    picture: null,
    popups: null,
    liveMap: null,
    liveReady: false,
    camera: null,
    downloads: null,
    words: null,
    destroyed: false,
    cleanups: [],
  };
  mount.onTheme?.(instance.theme);
  // The panel's heading shows at once; the list, legend and chart follow with the data.
  const doc = mount.panelContainer.ownerDocument;
  const heading = createI18n(options.lang).t("list.heading");
  mount.panelContainer.replaceChildren(el(doc, "h2", { class: "panel-heading", text: heading }));
  watchEscape(mount, instance);
  if (options.theme === "auto") watchColorScheme(colorScheme, themeNow, mount, instance);
  const handle: AppHandle = {
    mapView: null,
    interactive: Promise.resolve(),
    ready: Promise.resolve(),
    select: (id, source = "api") => instance.store?.select(id, source),
    fitAll: () => instance.liveMap?.fitAll(),
    setAsOf(asOf) {
      instance.asOf = asOf;
      showView(mount, instance);
    },
    setCamera(camera) {
      instance.camera = camera;
      flyToCamera(instance);
    },
    highlight: (id) => instance.store?.highlight(id),
    announce: (text) => instance.words?.announcer.say(text),
    view: () => instance.view,
    selectedId: () => instance.store?.get().selectedId ?? null,
    kindOf(id) {
      const { dataset } = instance;
      if (dataset?.sites.some((s) => s.properties.id === id)) return "site";
      if (dataset?.headquarters.some((h) => h.properties.id === id)) return "company";
      return null;
    },
    destroy() {
      instance.destroyed = true;
      for (const cleanup of instance.cleanups.splice(0).reverse()) cleanup();
      instance.liveMap?.destroy();
      instance.downloads?.destroy();
      instance.words?.destroy();
      instance.popups?.destroy();
      instance.picture?.destroy();
      instance.time?.destroy();
      instance.panel?.destroy();
      instance.liveMap = instance.panel = instance.time = instance.popups = instance.picture = null;
      instance.downloads = instance.words = null;
      handle.mapView = null;
    },
  };
  let interactive = () => {};
  handle.interactive = new Promise<void>((resolve) => {
    interactive = resolve;
  });
  handle.ready = run(mount, instance, handle, interactive);
  // Without data nothing becomes interactive: a failed start leaves `interactive` pending, as `ready` reports.
  return handle;
}

/** The view for the instance's theme and date. */
const viewOf = (mount: MountOptions, instance: Instance, dataset: Dataset): View =>
  buildView(dataset, { lang: mount.options.lang, theme: instance.theme, asOf: instance.asOf ?? undefined });

/** The view's date on the map, where the element asked for it (a story's map, whose time control is hidden). */
function showDate(mount: MountOptions, view: View) {
  if (mount.dateLabel) mount.dateLabel.textContent = view.credits.asOf;
}

/**
 * Rebuilds the view for the instance's theme and date and shows it in every view; a selection that does not
 * exist at the new date is closed.
 */
function showView(mount: MountOptions, instance: Instance) {
  if (!instance.dataset) return;
  const view = viewOf(mount, instance, instance.dataset);
  instance.view = view;
  showDate(mount, view);
  instance.panel?.setView(view);
  instance.time?.setTime(view.time);
  instance.picture?.setView(view);
  instance.popups?.setView(view);
  instance.words?.setView(view);
  void instance.liveMap?.setView(view);
  const selected = instance.store?.get().selectedId;
  if (selected && !view.isKnown(selected)) instance.store?.select(null, "api");
}

/** The pipeline itself; each stage stops if the instance was destroyed while it waited. */
async function run(mount: MountOptions, instance: Instance, handle: AppHandle, interactive: () => void) {
  const { options } = mount;
  const base = assetBase();
  const dataset = await loadDataset(base, fetch, mount.dataFiles);
  if (instance.destroyed) return;
  const view = viewOf(mount, instance, dataset);
  // What is known depends on the date shown: a site announced later does not exist yet.
  const store = createStore((id) => instance.view?.isKnown(id) ?? false);
  Object.assign(instance, { dataset, view, store });
  showDate(mount, view);
  instance.panel = createPanel({
    container: mount.panelContainer,
    creditsContainer: mount.creditsContainer,
    view,
    store,
  });
  instance.time = createTimeControl({
    container: mount.timeContainer,
    time: view.time,
    onChange(asOf) {
      // The edition's own step means "the latest": the default, which a link need not carry.
      instance.asOf = asOf === dataset.edition.asOf ? null : asOf;
      showView(mount, instance);
      mount.onAsOf?.(instance.asOf);
    },
  });
  instance.cleanups.push(wireStore(store, mount, instance));
  const popups = mountDetails(mount, instance, view, store);
  instance.words = createMapWords({
    region: mount.mapContainer,
    area: mount.mapArea,
    view,
    store,
    detailsOpen: () => Boolean(store.get().selectedId),
    // In a story the date moves only with the steps, whose own summary says what changed.
    announceDates: !mount.story,
  });
  if (mount.downloadsContainer) mountDownloads(mount.downloadsContainer, mount, instance, dataset);
  interactive();
  if (options.site && !view.isKnown(options.site))
    console.warn(`ai-infra-map: unknown site "${options.site}", showing the default view`);
  // A shared link restores its camera from the hash (read before MapLibre writes its own there).
  const restoring = mount.urlState && /^#\d/.test(windowOf(mount).location.hash);
  if (options.site) store.select(options.site, restoring ? "restore" : "url");

  if (!mount.liveMapModule) throw new WebGLUnavailableError();
  // What the reader sees and asked for (the list, details opened on the picture) is painted before the live
  // map's heavy start takes the main thread for a while.
  await afterNextFrame(windowOf(mount));
  const { mountLiveMap } = await mount.liveMapModule;
  if (instance.destroyed) return;
  const liveMap = await mountLiveMap({
    container: mount.mapContainer,
    fullscreenContainer: mount.fullscreenContainer,
    view,
    store,
    onlineStyleUrl: options.basemap,
    basemapUrl: (file) => assetUrl(file, base),
    cooperativeGestures: mount.cooperativeGestures,
    interactive: mount.interactive,
    hash: mount.urlState,
    reducedMotion: () => reducedMotion(mount),
    onFault: (fault) => {
      if (instance.destroyed) return;
      // While the browser holds the graphics context the picture is the map again, and the details follow it.
      if (fault.kind === "context-lost" && instance.picture) popups.setHost(instance.picture.host);
      if (fault.kind === "context-restored" && instance.liveMap) popups.setHost(instance.liveMap.host);
      mount.onFault?.(fault);
    },
    onSeveral: (ids, lngLat) => popups.choose(ids, lngLat),
    onNothing: () => popups.dismiss(),
  });
  if (instance.destroyed) {
    liveMap.destroy();
    return;
  }
  instance.liveMap = liveMap;
  handle.mapView = liveMap.mapView;
  // The theme or the date may have changed while the map was starting: show what is asked for now.
  if (instance.view !== view) showView(mount, instance);
  await liveMap.ready;
  if (instance.destroyed) return;
  // The live map shows the picture's frame: open details stay where they are, now following its camera.
  popups.setHost(liveMap.host);
  instance.liveReady = true;
  flyToCamera(instance);
}

/** Flies to the camera asked for, once the live map has drawn; the picture keeps its one view meanwhile. */
function flyToCamera(instance: Instance) {
  const { camera, liveMap, view } = instance;
  if (!camera || !liveMap || !instance.liveReady || !view) return;
  instance.camera = null;
  const target = cameraTarget(camera, view);
  if (target) liveMap.flyTo(target, STEP_FLIGHT_MS);
}

/**
 * The download buttons: the picture of the map as the reader sees it, and the figures of the date shown. Each
 * reads the instance's view when clicked, so both follow the time control and the theme.
 */
function mountDownloads(container: HTMLElement, mount: MountOptions, instance: Instance, dataset: Dataset) {
  const doc = container.ownerDocument;
  const { lang, headline } = mount.options;
  const i18n = createI18n(lang);
  const base = i18n.t("download.file");
  instance.downloads = createDownloadControls({
    container,
    i18n,
    async onImage() {
      const live = instance.liveReady ? instance.liveMap : null;
      // The caption names the date the picture shows: the live map's view, or what the static picture has been
      // redrawn for (its redrawing may still be on its way, or have failed: then it is the edition's).
      const shown = instance.picture?.shownAsOf();
      const view =
        live && instance.view
          ? instance.view
          : buildView(dataset, { lang, theme: instance.theme, ...(shown ? { asOf: shown } : {}) });
      const { picture } = mount;
      if (!live && !picture) throw new Error("ai-infra-map: no picture to download");
      const source = live
        ? await live.mapView.snapshot(PICTURE_SCALE)
        : await pictureImage(picture as HTMLElement);
      const box = mount.mapContainer;
      const png = await renderPicture(doc, {
        source,
        width: box.clientWidth,
        height: box.clientHeight,
        title: headline ?? i18n.t("app.title"),
        caption: view.caption,
        flavor: view.flavor,
      });
      saveFile(doc, fileName(base, view.asOf, "png"), png);
    },
    onData() {
      const view = instance.view;
      if (!view) return;
      const csv = tableCsv(view.table(), lang);
      saveFile(doc, fileName(base, view.asOf, "csv"), new Blob([csv], { type: "text/csv;charset=utf-8" }));
    },
  });
}

/**
 * The details and the chooser, on the picture until the live map takes over. Without a picture (an element
 * with no static content) they point at the middle of the map area until then.
 */
function mountDetails(mount: MountOptions, instance: Instance, view: View, store: Store): Popups {
  const doc = mount.mapArea.ownerDocument;
  const surface = createSurface({
    doc,
    area: mount.mapArea,
    closeLabel: view.i18n.t("popup.close"),
    mapHeight: () => mount.mapContainer.clientHeight,
    sheets: !mount.story,
  });
  let popups: Popups | null = null;
  const picture = mount.picture
    ? createPictureMap({
        area: mount.mapArea,
        picture: mount.picture,
        store,
        view,
        onSeveral: (ids, lngLat) => popups?.choose(ids, lngLat),
        onNothing: () => popups?.dismiss(),
      })
    : null;
  const box = mount.mapContainer;
  const middle = () => ({ x: box.clientWidth / 2, y: box.clientHeight / 2 });
  const host: DetailsHost = picture?.host ?? {
    project: middle,
    onViewChange: () => () => {},
    reveal: middle,
    width: () => box.clientWidth,
    height: () => box.clientHeight,
  };
  popups = createPopups({ doc, host, surface, store, view });
  Object.assign(instance, { picture, popups });
  return popups;
}

const windowOf = (mount: MountOptions) => mount.mapContainer.ownerDocument.defaultView ?? window;
const reducedMotion = (mount: MountOptions) =>
  windowOf(mount).matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * Tells the element about every change of the selection, and returns keyboard users to the list row they
 * came from when the popup they opened from it closes (its button, Escape, a click elsewhere).
 */
function wireStore(store: Store, mount: MountOptions, instance: Instance): () => void {
  let openedFromList: string | null = null;
  return store.subscribe((state: State, previous: State) => {
    if (state.selectedId === previous.selectedId) return;
    mount.onSelect?.(state.selectedId, state.selectionSource);
    if (state.selectedId) {
      openedFromList = state.selectionSource === "list" ? state.selectedId : null;
      return;
    }
    if (openedFromList && previous.selectedId === openedFromList) instance.panel?.focus(openedFromList);
    openedFromList = null;
  });
}

/** Escape anywhere in the instance closes the details or the chooser. */
function watchEscape(mount: MountOptions, instance: Instance) {
  const target = mount.fullscreenContainer;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    const store = instance.store;
    if (instance.popups?.dismiss()) event.stopPropagation();
    else if (store?.get().selectedId) {
      event.stopPropagation();
      store.select(null, "popup");
    }
  };
  target.addEventListener("keydown", onKeyDown);
  instance.cleanups.push(() => target.removeEventListener("keydown", onKeyDown));
}

/** With theme "auto", a change of the reader's system setting rebuilds the view and restyles every view. */
function watchColorScheme(
  query: MediaQueryList,
  themeNow: () => ThemeName,
  mount: MountOptions,
  instance: Instance,
) {
  const onChange = () => {
    const next = themeNow();
    if (next === instance.theme) return;
    instance.theme = next;
    mount.onTheme?.(next);
    showView(mount, instance);
  };
  query.addEventListener("change", onChange);
  instance.cleanups.push(() => query.removeEventListener("change", onChange));
}
