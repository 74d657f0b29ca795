/**
 * The views that need no map library, mounted at once when the data has come: the panel (legend, list, chart,
 * credits), the time control, the static picture as a map, the details, the map in words and the downloads.
 * They take one view model and the store; show() gives them all the next view.
 */
import { createMapWords, type MapWords } from "../a11y/map-words.ts";
import { createPopups, type DetailsAnchor, type Popups } from "../details/popups.ts";
import { createSurface } from "../details/surface.ts";
import type { View } from "../model/view.ts";
import { createDateNotice } from "../panel/date-notice.ts";
import { createPanel, type Panel } from "../panel/panel.ts";
import { createTimeControl } from "../panel/time-control.ts";
import { createPictureMap, type PictureMap } from "../picture/picture-map.ts";
import type { Store } from "../state/store.ts";
import type { MountOptions } from "./mount-options.ts";

export interface Views {
  picture: PictureMap | null;
  popups: Popups;
  words: MapWords;
  panel: Panel;
  /** Shows another view (another date or theme) in every one of them. */
  show(view: View): void;
  destroy(): void;
}

export function mountViews(mount: MountOptions, store: Store, view: View): Views {
  const panel = createPanel({
    container: mount.panelContainer,
    creditsContainer: mount.creditsContainer,
    view,
    store,
  });
  const time = createTimeControl({
    container: mount.timeContainer,
    time: view.time,
    onChange: (asOf) => store.setAsOf(asOf, "time"),
  });
  const { picture, popups } = mountDetails(mount, store, view);
  const words = createMapWords({
    region: mount.mapContainer,
    area: mount.mapArea,
    view,
    store,
    detailsOpen: () => Boolean(store.get().selectedId),
    // In a story the date moves only with the steps, whose own summary says what changed.
    announceDates: !mount.story,
  });
  // The notice offers the way back to the date the embed started at: the options' as-of, never changed later.
  const notice = mount.dateNotice ? createDateNotice(mount.dateNotice, store) : null;
  const showNotice = (next: View) => notice?.show(next.notice(mount.options.asOf));
  showDate(mount, view);
  showNotice(view);
  return {
    picture,
    popups,
    words,
    panel,
    show(next) {
      showDate(mount, next);
      showNotice(next);
      panel.setView(next);
      time.setTime(next.time);
      picture?.setView(next);
      popups.setView(next);
      words.setView(next);
    },
    destroy() {
      notice?.destroy();
      words.destroy();
      popups.destroy();
      picture?.destroy();
      time.destroy();
      panel.destroy();
    },
  };
}

/** The view's date on the map, where the element asked for it (a story's map, whose time control is hidden). */
function showDate(mount: MountOptions, view: View) {
  if (mount.dateLabel) mount.dateLabel.textContent = view.credits.asOf;
}

/**
 * The details and the chooser, on the picture until the live map takes over. Without a picture (an element
 * with no static content) they point at the middle of the map area until then.
 */
function mountDetails(mount: MountOptions, store: Store, view: View) {
  const doc = mount.mapArea.ownerDocument;
  const surface = createSurface({
    doc,
    area: mount.mapArea,
    closeLabel: view.i18n.t("popup.close"),
    mapHeight: () => mount.mapContainer.clientHeight,
    sheets: !mount.story,
  });
  let popups: Popups | null = null;
  const picture = mount.picture
    ? createPictureMap({
        area: mount.mapArea,
        picture: mount.picture,
        store,
        view,
        onSeveral: (ids, lngLat) => popups?.choose(ids, lngLat),
        onNothing: () => popups?.dismiss(),
      })
    : null;
  const box = mount.mapContainer;
  const middle = () => ({ x: box.clientWidth / 2, y: box.clientHeight / 2 });
  const detailsAnchor: DetailsAnchor = picture?.detailsAnchor ?? {
    project: middle,
    onViewChange: () => () => {},
    reveal: middle,
    width: () => box.clientWidth,
    height: () => box.clientHeight,
  };
  popups = createPopups({ doc, detailsAnchor, surface, store, view });
  return { picture, popups };
}
