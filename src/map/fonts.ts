/**
 * The bundled label font, declared through the style's `font-faces` (MapLibre v6), so labels need no glyph
 * server. Each weight is split like @fontsource's CSS: the latin file covers German and Norwegian letters
 * (ä ö ü ß æ ø å); latin-ext loads only if a label needs a rarer letter.
 */

import latin400 from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import latin600 from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import latinExt400 from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import latinExt600 from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";
import type { StyleSpecification } from "maplibre-gl";

/** Unicode ranges copied from @fontsource/noto-sans 5.3.0's CSS, so the files are used exactly as designed. */
const LATIN_RANGE = [
  "U+0000-00FF",
  "U+0131",
  "U+0152-0153",
  "U+02BB-02BC",
  "U+02C6",
  "U+02DA",
  "U+02DC",
  "U+0304",
  "U+0308",
  "U+0329",
  "U+2000-206F",
  "U+20AC",
  "U+2122",
  "U+2191",
  "U+2193",
  "U+2212",
  "U+2215",
  "U+FEFF",
  "U+FFFD",
];
const LATIN_EXT_RANGE = [
  "U+0100-02BA",
  "U+02BD-02C5",
  "U+02C7-02CC",
  "U+02CE-02D7",
  "U+02DD-02FF",
  "U+1D00-1DBF",
  "U+1E00-1E9F",
  "U+1EF2-1EFF",
  "U+2020",
  "U+20A0-20AB",
  "U+20AD-20C0",
  "U+2113",
  "U+2C60-2C7F",
  "U+A720-A7FF",
];

export const FONT_REGULAR = "Noto Sans Regular";
export const FONT_SEMIBOLD = "Noto Sans SemiBold";

/** Absolute URLs, because the style may be handed to MapLibre from a page on another origin. */
const absolute = (url: string) => new URL(url, import.meta.url).href;

/** The font files, once: the map's `font-faces` and the page's FontFace registrations both read this list. */
export const FONT_FILES = [
  { weight: 400, url: latin400, range: LATIN_RANGE },
  { weight: 400, url: latinExt400, range: LATIN_EXT_RANGE },
  { weight: 600, url: latin600, range: LATIN_RANGE },
  { weight: 600, url: latinExt600, range: LATIN_EXT_RANGE },
] as const;

export function fontFaces(): NonNullable<StyleSpecification["font-faces"]> {
  const faces = (weight: number) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({
      url: absolute(f.url),
      "unicode-range": [...f.range],
    }));
  return { [FONT_REGULAR]: faces(400), [FONT_SEMIBOLD]: faces(600) };
}

/**
 * The CSS family of the interface text. Namespaced, so that registering it never changes the typography of a
 * host page that has its own "Noto Sans".
 */
export const UI_FONT_FAMILY = "AIM Noto Sans";

/** Whether a document's interface font failed to load; fires "failed" once when it does. */
export interface FontStatus extends EventTarget {
  readonly failed: boolean;
}

class DocumentFontStatus extends EventTarget implements FontStatus {
  failed = false;

  fail() {
    if (this.failed) return;
    this.failed = true;
    this.dispatchEvent(new Event("failed"));
  }
}

const statusByDocument = new WeakMap<Document, DocumentFontStatus>();

/**
 * Registers the interface font with a document once (shadow roots use their document's fonts) and returns
 * the document's font status, the same object for every element on the page.
 *
 * A face's `loaded` promise is what tells a failed file. Its `status` is not: WebKit reports "error" for a face
 * whose swap period has merely run out while its file is still on the way (seen in WebKitGTK 2.50), and
 * "loaded" once it arrives. The promise's handler holds only this status, never an element: a face that is
 * never needed (latin-ext) never settles, and an element it held would stay in memory after its removal.
 */
export function registerDocumentFonts(doc: Document): FontStatus {
  const known = statusByDocument.get(doc);
  if (known) return known;
  const status = new DocumentFontStatus();
  statusByDocument.set(doc, status);
  const fonts = doc.fonts;
  if (!fonts) return status;
  const ours = () => [...fonts].filter((face) => face.family.replace(/"/g, "") === UI_FONT_FAMILY);
  // Another copy of the script on the page may have registered the faces already.
  if (ours().length === 0) {
    for (const file of FONT_FILES) {
      const face = new FontFace(UI_FONT_FAMILY, `url(${absolute(file.url)}) format("woff2")`, {
        weight: String(file.weight),
        unicodeRange: file.range.join(","),
        display: "swap",
      });
      fonts.add(face);
    }
  }
  for (const face of ours()) face.loaded.then(undefined, () => status.fail());
  return status;
}
