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
import elementCss from "./element.css?inline";
import { registerDocumentFonts } from "./map/fonts.ts";

export type ElementState = "static" | "loading" | "ready" | "error";

const OPTION_ATTRIBUTES = ["lang", "theme", "site", "gestures", "basemap"] as const;

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

  #start() {
    if (this.#app || !this.shadowRoot || !this.isConnected) return;
    const root = this.shadowRoot;
    const doc = this.ownerDocument;
    const win = doc.defaultView ?? window;
    const options = this.#readOptions();
    this.#options = options;
    this.lang = options.lang;
    if (this.hasAttribute("url-state")) doc.documentElement.lang = options.lang;
    const mapContainer = doc.createElement("div");
    mapContainer.className = "map";
    const listContainer = doc.createElement("div");
    listContainer.className = "list";
    root.replaceChildren(mapContainer, listContainer);
    this.#setState("loading");
    const app = mountApp({
      options,
      mapContainer,
      listContainer,
      cooperativeGestures: useCooperativeGestures(options.gestures, win),
      onFlavor: (flavor) => {
        this.dataset.theme = flavor.name;
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
