/**
 * The public custom element `<ai-infra-map>`. It renders into an open shadow root, so a host page's styles
 * cannot break it and its styles cannot leak out, and it reflects its life cycle in `data-state`.
 *
 * Only an element with the `url-state` attribute (the standalone page, or the page inside the iframe embed)
 * reads and writes the page's URL and `<html lang>`; an element embedded in someone else's article never
 * touches that page's URL, history or language.
 */
import type { AppHandle } from "../app/app.ts";
import { assetBase } from "../assets.ts";
import type { FaultKind } from "../contract/faults.ts";
import { type AppOptions, parseOptions } from "../contract/options.ts";
import { fetchGeoFiles } from "../data/files.ts";
import { el } from "../dom/dom.ts";
import { createI18n, loadWords } from "../i18n/index.ts";
import { registerDocumentFonts } from "../map/fonts.ts";
import { webglAvailable } from "../map/webgl.ts";
import type { State } from "../state/store.ts";
import { catchEarlyChoices, type EarlyChoice, tapAgain, tappedBeforeScript } from "./early-choices.ts";
import elementCss from "./element-css.ts";
import { createFaultReporter, type FaultReporter } from "./fault.ts";
import { createMapFaultWatch, watchFont } from "./fault-watch.ts";
import { OPTION_ATTRIBUTES, readOptions, useCooperativeGestures } from "./options.ts";
import { dressPicture } from "./picture-before-map.ts";
import { pinnedChannel } from "./release-channel.ts";
import { createShell, type Shell } from "./shell.ts";
import { clearTapHash, followLanguage, ownsUrl, writeUrlState } from "./url-state.ts";
import { waitForReader } from "./wait-for-reader.ts";

export type ElementState = "static" | "loading" | "ready" | "error";

export class AiInfraMapElement extends HTMLElement {
  static readonly observedAttributes = [...OPTION_ATTRIBUTES, "story"];
  #app: AppHandle | null = null;
  #ready: Promise<void> | null = null;
  #options: AppOptions | null = null;
  /** The element's DOM, built once; see shell.ts. */
  #shell: Shell | null = null;
  #faults: FaultReporter | null = null;
  /** Aborting it removes every listener the current wait or start added. */
  #listeners: AbortController | null = null;

  /** The maplibregl.Map once started, else null: the documented escape hatch for integrators. */
  get map() {
    return this.#app?.mapView?.mapForIntegrators ?? null;
  }

  /** Resolves when the map is ready; reading it starts a map that has not started yet. */
  get ready(): Promise<void> {
    this.#start();
    return this.#ready ?? Promise.resolve();
  }

  /** The options in effect, after attributes, URL parameters and defaults; the date is the one shown now. */
  get options(): Readonly<AppOptions> | null {
    if (!this.#options || !this.#app) return this.#options;
    return { ...this.#options, asOf: this.#app.store.get().asOf };
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
    this.#adoptEarlyTap();
  }

  /**
   * A tap on the picture before this script had arrived followed the link to its site (#aim-<id>): that choice
   * is not lost, the map opens the site as soon as it can. The page's own URL is tidied only where the element
   * owns it (url-state); an article's address is left as the reader's browser made it.
   */
  #adoptEarlyTap() {
    const win = this.ownerDocument.defaultView;
    const id = win && tappedBeforeScript(this, win.location.hash);
    if (!win || !id) return;
    clearTapHash(this, win);
    this.#pending = { id };
    this.#start();
  }

  disconnectedCallback() {
    this.#early?.abort();
    this.#stop();
    this.#options = null;
    this.#shell?.destroy();
    this.#faults?.destroy();
    this.#shell = this.#faults = null;
  }

  /** The shell, built on first use: the picture's frame now, the whole instance once started. */
  #ensureShell(): Shell | null {
    const root = this.shadowRoot;
    if (!root) return null;
    if (!this.#shell) {
      const doc = this.ownerDocument;
      this.#faults = createFaultReporter({
        doc,
        onRetry: () => this.#restart(),
        onFatal: () => this.#setState("error"),
        dispatch: (detail) => this.dispatchEvent(new CustomEvent("error", { detail })),
      });
      this.#shell = createShell(root, doc, this.#faults.element);
    }
    return this.#shell;
  }

  /** Shows the static picture at once, and starts the map when the reader nears it (see wait-for-reader.ts). */
  #waitForReader() {
    // Already starting or started (the app module may still be loading, with #app not yet set).
    if (this.#ready) return;
    this.#options ??= readOptions(this);
    this.#showPicture(this.#options);
    this.#listeners?.abort();
    this.#listeners = new AbortController();
    // The picture's links are caught from now on; the wait may start the map at once.
    this.#catchEarlyChoices();
    waitForReader(this, this.#listeners.signal, () => this.#start());
  }

  /**
   * Before the map starts: only the static picture (from the light DOM) at the map's size, in the theme and
   * the language the map will have (see picture-before-map.ts). It needs none of the words, which load with
   * the start.
   */
  #showPicture(options: AppOptions) {
    const shell = this.#ensureShell();
    if (!shell) return;
    dressPicture(this, options);
    shell.update(options, this);
  }

  /** Stops the story this instance follows, if it follows one. */
  #stopStory: () => void = () => {};

  /** Ends the running instance (or the wait for a reader) and goes back to the picture alone. */
  #stop() {
    this.#stopStory();
    this.#stopStory = () => {};
    this.#listeners?.abort();
    this.#listeners = null;
    this.#app?.destroy();
    this.#app = null;
    this.#interactive = false;
    this.#ready = null;
    this.#mapFaults.reset();
    this.#shell?.reset();
    this.#faults?.clear();
    this.#setState("static");
  }

  #setState(state: ElementState) {
    this.dataset.state = state;
  }

  /** Selects a site or company by its geo/ id (null closes the details); starts the map if needed. */
  select(id: string | null): void {
    this.#start();
    if (this.#app && this.#interactive) this.#app.store.select(id, "api");
    else this.#pending = { id };
  }

  /** Whether the current app answers the reader yet (its list and details are up). */
  #interactive = false;
  /** A choice made before the app could answer (see early-choices.ts), opened as soon as it can. */
  #pending: EarlyChoice | null = null;
  /** Aborting it ends the watch for choices made on the picture before the app arrived. */
  #early: AbortController | null = null;

  /**
   * The picture's sites are links from the first paint. Until the app (which needs no MapLibre) has arrived,
   * a click or Enter on one is remembered here and the app starts; the app then opens that very site.
   */
  #catchEarlyChoices() {
    this.#early?.abort();
    this.#early = new AbortController();
    catchEarlyChoices(this, this.#early.signal, (choice) => {
      this.#pending = choice;
      this.#start();
    });
  }

  /** Fits the map to every site and headquarters. */
  fitAll(): void {
    this.#app?.fitAll();
  }

  /** The date the map shows the story as of, in the data's forms; null for the latest (the edition). */
  get asOf(): string | null {
    return this.#app ? this.#app.store.get().asOf : (this.#options?.asOf ?? null);
  }

  /**
   * Shows the story as of a date; null or "" shows the latest. A running map takes it as an intent (its store
   * reflects it to the as-of attribute); before the map starts, the attribute is where the start reads it.
   */
  set asOf(value: string | null) {
    if (this.#app) this.#app.store.setAsOf(readAsOf(value), "api");
    else this.#reflectAttribute("as-of", value || null);
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    // The element's own reflection of its store is no news to the store.
    if (this.#reflecting || previous === next || !this.#ready) return;
    // A new date is a new view of the same data, not a new instance.
    if (name === "as-of" && this.#app) {
      this.#app.store.setAsOf(readAsOf(next), "attribute");
      return;
    }
    // Any other changed option restarts the instance; before the first start there is nothing to restart.
    this.#restart();
  }

  /** True while the element writes an attribute that reflects its store. */
  #reflecting = false;

  #reflectAttribute(name: string, value: string | null) {
    if (this.getAttribute(name) === value) return;
    this.#reflecting = true;
    try {
      if (value === null) this.removeAttribute(name);
      else this.setAttribute(name, value);
    } finally {
      this.#reflecting = false;
    }
  }

  /**
   * The element reflects what its app's store holds: the theme on data-theme, the date on as-of, both in the
   * page's URL where it owns it, and the page hears of each change of selection and date by an event.
   */
  #reflect(state: State, previous: State | null) {
    if (state.theme !== previous?.theme) this.dataset.theme = state.theme;
    if (!previous) return;
    const selected = state.selectedId !== previous.selectedId;
    const dated = state.asOf !== previous.asOf;
    if (dated) this.#reflectAttribute("as-of", state.asOf);
    if ((selected && state.selectionSource !== "restore") || dated)
      writeUrlState(this, state.selectedId, state.asOf);
    if (selected) this.dispatchEvent(new CustomEvent("select", { detail: { id: state.selectedId } }));
    if (dated) this.dispatchEvent(new CustomEvent("asofchange", { detail: { asOf: state.asOf } }));
  }

  /** Tears the instance down and starts it again with fresh options, reloading whatever failed. */
  #restart() {
    this.#stop();
    this.#options = null;
    this.#start();
  }

  #start() {
    if (this.#ready || !this.isConnected) return;
    // After a restart the picture is the map again until the new app has arrived.
    if (!this.#early || this.#early.signal.aborted) this.#catchEarlyChoices();
    const shell = this.#ensureShell();
    const faults = this.#faults;
    if (!shell || !faults) return;
    const doc = this.ownerDocument;
    // The options read while waiting for the reader, or fresh ones after an attribute changed.
    const options = this.#options ?? readOptions(this);
    this.#options = options;
    this.lang = options.lang;
    followLanguage(this, options.lang);
    shell.update(options, this);
    // The start triggers have done their work; from here on the signal carries the instance's own listeners.
    this.#listeners?.abort();
    this.#listeners = new AbortController();
    this.#setState("loading");
    // The data files and the language's words are small and the app's script is large: all travel at once.
    // MapLibre and the rest of the app load only now, so the static picture paints without waiting for them.
    const dataFiles = fetchGeoFiles(assetBase());
    const words = loadWords(options.lang);
    const appModule = import("../app/app.ts");
    // MapLibre and its styles are requested at once, in parallel with the app and the data, where the live
    // map can run at all; the app answers the reader without waiting for them. The WebGL check (it creates a
    // context, tens of ms in a software renderer) runs while the app and the data are on their way.
    const liveMapModule = webglAvailable(doc)
      ? Promise.all([import("../app/live-map.ts"), shell.loadMaplibreStyles()]).then(([module]) => module)
      : null;
    // A failed request shows through the app's `ready`; here it must not count as unhandled.
    liveMapModule?.catch(() => {});
    const started: Promise<void> = Promise.all([appModule, words]).then(
      ([module]) => {
        if (this.#ready !== started) return;
        this.#begin(options);
        return this.#mount(module, options, dataFiles, liveMapModule);
      },
      // The app's own script or the words could not be loaded (a missing file, a network failure). The
      // reader is told in their language once its words have come; without them there is no sentence to
      // say, and the picture and the build's list stay.
      (error: unknown) =>
        words
          .then(
            () => this.#ready === started && this.#begin(options),
            () => this.#ready === started && faults.begin(null),
          )
          .then(() => {
            if (this.#ready === started) this.#report("map", error, true);
            throw error;
          }),
    );
    this.#ready = started;
    // The element reports failures through its state and event; the promise is there for those who ask.
    this.#ready.catch(() => {});
  }

  /**
   * What of the start speaks the reader's language, once its words have loaded: the map's labelled box, the
   * panel's toggle, the fault message; and the font's faults, which it says.
   */
  #begin(options: AppOptions) {
    const i18n = createI18n(options.lang);
    this.#shell?.start(i18n, this.getBoundingClientRect().width, this.hasAttribute("story"));
    this.#faults?.begin(i18n);
    const signal = this.#listeners?.signal;
    if (signal)
      watchFont(registerDocumentFonts(this.ownerDocument), signal, (kind, error, fatal) =>
        this.#report(kind, error, fatal),
      );
  }

  /** Mounts the app into the shell; resolves when it is ready, or reports why it could not start. */
  #mount(
    module: typeof import("../app/app.ts"),
    options: AppOptions,
    dataFiles: ReturnType<typeof fetchGeoFiles>,
    liveMapModule: Promise<typeof import("../app/live-map.ts")> | null,
  ) {
    const shell = this.#shell;
    if (!shell) return;
    const win = this.ownerDocument.defaultView ?? window;
    const app = module.mountApp({
      options,
      mapContainer: shell.mapContainer,
      mapArea: shell.mapArea,
      picture: this.querySelector<HTMLElement>(':scope > [slot="static"]'),
      liveMapModule,
      panelContainer: shell.panelBody,
      creditsContainer: shell.credits,
      downloadsContainer: options.downloads ? shell.downloads : null,
      fullscreenContainer: shell.frame,
      cooperativeGestures: useCooperativeGestures(options.gestures, win),
      interactive: options.gestures !== "none",
      urlState: ownsUrl(this),
      onFault: (fault) => this.#mapFaults.onFault(fault),
      timeContainer: shell.timeHost,
      dataFiles,
      story: this.hasAttribute("story"),
      dateLabel: this.hasAttribute("story") ? shell.storyDate : null,
      dateNotice: this.hasAttribute("story") ? null : shell.dateNotice,
      pinned: pinnedNotice(this.ownerDocument, shell.releaseNotice),
    });
    this.#app = app;
    this.#reflect(app.store.get(), null);
    this.#listeners?.signal.addEventListener(
      "abort",
      app.store.subscribe((state, previous) => this.#reflect(state, previous)),
    );
    void app.interactive.then(() => {
      if (this.#app !== app) return;
      this.#interactive = true;
      shell.showPanel();
      this.#early?.abort();
      const pending = this.#pending;
      this.#pending = null;
      // Chosen on the picture (or by the page) before the app arrived: shown where it already is.
      if (pending && "id" in pending) app.store.select(pending.id, "map");
      else if (pending) tapAgain(this, pending);
      const selector = this.getAttribute("story");
      // Only a page that tells a story loads the story's code.
      if (selector)
        void import("./story-connect.ts").then(({ connectStory }) => {
          if (this.#app !== app) return;
          this.#stopStory = connectStory({
            element: this,
            selector,
            app,
            i18n: createI18n(options.lang),
            navHost: shell.storyHost,
            reducedMotion: () => Boolean(win.matchMedia?.("(prefers-reduced-motion: reduce)").matches),
          });
        });
    });
    return app.ready.then(
      () => {
        if (this.#app !== app) return;
        this.#setState("ready");
        this.dispatchEvent(new CustomEvent("ready"));
      },
      (error: unknown) => {
        // The reader gets a sentence in their language; the picture and the list stay usable.
        if (this.#app === app) this.#report(module.faultKindOf(error), error, true);
        throw error;
      },
    );
  }

  /** Reports a fault; without its data or its script, the list the build wrote into the page shows instead. */
  #report(kind: FaultKind, error: unknown, fatal: boolean) {
    const panelBody = this.#shell?.panelBody;
    if (panelBody && (kind === "data" || (fatal && !this.#app)) && !panelBody.querySelector("slot"))
      panelBody.append(el(this.ownerDocument, "slot"));
    // Without the app (or its data) the picture's links work as plain links again, to that list's entries.
    if (kind === "data" || (fatal && !this.#app)) this.#early?.abort();
    this.#shell?.showPanel();
    this.#faults?.report(kind, error, fatal);
  }

  /** The running map's faults (see fault-watch.ts): a lost graphics context stops it until it comes back. */
  #mapFaults = createMapFaultWatch({
    report: (kind, error, fatal) => this.#report(kind, error, fatal),
    showsError: () => this.dataset.state === "error",
    recovered: () => {
      this.#faults?.clear();
      this.#setState("ready");
    },
  });
}

/** An as-of value as the attribute takes it: a date in the data's forms, else (with a warning) the latest. */
const readAsOf = (value: string | null): string | null =>
  parseOptions({ "as-of": value }, (message) => console.warn(message)).asOf;

export function defineElement(registry: CustomElementRegistry = customElements) {
  if (!registry.get("ai-infra-map")) registry.define("ai-infra-map", AiInfraMapElement);
}

/** A pinned copy's release log, live page and line on the map (release-channel.ts); null for a live copy. */
function pinnedNotice(doc: Document, notice: HTMLElement) {
  const channel = pinnedChannel(doc, assetBase());
  return channel ? { ...channel, notice } : null;
}
