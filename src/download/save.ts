/**
 * Hands a file to the reader: a Blob URL behind a link with `download`, clicked once and then revoked. Nothing
 * is written to the reader's device by the map itself (no storage of any kind); the browser saves the file.
 */
import { el } from "../dom/dom.ts";

/** How long the Blob URL outlives the click (ms): a browser may read it after the click has returned. */
const REVOKE_AFTER = 40_000;

export function saveFile(doc: Document, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  el(doc, "a", { attrs: { href: url, download: name } }).click();
  (doc.defaultView ?? window).setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER);
}

/** "ki-rechenzentren-2025-09-16_2025-09-17.csv": the file's name says the date it shows. */
export function fileName(base: string, asOf: string, extension: "png" | "csv"): string {
  return `${base}-${asOf.replace(/[^\w-]+/g, "_")}.${extension}`;
}
