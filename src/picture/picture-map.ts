/**
 * The static picture as a map a reader can use before the live map runs, and where WebGL is missing. Its
 * sites and companies are links: written by the build into the inline picture (so they work from the first
 * paint), or made here over a snippet's picture file. A tap, a click or Enter selects through the store, as
 * the live map does; the selected one is ringed; and the details learn from here where a feature lies on
 * screen. destroy() removes what it made and every listener, and leaves the build's links as they were.
 */

import type { DetailsHost } from "../details/popups.ts";
import { el } from "../dom/dom.ts";
import { PICTURE_FRAME } from "../geometry/bounds.ts";
import type { View } from "../model/view.ts";
import type { State, Store } from "../state/store.ts";
import { frameOffset, markPictureDate, PICTURE_CHANGED, targetsInFrame } from "./frame.ts";
import { fileForTheme } from "./picture-file.ts";

export interface PictureMapOptions {
  /** The map area the picture fills. */
  area: HTMLElement;
  /** The picture in the element's light DOM: the build's inline picture with its links, or an `<img>`. */
  picture: HTMLElement;
  store: Store;
  view: View;
  /** Several features lie under one tap: let the reader choose among them. */
  onSeveral(ids: string[], lngLat: [number, number]): void;
  /** A tap on no feature: close whatever details or chooser are open. */
  onNothing(): void;
}

export interface PictureMap {
  /** Where features lie on the picture, for the details. */
  host: DetailsHost;
  /** The date whose data the picture shows now, or null for the build's own (the edition). */
  shownAsOf(): string | null;
  /** Shows another view of the same data (another date or theme): targets come and go with it. */
  setView(view: View): void;
  destroy(): void;
}

/** Whether an element is shown: the picture fades out (visibility: hidden) once the live map has drawn. */
const isVisible = (element: Element) =>
  element.ownerDocument.defaultView?.getComputedStyle(element).visibility !== "hidden";

/** A finger's reach around a target's centre (px): half of the 44-px target size readers can hit. */
const REACH = 22;
const TARGET_CLASS = "picture-target";

export function createPictureMap(options: PictureMapOptions): PictureMap {
  const { area, picture, store } = options;
  let view = options.view;
  const doc = area.ownerDocument;
  const listeners = new AbortController();
  const { signal } = listeners;
  // A snippet's picture is a file, with no links in it: they are made over it, in the element's own DOM.
  const built = [...picture.querySelectorAll<HTMLAnchorElement>(`a.${TARGET_CLASS}[data-id]`)];
  const overlay = built.length ? null : el(doc, "div", { class: "picture-targets" });
  if (overlay) area.append(overlay);

  const anchors = (): HTMLAnchorElement[] =>
    overlay ? [...overlay.querySelectorAll<HTMLAnchorElement>(`a.${TARGET_CLASS}`)] : built;

  /**
   * The inline picture says the date it shows in its corner: the build's edition, until the view shows another
   * date, whose "Stand" it then says, as the credits and the time control do; its description follows too.
   */
  const showDate = () => {
    const svg = picture.querySelector("svg");
    if (svg) markPictureDate(svg, view);
  };
  /**
   * The build drew its edition's data into the picture. Another date redraws the data from the view (the
   * redrawing module is loaded only then), so the picture never shows one date's sites and arcs under another's
   * "Stand", details or story step: the inline picture in place; a snippet's picture file, which no script can
   * reach into, as a redrawn copy the image shows (a data: URL), on the file for the view's theme. Should the
   * module or the file not come, or the page's policy refuse the copy, the picture keeps the file, whose corner
   * names the date it shows.
   */
  const img = picture instanceof HTMLImageElement ? picture : null;
  /** The snippet's file as the element chose it (its dark twin, maybe), before any copy. */
  const file = img?.getAttribute("src") ?? "";
  let fileAsOf: string | null = null;
  let copiesRefused = false;
  const showFile = (theme: string) => {
    if (!img) return;
    const themed = fileForTheme(file, theme);
    if (img.getAttribute("src") !== themed) img.src = themed;
    fileAsOf = null;
  };
  const showData = () => {
    const wanted = view;
    const isCurrent = () => view === wanted && !signal.aborted;
    const svg = picture.querySelector("svg");
    if (svg) {
      if (svg.querySelector('g.picture-data[data-part="marks"]')?.getAttribute("data-as-of") === view.asOf)
        return;
      import("./redraw.ts")
        .then(({ redrawPicture }) => {
          // A later date or a destroyed map has overtaken this one; its own call draws.
          if (isCurrent() && svg.isConnected) redrawPicture(svg, view);
        })
        .catch(() => {});
      return;
    }
    if (!img || !file || file.startsWith("data:")) return;
    if (view.time.index === view.time.edition.index || copiesRefused) {
      showFile(view.flavor.name);
      return;
    }
    const win = doc.defaultView;
    if (!win) return;
    import("./redraw.ts")
      .then(({ fileCopyAt }) => fileCopyAt(fileForTheme(file, view.flavor.name), view, win))
      .then((copy) => {
        if (!isCurrent() || !copy) return;
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
      })
      .catch(() => {});
  };
  picture.addEventListener(
    PICTURE_CHANGED,
    () => {
      showDate();
      showData();
    },
    { signal },
  );

  /** Names the targets in the view's language and hides those the view's date does not know yet. */
  const showTargets = () => {
    showDate();
    showData();
    const shown = new Map(targetsInFrame(view).map((target) => [target.id, target]));
    if (overlay) {
      overlay.replaceChildren(
        ...[...shown.values()].map((target) => {
          const { x, y } = frameOffset(target.lngLat);
          const anchor = el(doc, "a", { class: TARGET_CLASS, attrs: { href: `#aim-${target.id}` } });
          anchor.dataset.id = target.id;
          anchor.dataset.kind = target.kind;
          anchor.style.setProperty("--x", x.toFixed(1));
          anchor.style.setProperty("--y", y.toFixed(1));
          return anchor;
        }),
      );
    }
    for (const anchor of anchors()) {
      const target = shown.get(anchor.dataset.id ?? "");
      anchor.hidden = !target;
      if (target) anchor.setAttribute("aria-label", target.label);
    }
    markSelected(store.get());
  };

  /**
   * Closing the details brings the focus back to the site's link, if the focus was in the details (or lost
   * with them) and the picture is still the map: a keyboard reader goes on where they were. A reader who came
   * from the list is taken back there by the app instead, before this runs.
   */
  const returnFocus = (closedId: string) => {
    const root = area.getRootNode() as Document | ShadowRoot;
    // The element (or, without a shadow root, the map area): focus somewhere else on the page stays there.
    const instance = "host" in root ? root.host : area;
    const onPage = doc.activeElement;
    if (onPage && onPage !== doc.body && !instance.contains(onPage)) return;
    const inDetails = !root.activeElement || Boolean(root.activeElement.closest(".aim-surface"));
    const anchor = anchors().find((a) => a.dataset.id === closedId);
    if (inDetails && anchor && !anchor.hidden && isVisible(anchor)) anchor.focus({ preventScroll: true });
  };

  const markSelected = (state: State, previous?: State) => {
    // Details a story step or the page's script closed were not the reader's doing: the focus stays put.
    const byReader = state.selectionSource !== "story" && state.selectionSource !== "api";
    if (previous?.selectedId && state.selectedId === null && byReader) returnFocus(previous.selectedId);
    for (const anchor of anchors()) {
      if (anchor.dataset.id === state.selectedId) anchor.setAttribute("aria-current", "true");
      else anchor.removeAttribute("aria-current");
    }
  };

  const project = (lngLat: [number, number]) => {
    // The picture's own box: the map's, without what the area may hold under it (a fault message).
    const width = picture.clientWidth;
    const height = picture.clientHeight;
    // The picture is scaled to fit its box and centred in it, as the live map fits the same frame.
    const scale = Math.min(width / PICTURE_FRAME.width, height / PICTURE_FRAME.height);
    const offset = frameOffset(lngLat);
    return { x: width / 2 + offset.x * scale, y: height / 2 + offset.y * scale };
  };

  /** The targets whose centre lies within a finger's reach of a point on screen, nearest first. */
  const idsNear = (clientX: number, clientY: number): string[] =>
    anchors()
      .filter((anchor) => !anchor.hidden)
      .map((anchor) => {
        const box = anchor.getBoundingClientRect();
        const distance = Math.hypot(box.left + box.width / 2 - clientX, box.top + box.height / 2 - clientY);
        return { id: anchor.dataset.id ?? "", distance };
      })
      .filter((hit) => hit.distance <= REACH)
      .sort((a, b) => a.distance - b.distance)
      .map((hit) => hit.id);

  const onClick = (event: MouseEvent) => {
    const path = event.composedPath();
    if (!path.includes(picture) && !(overlay && path.includes(overlay))) return;
    const anchor = path.find(
      (node): node is HTMLAnchorElement => node instanceof Element && node.classList.contains(TARGET_CLASS),
    );
    if (anchor) event.preventDefault();
    // Enter on a focused target (a click without a pointer) means that very target.
    const ids =
      anchor && event.detail === 0 ? [anchor.dataset.id ?? ""] : idsNear(event.clientX, event.clientY);
    const [first] = ids;
    if (ids.length === 1 && first) store.select(first, "map");
    else if (ids.length > 1 && first) {
      const entity = view.entity(first);
      if (entity) options.onSeveral(ids, entity.lngLat);
    } else options.onNothing();
  };
  area.addEventListener("click", onClick, { signal });

  const resized = new Set<() => void>();
  const observer = new ResizeObserver(() => {
    for (const callback of resized) callback();
  });
  observer.observe(picture);
  const unsubscribe = store.subscribe(markSelected);
  showTargets();

  return {
    host: {
      project,
      onViewChange(callback) {
        resized.add(callback);
        return () => resized.delete(callback);
      },
      // The picture cannot move: every target it has is in view already.
      reveal: (lngLat) => project(lngLat),
      width: () => picture.clientWidth,
      height: () => picture.clientHeight,
    },
    shownAsOf() {
      if (img) return fileAsOf;
      const marks = picture.querySelector('g.picture-data[data-part="marks"]');
      const asOf = marks?.getAttribute("data-as-of") ?? null;
      return asOf === options.view.time.steps[options.view.time.edition.index]?.asOf ? null : asOf;
    },
    setView(next) {
      view = next;
      showTargets();
    },
    destroy() {
      listeners.abort();
      // The snippet's own file again, as the page wrote it: a later start begins from it.
      if (img?.src.startsWith("data:")) img.src = file;
      observer.disconnect();
      resized.clear();
      unsubscribe();
      overlay?.remove();
      for (const anchor of built) anchor.removeAttribute("aria-current");
    },
  };
}
