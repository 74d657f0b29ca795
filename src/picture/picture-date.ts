/**
 * The date the static picture shows. The inline picture says it in its corner: the build's edition, until the
 * view shows another date, whose "Stand" it then says, as the credits and the time control do; its description
 * follows too. The build drew its edition's data into the picture; another date redraws the data from the view
 * (the redrawing module is loaded only then), so the picture never shows one date's sites and arcs under
 * another's "Stand", details or story step: the inline picture in place; a snippet's picture file, which no script
 * can reach into, as a redrawn copy the image shows (a data: URL), on the file for the view's theme. Should the
 * module or the file not come, or the page's policy refuse the copy, the picture keeps the file, whose corner
 * names the date it shows.
 */

import type { View } from "../model/view.ts";
import { markPictureDate } from "./date-mark.ts";
import { PICTURE_CHANGED } from "./picture-changed.ts";
import { fileForTheme } from "./picture-file.ts";

export interface PictureDate {
  /** Shows the view's date (and theme, for a file). */
  show(view: View): void;
  /** The date whose data the picture shows now, or null for the build's own (the edition). */
  shownAsOf(): string | null;
  /** Stops redrawing, and gives the snippet its own file back: a later start begins from it. */
  destroy(): void;
}

export function createPictureDate(picture: HTMLElement, initial: View): PictureDate {
  let view = initial;
  const listeners = new AbortController();
  const isCurrent = (wanted: View) => view === wanted && !listeners.signal.aborted;
  const img = picture instanceof HTMLImageElement ? picture : null;
  const file = img ? showFileCopies(img, isCurrent, listeners.signal) : null;
  /** The build drew the edition's data; what the inline picture shows is kept here, never read from its DOM. */
  const edition = initial.time.steps[initial.time.edition.index]?.asOf ?? null;
  const inline = { drawn: edition };
  const show = () => {
    const svg = picture.querySelector("svg");
    if (svg) {
      markPictureDate(svg, view);
      redrawInline(svg, view, isCurrent, inline);
    } else file?.show(view);
  };
  const replaced = () => {
    // Another language's picture came in, as the build drew it: the edition's data again.
    inline.drawn = edition;
    show();
  };
  picture.addEventListener(PICTURE_CHANGED, replaced, { signal: listeners.signal });
  return {
    show(next) {
      view = next;
      show();
    },
    shownAsOf() {
      if (file) return file.shownAsOf();
      return inline.drawn === edition ? null : inline.drawn;
    },
    destroy() {
      listeners.abort();
      file?.destroy();
    },
  };
}

function redrawInline(
  svg: SVGSVGElement,
  view: View,
  isCurrent: (view: View) => boolean,
  inline: { drawn: string | null },
) {
  if (inline.drawn === view.asOf) return;
  import("./redraw.ts")
    .then(({ redrawPicture }) => {
      // A later date or a destroyed map has overtaken this one; its own call draws.
      if (isCurrent(view) && svg.isConnected && redrawPicture(svg, view)) inline.drawn = view.asOf;
    })
    .catch(() => {});
}

/** A snippet's picture file: the file for the view's theme at the edition, a redrawn copy at another date. */
function showFileCopies(img: HTMLImageElement, isCurrent: (view: View) => boolean, signal: AbortSignal) {
  /** The snippet's file as the element chose it (its dark twin, maybe), before any copy. */
  const file = img.getAttribute("src") ?? "";
  let fileAsOf: string | null = null;
  let copiesRefused = false;
  const showFile = (theme: string) => {
    const themed = fileForTheme(file, theme);
    if (img.getAttribute("src") !== themed) img.src = themed;
    fileAsOf = null;
  };
  const showCopy = (copy: string, view: View) => {
    img.src = copy;
    fileAsOf = view.asOf;
    img.addEventListener(
      "error",
      () => {
        // The page's policy refused a data: image: the file it is, from now on.
        if (!img.src.startsWith("data:")) return;
        copiesRefused = true;
        showFile(view.flavor.name);
      },
      { once: true, signal },
    );
  };
  return {
    show(view: View) {
      if (!file || file.startsWith("data:")) return;
      if (view.time.index === view.time.edition.index || copiesRefused) return showFile(view.flavor.name);
      const win = img.ownerDocument.defaultView;
      if (!win) return;
      import("./redraw.ts")
        .then(({ fileCopyAt }) => fileCopyAt(fileForTheme(file, view.flavor.name), view, win))
        .then((copy) => {
          if (isCurrent(view) && copy) showCopy(copy, view);
        })
        .catch(() => {});
    },
    shownAsOf: () => fileAsOf,
    destroy() {
      if (img.src.startsWith("data:")) img.src = file;
    },
  };
}
