/**
 * The picture's sites and companies as links: written by the build into the inline picture (so they work from
 * the first paint), or made here over a snippet's picture file. They are named in the view's language, hidden
 * while the view's date does not know them yet, and the selected one is ringed (aria-current).
 */

import { el } from "../dom/dom.ts";
import type { View } from "../model/view.ts";
import type { State } from "../state/store.ts";
import { frameOffset, targetsInFrame } from "./placement.ts";

export interface PictureTargets {
  /** Names and shows the view's targets. */
  show(view: View): void;
  /** Rings the selected target; gives the focus back to the one whose details the reader closed. */
  markSelected(state: State, previous?: State): void;
  /** Whether an event's path runs through the picture or the links made over it. */
  covers(path: readonly EventTarget[]): boolean;
  /** The link an event's path runs through, if any. */
  targetOn(path: readonly EventTarget[]): HTMLAnchorElement | null;
  /** The targets whose centre lies within a finger's reach of a point on screen, nearest first. */
  idsNear(clientX: number, clientY: number): string[];
  /** Removes the links made here; leaves the build's links as they were. */
  destroy(): void;
}

/** A finger's reach around a target's centre (px): half of the 44-px target size readers can hit. */
const REACH = 22;
const TARGET_CLASS = "picture-target";

/** Whether an element is shown: the picture fades out (visibility: hidden) once the live map has drawn. */
const isVisible = (element: Element) =>
  element.ownerDocument.defaultView?.getComputedStyle(element).visibility !== "hidden";

export function createPictureTargets(area: HTMLElement, picture: HTMLElement): PictureTargets {
  const doc = area.ownerDocument;
  // A snippet's picture is a file, with no links in it: they are made over it, in the element's own DOM.
  const built = [...picture.querySelectorAll<HTMLAnchorElement>(`a.${TARGET_CLASS}[data-id]`)];
  const overlay = built.length ? null : el(doc, "div", { class: "picture-targets" });
  if (overlay) area.append(overlay);
  const anchors = (): HTMLAnchorElement[] =>
    overlay ? [...overlay.querySelectorAll<HTMLAnchorElement>(`a.${TARGET_CLASS}`)] : built;

  return {
    show(view) {
      const shown = new Map(targetsInFrame(view).map((target) => [target.id, target]));
      overlay?.replaceChildren(...[...shown.values()].map((target) => targetLink(doc, target)));
      for (const anchor of anchors()) {
        const target = shown.get(anchor.dataset.id ?? "");
        anchor.hidden = !target;
        if (target) anchor.setAttribute("aria-label", target.label);
      }
    },
    markSelected(state, previous) {
      // Details a story step or the page's script closed were not the reader's doing: the focus stays put.
      const byReader = state.selectionSource !== "story" && state.selectionSource !== "api";
      if (previous?.selectedId && state.selectedId === null && byReader)
        returnFocus(area, anchors(), previous.selectedId);
      for (const anchor of anchors()) {
        if (anchor.dataset.id === state.selectedId) anchor.setAttribute("aria-current", "true");
        else anchor.removeAttribute("aria-current");
      }
    },
    covers: (path) => path.includes(picture) || (overlay !== null && path.includes(overlay)),
    targetOn: (path) =>
      path.find(
        (node): node is HTMLAnchorElement => node instanceof Element && node.classList.contains(TARGET_CLASS),
      ) ?? null,
    idsNear: (clientX, clientY) => idsNear(anchors(), clientX, clientY),
    destroy() {
      overlay?.remove();
      for (const anchor of built) anchor.removeAttribute("aria-current");
    },
  };
}

function targetLink(doc: Document, target: ReturnType<typeof targetsInFrame>[number]): HTMLAnchorElement {
  const { x, y } = frameOffset(target.lngLat);
  const anchor = el(doc, "a", { class: TARGET_CLASS, attrs: { href: `#aim-${target.id}` } });
  anchor.dataset.id = target.id;
  anchor.dataset.kind = target.kind;
  anchor.style.setProperty("--x", x.toFixed(1));
  anchor.style.setProperty("--y", y.toFixed(1));
  return anchor;
}

function idsNear(anchors: readonly HTMLAnchorElement[], clientX: number, clientY: number): string[] {
  return anchors
    .filter((anchor) => !anchor.hidden)
    .map((anchor) => {
      const box = anchor.getBoundingClientRect();
      const distance = Math.hypot(box.left + box.width / 2 - clientX, box.top + box.height / 2 - clientY);
      return { id: anchor.dataset.id ?? "", distance };
    })
    .filter((hit) => hit.distance <= REACH)
    .sort((a, b) => a.distance - b.distance)
    .map((hit) => hit.id);
}

/**
 * Closing the details brings the focus back to the site's link, if the focus was in the details (or lost with
 * them) and the picture is still the map: a keyboard reader goes on where they were. A reader who came from the
 * list is taken back there by the app instead, before this runs.
 */
function returnFocus(area: HTMLElement, anchors: readonly HTMLAnchorElement[], closedId: string) {
  const doc = area.ownerDocument;
  const root = area.getRootNode() as Document | ShadowRoot;
  // The element (or, without a shadow root, the map area): focus somewhere else on the page stays there.
  const instance = "host" in root ? root.host : area;
  const onPage = doc.activeElement;
  if (onPage && onPage !== doc.body && !instance.contains(onPage)) return;
  const inDetails = !root.activeElement || Boolean(root.activeElement.closest(".aim-surface"));
  const anchor = anchors.find((a) => a.dataset.id === closedId);
  if (inDetails && anchor && !anchor.hidden && isVisible(anchor)) anchor.focus({ preventScroll: true });
}
