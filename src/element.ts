/**
 * The public custom element `<ai-infra-map>`. It renders into an open shadow root, so a host page's styles
 * cannot break it and its styles cannot leak out, and it reflects its life cycle in `data-state`.
 *
 * Only an element with the `url-state` attribute (the standalone page, or the page inside the iframe embed)
 * reads and writes the page's URL and `<html lang>`; an element embedded in someone else's article never
 * touches that page's URL, history or language.
 */
import maplibreCss from "maplibre-gl/dist/maplibre-gl.css?inline";
import { type AppHandle, mountApp } from "./app.ts";
import { type AppOptions, type GesturesOption, parseOptions } from "./config.ts";
import { el } from "./dom.ts";
import elementCss from "./element.css?inline";
import { createI18n } from "./i18n/index.ts";
import { registerDocumentFonts } from "./map/fonts.ts";

export type ElementState = "static" | "loading" | "ready" | "error";

const OPTION_ATTRIBUTES = ["lang", "theme", "site", "gestures", "basemap", "height"] as const;

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
      sheet.replaceSync(`${maplibreCss}\n${elementCss}`);
      root.adoptedStyleSheets = [sheet];
    }
    registerDocumentFonts(this.ownerDocument);
    if (!this.dataset.state) this.#setState("static");
    this.#start();
  }

  disconnectedCallback() {
    this.#listeners?.abort();
    this.#listeners = null;
    this.#app?.destroy();
    this.#app = null;
    this.#ready = null;
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
    const params = new URLSearchParams(this.ownerDocument.location.search);
    return parseOptions(
      Object.fromEntries(OPTION_ATTRIBUTES.map((name) => [name, params.get(name)])),
      warn,
      "url",
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
    if (previous === next || !this.#app) return;
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
    if (this.#app || !this.shadowRoot || !this.isConnected) return;
    const root = this.shadowRoot;
    const doc = this.ownerDocument;
    const win = doc.defaultView ?? window;
    const options = this.#readOptions();
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
    frame.append(
      el(doc, "div", { class: "map-area" }, mapContainer),
      el(doc, "div", { class: "panel" }, toggle, panelBody),
    );
    root.replaceChildren(frame);
    this.#setState("loading");
    const app = mountApp({
      options,
      mapContainer,
      panelContainer: panelBody,
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
    });
    this.#app = app;
    this.#ready = app.ready.then(
      () => {
        if (this.#app !== app) return;
        this.#setState("ready");
        this.dispatchEvent(new CustomEvent("ready"));
      },
      (error: unknown) => {
        if (this.#app !== app) return;
        this.#setState("error");
        console.error(error);
        this.dispatchEvent(new CustomEvent("error", { detail: { error } }));
        throw error;
      },
    );
    // The element reports failures through its state and event; the promise is there for those who ask.
    this.#ready.catch(() => {});
  }
}

export function defineElement(registry: CustomElementRegistry = customElements) {
  if (!registry.get("ai-infra-map")) registry.define("ai-infra-map", AiInfraMapElement);
}
