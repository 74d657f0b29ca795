/**
 * The public custom element `<ai-infra-map>`. It renders into an open shadow root, so a host page's styles
 * cannot break it and its styles cannot leak out, and it reflects its life cycle in `data-state`.
 *
 * Only an element with the `url-state` attribute (the standalone page, or the page inside the iframe embed)
 * reads and writes the page's URL and `<html lang>`; an element embedded in someone else's article never
 * touches that page's URL, history or language.
 */
import maplibreCssUrl from "maplibre-gl/dist/maplibre-gl.css?url";
import type { AppHandle, FaultKind } from "./app.ts";
import { assetBase } from "./assets.ts";
import { type AppOptions, type GesturesOption, parseOptions } from "./config.ts";
import { fetchGeoFiles } from "./data/files.ts";
import { el } from "./dom.ts";
import elementCss from "./element.css?inline";
import { createI18n } from "./i18n/index.ts";
import type { MapFault } from "./map/create-map.ts";
import { registerDocumentFonts, UI_FONT_FAMILY } from "./map/fonts.ts";

export type ElementState = "static" | "loading" | "ready" | "error";

const OPTION_ATTRIBUTES = [
  "lang",
  "theme",
  "site",
  "gestures",
  "basemap",
  "height",
  "headline",
  "standfirst",
] as const;

/** At or below this width (px) the panel starts collapsed under the map, as on a phone. */
const NARROW_WIDTH = 400;

/** Cooperative gestures (Ctrl + wheel to zoom) unless the map is a page of its own that does not scroll. */
export function useCooperativeGestures(mode: GesturesOption, win: Window): boolean {
  if (mode === "cooperative") return true;
  if (mode === "greedy" || mode === "none") return false;
  const inFrame = win !== win.top;
  const root = win.document.scrollingElement;
  const pageScrolls = root ? root.scrollHeight > win.innerHeight + 1 : true;
  return inFrame || pageScrolls;
}

/** The performance mark set when the static picture counts as painted and the live map may start loading. */
export const PICTURE_PAINTED_MARK = "ai-infra-map:picture-painted";

/**
 * Resolves once the element's static picture has been painted, so that MapLibre is requested only after it.
 * The picture marks itself (a snippet's `<img>`) or its labels (the inlined SVG) with
 * elementtiming="static-picture". Chromium reports that paint through Element Timing. Firefox and WebKit have
 * no Element Timing: there the picture counts as painted once it is decoded and the next frame has been
 * rendered. No timer stands in for a report that never comes; a reader would wait for it on every load.
 */
export function picturePainted(host: HTMLElement, win: Window): Promise<void> {
  const timed = host.querySelector<Element>(
    '[slot="static"][elementtiming="static-picture"], [slot="static"] [elementtiming="static-picture"]',
  );
  if (!timed) return Promise.resolve();
  const img = timed.localName === "img" ? (timed as HTMLImageElement) : null;
  // A picture file that failed to load has nothing to paint.
  if (img?.complete && img.naturalWidth === 0) return Promise.resolve();
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes("element"))
    return elementTimingPaint(timed, img, win, Observer);
  return nextFrameAfterDecode(img, win);
}

/**
 * Chromium: the picture's Element Timing entry. A picture outside the viewport is not painted until it scrolls
 * in, and one that fails to load never is: both count as painted at once, as there is nothing to show first.
 */
function elementTimingPaint(
  timed: Element,
  img: HTMLImageElement | null,
  win: Window,
  Observer: typeof PerformanceObserver,
): Promise<void> {
  return new Promise((resolve) => {
    const listeners = new AbortController();
    const done = () => {
      observer.disconnect();
      visibility.disconnect();
      listeners.abort();
      resolve();
    };
    const observer = new Observer((list) => {
      const entries = list.getEntries() as (PerformanceEntry & { identifier?: string })[];
      if (entries.some((entry) => entry.identifier === "static-picture")) done();
    });
    observer.observe({ type: "element", buffered: true });
    const visibility = new (win as Window & typeof globalThis).IntersectionObserver((entries) => {
      if (entries.some((entry) => !entry.isIntersecting)) done();
    });
    visibility.observe(timed);
    img?.addEventListener("error", done, { signal: listeners.signal });
  });
}

/** Firefox and WebKit: the picture decoded, then one frame rendered (the task after an animation frame). */
async function nextFrameAfterDecode(img: HTMLImageElement | null, win: Window): Promise<void> {
  // A picture that cannot be decoded has nothing to paint; the map starts all the same.
  await img?.decode().catch(() => {});
  await new Promise<void>((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

/** The optional title and standfirst above the map, as text; nothing when neither is set. */
function heading(doc: Document, options: AppOptions): HTMLElement | null {
  if (!options.headline && !options.standfirst) return null;
  return el(
    doc,
    "header",
    { class: "heading" },
    options.headline &&
      el(doc, "p", {
        class: "headline",
        text: options.headline,
        attrs: { role: "heading", "aria-level": "2" },
      }),
    options.standfirst && el(doc, "p", { class: "standfirst", text: options.standfirst }),
  );
}

export class AiInfraMapElement extends HTMLElement {
  static readonly observedAttributes = [...OPTION_ATTRIBUTES];
  #app: AppHandle | null = null;
  #ready: Promise<void> | null = null;
  #options: AppOptions | null = null;
  /** Aborting it removes every listener this element added to its own DOM. */
  #listeners: AbortController | null = null;

  /** The maplibregl.Map once started, else null. */
  get map() {
    return this.#app?.mapView?.map ?? null;
  }

  /** Resolves when the map is ready; reading it starts a map that has not started yet. */
  get ready(): Promise<void> {
    this.#start();
    return this.#ready ?? Promise.resolve();
  }

  /** The options in effect, after attributes, URL parameters and defaults. */
  get options(): Readonly<AppOptions> | null {
    return this.#options;
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(elementCss);
      root.adoptedStyleSheets = [sheet];
    }
    registerDocumentFonts(this.ownerDocument);
    if (!this.dataset.state) this.#setState("static");
    this.#waitForReader();
  }

  /**
   * The static picture is shown at once; MapLibre (the heavy part) starts only when the map nears the viewport
   * or the reader interacts with it, so an article that never reaches the map never pays for it.
   */
  #waitForReader() {
    // Already starting or started (the app module may still be loading, with #app not yet set).
    if (this.#ready) return;
    this.#options ??= this.#readOptions();
    this.#showPicture(this.#options);
    this.#listeners?.abort();
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    const start = () => this.#start();
    for (const type of ["pointerdown", "focusin", "keydown"])
      this.addEventListener(type, start, { once: true, signal });
    const win = this.ownerDocument.defaultView;
    if (!win || !("IntersectionObserver" in win)) {
      start();
      return;
    }
    // Seen (or nearly): start once the static picture is on screen, so MapLibre is not even requested before.
    const afterPaint = () => {
      void picturePainted(this, win).then(() => {
        if (signal.aborted) return;
        // A mark in the page's performance timeline, for tests and profiles: the picture was painted here.
        win.performance?.mark?.(PICTURE_PAINTED_MARK);
        start();
      });
    };
    const observer = new win.IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          afterPaint();
        }
      },
      { rootMargin: "300px" },
    );
    observer.observe(this);
    signal.addEventListener("abort", () => observer.disconnect());
  }

  /**
   * Before the map starts: only the static picture (from the light DOM) at the map's size, in the theme the
   * map will have. An inlined picture is recoloured by CSS (data-theme); a snippet's picture file is swapped
   * for its dark twin (map-de.svg → map-de-dark.svg).
   */
  #showPicture(options: AppOptions) {
    const root = this.shadowRoot;
    if (!root || root.querySelector(".frame")) return;
    const doc = this.ownerDocument;
    const win = doc.defaultView;
    const dark =
      options.theme === "dark" ||
      (options.theme === "auto" && Boolean(win?.matchMedia?.("(prefers-color-scheme: dark)").matches));
    this.dataset.theme = dark ? "dark" : "light";
    const img = this.querySelector<HTMLImageElement>(':scope > img[slot="static"]');
    const src = img?.getAttribute("src");
    if (img && src && dark && /\/map-[a-z]{2}\.svg$/.test(src)) img.src = src.replace(/\.svg$/, "-dark.svg");
    const slot = doc.createElement("slot");
    slot.name = "static";
    const area = el(doc, "div", { class: "map-area" }, el(doc, "div", { class: "map" }), slot);
    root.replaceChildren(el(doc, "div", { class: "frame" }, heading(doc, options), area));
  }

  disconnectedCallback() {
    this.#listeners?.abort();
    this.#listeners = null;
    this.#app?.destroy();
    this.#app = null;
    this.#ready = null;
    this.#options = null;
    this.shadowRoot?.replaceChildren();
    this.#setState("static");
  }

  #setState(state: ElementState) {
    this.dataset.state = state;
  }

  #readOptions(): AppOptions {
    const warn = (message: string) => console.warn(message);
    const fromAttributes = parseOptions(
      Object.fromEntries(OPTION_ATTRIBUTES.map((name) => [name, this.getAttribute(name)])),
      warn,
      "attribute",
    );
    if (!this.hasAttribute("url-state")) return fromAttributes;
    const win = this.ownerDocument.defaultView;
    const params = new URLSearchParams(this.ownerDocument.location.search);
    const inFrame = Boolean(win && win !== win.top);
    return parseOptions(
      Object.fromEntries(OPTION_ATTRIBUTES.map((name) => [name, params.get(name)])),
      warn,
      inFrame ? "frame-url" : "url",
      fromAttributes,
    );
  }

  /** Selects a site or company by its geo/ id (null closes the details); starts the map if needed. */
  select(id: string | null): void {
    this.#start();
    void this.ready.then(() => this.#app?.select(id));
  }

  /** Fits the map to every site and headquarters. */
  fitAll(): void {
    this.#app?.fitAll();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null) {
    // A changed option restarts the instance; before the first start there is nothing to restart.
    if (previous === next || !this.#ready) return;
    this.#restart();
  }

  /** Tears the instance down and starts it again, reloading whatever failed. */
  #restart() {
    this.disconnectedCallback();
    this.#start();
  }

  /** Writes the selection into ?site=, keeping the camera hash that MapLibre maintains. */
  #writeUrl(id: string | null) {
    const win = this.ownerDocument.defaultView;
    if (!win || !this.hasAttribute("url-state")) return;
    const url = new URL(win.location.href);
    if (id) url.searchParams.set("site", id);
    else url.searchParams.delete("site");
    win.history.replaceState(win.history.state, "", url);
  }

  #start() {
    if (this.#ready || !this.shadowRoot || !this.isConnected) return;
    const root = this.shadowRoot;
    const doc = this.ownerDocument;
    const win = doc.defaultView ?? window;
    // The options read while waiting for the reader, or fresh ones after an attribute changed.
    const options = this.#options ?? this.#readOptions();
    this.#options = options;
    this.lang = options.lang;
    const urlState = this.hasAttribute("url-state");
    if (urlState) doc.documentElement.lang = options.lang;
    const i18n = createI18n(options.lang);
    const frame = el(doc, "div", { class: "frame" });
    const mapContainer = el(doc, "div", {
      class: "map",
      attrs: { role: "region", "aria-label": i18n.t("app.mapLabel") },
    });
    if (options.height !== null) this.style.setProperty("--aim-map-height", `${options.height}px`);
    else this.style.removeProperty("--aim-map-height");
    const collapsed = this.getBoundingClientRect().width <= NARROW_WIDTH;
    const panelBody = el(doc, "div", { class: "panel-body", attrs: { id: "panel-body" } });
    panelBody.hidden = collapsed;
    const toggle = el(doc, "button", {
      class: "panel-toggle",
      text: i18n.t("list.toggle"),
      attrs: { type: "button", "aria-expanded": String(!collapsed), "aria-controls": "panel-body" },
    });
    // The start triggers have done their work; from here on the signal carries the instance's own listeners.
    this.#listeners?.abort();
    this.#listeners = new AbortController();
    toggle.addEventListener(
      "click",
      () => {
        const expanded = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(expanded));
        panelBody.hidden = !expanded;
      },
      { signal: this.#listeners.signal },
    );
    const slot = doc.createElement("slot");
    slot.name = "static";
    const message = el(doc, "p", { class: "map-message", attrs: { role: "alert" } });
    const retry = el(doc, "button", {
      class: "retry",
      text: i18n.t("app.error.retry"),
      attrs: { type: "button" },
    });
    retry.addEventListener("click", () => this.#restart(), { signal: this.#listeners.signal });
    const fault = el(doc, "div", { class: "map-fault" }, message, retry);
    fault.hidden = true;
    const credits = el(doc, "div", { class: "credits" });
    const header = heading(doc, options);
    if (header) frame.append(header);
    frame.append(
      el(doc, "div", { class: "map-area" }, mapContainer, slot, fault),
      el(doc, "div", { class: "panel" }, toggle, panelBody),
      credits,
    );
    // MapLibre's own styles load with MapLibre, as a file: the static picture needs none of them. A link in the
    // shadow root applies only inside it, and the element's adopted sheet still wins over it.
    const maplibreStyles = el(doc, "link", { attrs: { rel: "stylesheet", href: maplibreCssUrl } });
    const stylesLoaded = new Promise<void>((resolve) => {
      // Without its styles the map still works, with plainer controls; that is no reason to fail.
      for (const type of ["load", "error"])
        maplibreStyles.addEventListener(type, () => resolve(), { once: true });
    });
    root.replaceChildren(maplibreStyles, frame);
    this.#setState("loading");
    // MapLibre and the rest of the app load only now, so the static picture paints without waiting for them.
    /**
     * Tells the reader what failed, in their language, with a retry; tells the page through the error event.
     * A fatal fault leaves the picture and the list; a passing one (a font, a detail file) leaves the map too.
     */
    let reported = false;
    const report = (kind: FaultKind, error: unknown, fatal: boolean) => {
      if (fatal) this.#setState("error");
      message.textContent = i18n.t(`app.error.${kind}`);
      fault.hidden = false;
      // Without its data or its script the interactive list cannot be built; the list the build wrote into the
      // page (the element's plain content) shows in its place.
      if ((kind === "data" || (fatal && !this.#app)) && !panelBody.querySelector("slot"))
        panelBody.append(doc.createElement("slot"));
      if (fatal) console.error(error);
      else console.warn(error);
      if (!reported || fatal) this.dispatchEvent(new CustomEvent("error", { detail: { kind, error } }));
      reported = true;
    };
    // The interface font is the map's label font too: if its files fail, both fall back to system fonts. The
    // failure may have happened already, while the picture was showing.
    const fontFailed = () =>
      report("font", new Error(`ai-infra-map: the font ${UI_FONT_FAMILY} could not be loaded`), false);
    const fontStatus = registerDocumentFonts(doc);
    if (fontStatus.failed) fontFailed();
    fontStatus.addEventListener("failed", fontFailed, { signal: this.#listeners.signal });
    let contextLost = false;
    const onFault = (mapFault: MapFault) => {
      if (mapFault.kind === "context-restored") {
        // The browser gave the graphics context back and MapLibre redraws: the map is whole again.
        if (contextLost && this.dataset.state === "error") {
          contextLost = false;
          fault.hidden = true;
          this.#setState("ready");
        }
        return;
      }
      if (mapFault.kind === "context-lost") {
        contextLost = true;
        report("context-lost", new Error("ai-infra-map: the browser took the WebGL context away"), true);
        return;
      }
      report(mapFault.kind, mapFault.error, false);
    };
    // The data files are small and the app's script is large: both travel at once.
    const dataFiles = fetchGeoFiles(assetBase());
    const started = Promise.all([import("./app.ts"), stylesLoaded]).then(
      ([module]) => {
        if (this.#ready !== started) return;
        const app = module.mountApp({
          options,
          mapContainer,
          panelContainer: panelBody,
          creditsContainer: credits,
          fullscreenContainer: frame,
          cooperativeGestures: useCooperativeGestures(options.gestures, win),
          interactive: options.gestures !== "none",
          urlState,
          onFlavor: (flavor) => {
            this.dataset.theme = flavor.name;
          },
          onSelect: (id, source) => {
            if (source !== "restore") this.#writeUrl(id);
            this.dispatchEvent(new CustomEvent("select", { detail: { id } }));
          },
          onFault,
          dataFiles,
        });
        this.#app = app;
        return app.ready.then(
          () => {
            if (this.#app !== app) return;
            this.#setState("ready");
            this.dispatchEvent(new CustomEvent("ready"));
          },
          (error: unknown) => {
            if (this.#app !== app) return;
            // The reader gets a sentence in their language; the picture and the list stay usable.
            report(module.faultKindOf(error), error, true);
            throw error;
          },
        );
      },
      (error: unknown) => {
        // The app's own script could not be loaded (a missing file, a network failure).
        if (this.#ready === started) report("map", error, true);
        throw error;
      },
    );
    this.#ready = started;
    // The element reports failures through its state and event; the promise is there for those who ask.
    this.#ready.catch(() => {});
  }
}

export function defineElement(registry: CustomElementRegistry = customElements) {
  if (!registry.get("ai-infra-map")) registry.define("ai-infra-map", AiInfraMapElement);
}
