/**
 * The options an element runs with, read from the element and its page. Its attributes give them; an element
 * that owns its page's URL (url-state) lets the URL's parameters of the same names override them, so that a
 * shared link opens the map as it was shared. config.ts parses the values (and warns about what it cannot
 * use); this module only knows where they come from, and what the gestures option means in a given window.
 */
import { type AppOptions, type GesturesOption, parseOptions } from "../contract/options.ts";
import { ownsUrl } from "./url-state.ts";

/** The attributes that are options, and under url-state the URL parameters that override them. */
export const OPTION_ATTRIBUTES = [
  "lang",
  "theme",
  "site",
  "gestures",
  "basemap",
  "height",
  "headline",
  "standfirst",
  "as-of",
  "downloads",
] as const;

/** The options in effect: the element's attributes, under url-state the page's URL parameters, the defaults. */
export function readOptions(host: Element): AppOptions {
  const warn = (message: string) => console.warn(message);
  const fromAttributes = parseOptions(
    Object.fromEntries(OPTION_ATTRIBUTES.map((name) => [name, host.getAttribute(name)])),
    warn,
    "attribute",
  );
  if (!ownsUrl(host)) return fromAttributes;
  const win = host.ownerDocument.defaultView;
  const params = new URLSearchParams(host.ownerDocument.location.search);
  const inFrame = Boolean(win && win !== win.top);
  return parseOptions(
    Object.fromEntries(OPTION_ATTRIBUTES.map((name) => [name, params.get(name)])),
    warn,
    inFrame ? "frame-url" : "url",
    fromAttributes,
  );
}

/** Cooperative gestures (Ctrl + wheel to zoom) unless the map is a page of its own that does not scroll. */
export function useCooperativeGestures(mode: GesturesOption, win: Window): boolean {
  if (mode === "cooperative") return true;
  if (mode === "greedy" || mode === "none") return false;
  const inFrame = win !== win.top;
  const root = win.document.scrollingElement;
  const pageScrolls = root ? root.scrollHeight > win.innerHeight + 1 : true;
  return inFrame || pageScrolls;
}
