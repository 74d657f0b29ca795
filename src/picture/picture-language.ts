/**
 * The build writes the German picture and list into index.html, its first paint. A page in another language
 * (index.html?lang=en, the English iframe) takes the build's own files in that language instead, as soon as
 * the element connects and whether or not the app arrives, so the English view shows no German: not in the
 * picture's names and date, not in its links' accessible names, not in the list a data fault falls back to.
 * public/frame-mode.js marks such a page before its first paint, and src/page.css keeps the German picture and
 * list unpainted until they are swapped (or for a few seconds, should the files not come).
 */
import type { Lang } from "../i18n/index.ts";
import { PICTURE_CHANGED } from "./picture-changed.ts";

/** Parses a file of this build (not data: the data in it was escaped when the build wrote it) into nodes. */
function parsed(text: string, type: DOMParserSupportedType, selector: string, doc: Document): Element | null {
  const found = new DOMParser().parseFromString(text, type).querySelector(selector);
  return found ? doc.importNode(found, true) : null;
}

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`ai-infra-map: ${url.pathname} answered ${response.status}`);
  return response.text();
}

/**
 * Swaps the element's inline picture and list for those of `lang`, if the build wrote them in another one.
 * A picture that cannot be swapped is shown as it is, and marked so (data-lang-fallback).
 */
export async function showPictureIn(host: HTMLElement, lang: Lang, base: URL): Promise<void> {
  const picture = host.querySelector<HTMLElement>(":scope > .static-picture[data-lang]");
  if (!picture || picture.dataset.lang === lang) return;
  const doc = host.ownerDocument;
  const list = host.querySelector<HTMLElement>(":scope > .static-list[lang]");
  try {
    const [svgText, listText] = await Promise.all([
      fetchText(new URL(`static/map-${lang}.svg`, base)),
      list ? fetchText(new URL(`static/list-${lang}.html`, base)) : Promise.resolve(""),
    ]);
    const svg = parsed(svgText, "image/svg+xml", "svg", doc);
    const old = picture.querySelector(":scope > svg");
    if (!svg || !old) throw new Error("ai-infra-map: the picture file holds no picture");
    // Inline, the picture fills the map's box, as the build's inline picture does.
    svg.setAttribute("width", "100%");
    svg.setAttribute("height", "100%");
    old.replaceWith(svg);
    for (const link of picture.querySelectorAll<HTMLElement>("a.picture-target")) {
      const label = link.getAttribute(`data-label-${lang}`);
      if (label) link.setAttribute("aria-label", label);
    }
    picture.dataset.lang = lang;
    picture.dispatchEvent(new CustomEvent(PICTURE_CHANGED));
    const newList = list && listText ? parsed(listText, "text/html", ".static-list", doc) : null;
    if (list && newList) {
      newList.setAttribute("lang", lang);
      list.replaceWith(newList);
    }
  } catch {
    picture.dataset.langFallback = "";
    list?.setAttribute("data-lang-fallback", "");
  }
}
