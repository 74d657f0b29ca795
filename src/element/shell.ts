/**
 * The element's own DOM, built once per element: the optional title, the map area (the map's box, the static
 * picture's slot, the fault message), the panel with its toggle, and the credits. Before the map starts only
 * the title and the map area show, so the picture paints at the live map's size; start() reveals the rest.
 * The title and the map's height come from the options, set again whenever they change; the words (the map's
 * label, the panel's toggle) come with the start, once the language's words have loaded.
 */
import maplibreCssUrl from "maplibre-gl/dist/maplibre-gl.css?url";
import type { AppOptions } from "../contract/options.ts";
import { el } from "../dom/dom.ts";
import type { I18n } from "../i18n/index.ts";

/** At or below this width (px) the panel starts collapsed under the map, as on a phone. */
const NARROW_WIDTH = 400;

export interface Shell {
  frame: HTMLElement;
  /** The map's box with the picture over it: the details open in it, or just after it on a phone. */
  mapArea: HTMLElement;
  /** The live map's box: a new one per start, as a removed MapLibre map keeps a reference to its container. */
  mapContainer: HTMLElement;
  panelBody: HTMLElement;
  /** Where the time control goes. */
  timeHost: HTMLElement;
  /**
   * Where a story's step buttons go: first in the panel, just under the map (or atop its column), so they stay
   * in view with the map and never cover its details or its marks.
   */
  storyHost: HTMLElement;
  /** The date the map shows, on the map itself: in a story, where the time control gives way to the steps. */
  storyDate: HTMLElement;
  /** The line over the map's bottom edge about an earlier date than the latest (hidden when there is none). */
  dateNotice: HTMLElement;
  /** The line under it about corrections a newer release made (a pinned copy's; hidden when there are none). */
  releaseNotice: HTMLElement;
  credits: HTMLElement;
  /** Where the download buttons go, under the credits (left empty when the editor switched them off). */
  downloads: HTMLElement;
  /**
   * Adds MapLibre's own styles (only where the live map can run) and resolves once they have loaded, or
   * failed: the map then works with plainer controls.
   */
  loadMaplibreStyles(): Promise<void>;
  /** Sets what depends on the options and needs no words: title, standfirst, the map's height. */
  update(options: AppOptions, host: HTMLElement): void;
  /**
   * Gives the map a fresh, labelled box and readies the panel (collapsed on a phone, and in a story, where
   * the map sticks in view and the article is the text): the app is starting.
   */
  start(i18n: I18n, width: number, story?: boolean): void;
  /**
   * Shows the panel and credits, once they have their content (the list, the time control) or a fault needs
   * them: appearing whole, they do not push their own parts around as those arrive.
   */
  showPanel(): void;
  /** Back to the picture alone, as before the start. */
  reset(): void;
  destroy(): void;
}

/**
 * @param fault the fault message's element (fault.ts), placed under the map's box in the map area
 */
export function createShell(root: ShadowRoot, doc: Document, fault: HTMLElement): Shell {
  const listeners = new AbortController();
  const parts = buildParts(doc, fault);
  const {
    header,
    mapArea,
    storyHost,
    storyDate,
    dateNotice,
    releaseNotice,
    panel,
    panelBody,
    toggle,
    timeHost,
    credits,
    downloads,
    frame,
  } = parts;
  let mapContainer = parts.mapContainer;
  const styles = maplibreStylesheet(doc);
  toggle.addEventListener(
    "click",
    () => {
      const expanded = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(expanded));
      panelBody.hidden = !expanded;
    },
    { signal: listeners.signal },
  );
  /**
   * Puts a new box first in the map area. The old one may already be detached (a destroyed MapLibre map
   * removes its container), so the new one is placed by the area, not by the old box.
   */
  const placeMapBox = (box: HTMLElement) => {
    mapContainer.remove();
    mapContainer = box;
    mapArea.prepend(box);
  };
  const reset = () => {
    emptyParts(parts);
    placeMapBox(el(doc, "div", { class: "map" }));
  };
  reset();
  root.replaceChildren(frame);

  return {
    frame,
    mapArea,
    get mapContainer() {
      return mapContainer;
    },
    panelBody,
    timeHost,
    storyHost,
    storyDate,
    dateNotice,
    releaseNotice,
    credits,
    downloads,
    loadMaplibreStyles() {
      if (!styles.link.isConnected) root.prepend(styles.link);
      return styles.loaded;
    },
    update(options, host) {
      header.replaceChildren(...headingOf(doc, options));
      if (header.childElementCount > 0) frame.prepend(header);
      else header.remove();
      if (options.height !== null) host.style.setProperty("--aim-map-height", `${options.height}px`);
      else host.style.removeProperty("--aim-map-height");
    },
    start(i18n, width, story = false) {
      reset();
      placeMapBox(
        el(doc, "div", { class: "map", attrs: { role: "region", "aria-label": i18n.t("app.mapLabel") } }),
      );
      toggle.textContent = i18n.t("list.toggle");
      const collapsed = story || width <= NARROW_WIDTH;
      panelBody.hidden = collapsed;
      toggle.setAttribute("aria-expanded", String(!collapsed));
    },
    showPanel() {
      panel.hidden = false;
      credits.hidden = false;
      // Nothing to show when the editor switched the downloads off: no empty row then.
      downloads.hidden = downloads.childElementCount === 0;
    },
    reset,
    destroy() {
      listeners.abort();
      root.replaceChildren();
    },
  };
}

/** The element's DOM: the map area with the picture's slot, the panel with its toggle, credits and downloads. */
function buildParts(doc: Document, fault: HTMLElement) {
  // The title and standfirst exist only when set: a page without them has no empty heading.
  const header = el(doc, "header", { class: "heading" });
  const slot = el(doc, "slot", { attrs: { name: "static" } });
  const mapContainer: HTMLElement = el(doc, "div", { class: "map" });
  const storyHost = el(doc, "div", { class: "story-host" });
  const storyDate = el(doc, "p", { class: "story-date" });
  const dateNotice = el(doc, "p", { class: "date-notice" });
  const releaseNotice = el(doc, "p", { class: "release-notice" });
  // The lines about the map's date and its release, stacked over its bottom edge.
  const notes = el(doc, "div", { class: "map-notes" }, dateNotice, releaseNotice);
  const mapArea = el(doc, "div", { class: "map-area" }, mapContainer, slot, storyDate, notes, fault);
  const panelBody = el(doc, "div", { class: "panel-body", attrs: { id: "panel-body" } });
  const toggle = el(doc, "button", {
    class: "panel-toggle",
    attrs: { type: "button", "aria-controls": "panel-body" },
  });
  // The time control sits above the list's body, so it stays in view when a phone collapses the list.
  const timeHost = el(doc, "div", { class: "time-host" });
  const panel = el(doc, "div", { class: "panel" }, storyHost, timeHost, toggle, panelBody);
  const credits = el(doc, "div", { class: "credits" });
  const downloads = el(doc, "div", { class: "downloads" });
  const frame = el(doc, "div", { class: "frame" }, mapArea, panel, credits, downloads);
  return {
    header,
    mapContainer,
    storyHost,
    storyDate,
    dateNotice,
    releaseNotice,
    mapArea,
    panelBody,
    toggle,
    timeHost,
    panel,
    credits,
    downloads,
    frame,
  };
}

/** Hides the panel, credits and downloads and empties what a start filled. */
function emptyParts(parts: ReturnType<typeof buildParts>) {
  const { panel, credits, downloads, panelBody, timeHost, storyHost, storyDate, dateNotice, frame } = parts;
  const { releaseNotice } = parts;
  panel.hidden = true;
  credits.hidden = true;
  downloads.hidden = true;
  downloads.replaceChildren();
  panelBody.replaceChildren();
  timeHost.replaceChildren();
  storyHost.replaceChildren();
  storyDate.replaceChildren();
  dateNotice.hidden = true;
  releaseNotice.hidden = true;
  releaseNotice.replaceChildren();
  // A sheet of details lies after the map area; the next start opens its own.
  for (const sheet of frame.querySelectorAll(":scope > .aim-surface")) sheet.remove();
  credits.replaceChildren();
}

/**
 * MapLibre's own styles load with MapLibre, as a file: the static picture needs none of them. A link in the
 * shadow root applies only inside it, and the element's adopted sheet still wins over it.
 */
function maplibreStylesheet(doc: Document) {
  const link = el(doc, "link", { attrs: { rel: "stylesheet", href: maplibreCssUrl } });
  const loaded = new Promise<void>((resolve) => {
    for (const type of ["load", "error"]) link.addEventListener(type, () => resolve(), { once: true });
  });
  return { link, loaded };
}

/** The title and standfirst, each only when the options set it. */
function headingOf(doc: Document, options: AppOptions): HTMLElement[] {
  return [
    ...(options.headline
      ? [
          el(doc, "p", {
            class: "headline",
            text: options.headline,
            attrs: { role: "heading", "aria-level": "2" },
          }),
        ]
      : []),
    ...(options.standfirst ? [el(doc, "p", { class: "standfirst", text: options.standfirst })] : []),
  ];
}
