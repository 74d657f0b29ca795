/**
 * The page's URL and language, which only an element that owns its page keeps. Only an element with the
 * `url-state` attribute (the standalone page, or the page inside the iframe embed) reads and writes the page's
 * URL and `<html lang>`; an element embedded in someone else's article never touches that page's URL, history
 * or language. Each function here asks the attribute itself, so that no caller can forget to.
 */
import type { Lang } from "../i18n/index.ts";

/** Whether the element owns its page's URL and language (the `url-state` attribute). */
export function ownsUrl(host: Element): boolean {
  return host.hasAttribute("url-state");
}

/** Writes the selection and the date into ?site= and ?as-of=, keeping the camera hash MapLibre maintains. */
export function writeUrlState(host: Element, site: string | null, asOf: string | null | undefined): void {
  const win = host.ownerDocument.defaultView;
  if (!win || !ownsUrl(host)) return;
  const url = new URL(win.location.href);
  const set = (key: string, value: string | null | undefined) => {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  };
  set("site", site);
  set("as-of", asOf);
  win.history.replaceState(win.history.state, "", url);
}

/**
 * Tidies away the hash a tap on the picture's link left (#aim-<id>) before the script had arrived. Only where
 * the element owns the URL: an article's address is left as the reader's browser made it.
 */
export function clearTapHash(host: Element, win: Window): void {
  if (!ownsUrl(host)) return;
  const url = new URL(win.location.href);
  url.hash = "";
  win.history.replaceState(win.history.state, "", url);
}

/** The page's language follows the map's, where the element owns the page. */
export function followLanguage(host: Element, lang: Lang): void {
  if (ownsUrl(host)) host.ownerDocument.documentElement.lang = lang;
}
