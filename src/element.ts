/**
 * The public custom element `<ai-infra-map>`. It renders into an open shadow root, so a host page's styles
 * cannot break it and its styles cannot leak out, and it reflects its life cycle in `data-state`.
 */
import maplibreCss from "maplibre-gl/dist/maplibre-gl.css?inline";
import { type AppHandle, mountApp } from "./app.ts";
import { parseOptions } from "./config.ts";
import elementCss from "./element.css?inline";
import { registerDocumentFonts } from "./map/fonts.ts";

export type ElementState = "static" | "loading" | "ready" | "error";

export class AiInfraMapElement extends HTMLElement {
  static readonly observedAttributes = ["lang", "theme", "site", "gestures"];
  #app: AppHandle | null = null;
  #ready: Promise<void> | null = null;

  /** The maplibregl.Map once started, else null. */
  get map() {
    return this.#app?.mapView?.map ?? null;
  }

  /** Resolves when the map is ready; reading it starts a map that has not started yet. */
  get ready(): Promise<void> {
    this.#start();
    return this.#ready ?? Promise.resolve();
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

  #start() {
    if (this.#app || !this.shadowRoot) return;
    const root = this.shadowRoot;
    const doc = this.ownerDocument;
    const options = parseOptions(
      Object.fromEntries(AiInfraMapElement.observedAttributes.map((name) => [name, this.getAttribute(name)])),
      (message) => console.warn(message),
    );
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
      prefersDark: doc.defaultView?.matchMedia("(prefers-color-scheme: dark)").matches ?? false,
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
