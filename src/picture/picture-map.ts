/**
 * The static picture as a map a reader can use before the live map runs, and where WebGL is missing. Its
 * sites and companies are links: written by the build into the inline picture (so they work from the first
 * paint), or made here over a snippet's picture file. A tap, a click or Enter selects through the store, as
 * the live map does; the selected one is ringed; and the details learn from here where a feature lies on
 * screen. destroy() removes what it made and every listener, and leaves the build's links as they were.
 *
 * Its parts: the targets (picture-targets.ts), the date it shows (picture-date.ts) and the details' anchor
 * (picture-anchor.ts); this module joins them to the store and to the reader's clicks.
 */

import type { DetailsAnchor } from "../details/popups.ts";
import type { View } from "../model/view.ts";
import type { Store } from "../state/store.ts";
import { createPictureAnchor } from "./picture-anchor.ts";
import { createPictureDate } from "./picture-date.ts";
import { createPictureTargets, type PictureTargets } from "./picture-targets.ts";

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
  detailsAnchor: DetailsAnchor;
  /** The date whose data the picture shows now, or null for the build's own (the edition). */
  shownAsOf(): string | null;
  /** Shows another view of the same data (another date or theme): targets come and go with it. */
  setView(view: View): void;
  destroy(): void;
}

export function createPictureMap(options: PictureMapOptions): PictureMap {
  const { area, picture, store } = options;
  let view = options.view;
  const listeners = new AbortController();
  const targets = createPictureTargets(area, picture);
  const date = createPictureDate(picture, view);
  const anchor = createPictureAnchor(picture);
  const show = () => {
    date.show(view);
    targets.show(view);
    targets.markSelected(store.get());
  };
  const onClick = (event: MouseEvent) => selectAt(event, targets, options, view);
  area.addEventListener("click", onClick, { signal: listeners.signal });
  const unsubscribe = store.subscribe(targets.markSelected);
  show();

  return {
    detailsAnchor: anchor.detailsAnchor,
    shownAsOf: date.shownAsOf,
    setView(next) {
      view = next;
      show();
    },
    destroy() {
      listeners.abort();
      date.destroy();
      anchor.destroy();
      unsubscribe();
      targets.destroy();
    },
  };
}

/**
 * A tap, a click or Enter selects through the store, as the live map does: the one target under it, a chooser
 * among several, or nothing (which closes what is open).
 */
function selectAt(event: MouseEvent, targets: PictureTargets, options: PictureMapOptions, view: View) {
  const path = event.composedPath();
  if (!targets.covers(path)) return;
  const anchor = targets.targetOn(path);
  if (anchor) event.preventDefault();
  // Enter on a focused target (a click without a pointer) means that very target.
  const ids =
    anchor && event.detail === 0 ? [anchor.dataset.id ?? ""] : targets.idsNear(event.clientX, event.clientY);
  const [first] = ids;
  if (ids.length === 1 && first) options.store.select(first, "map");
  else if (ids.length > 1 && first) {
    const entity = view.entity(first);
    if (entity) options.onSeveral(ids, entity.lngLat);
  } else options.onNothing();
}
