/**
 * Where the details and the chooser open, on the static picture and on the live map alike. It is the app's own
 * DOM, not MapLibre's popup, so that details opened on the picture stay open, unchanged and unannounced, when
 * the live map takes over: only the function that says where the feature is on screen changes.
 *
 * In a wide map area it is a card beside the feature (a popover), on the side with more room. In a narrow one
 * (a phone) it is a sheet under the map, so that the feature stays visible and highlighted above it; the
 * sheet closes by its button, by Escape (handled by the app) and by a swipe down on its grip.
 */
import { el } from "../dom/dom.ts";

/** At or below this width of the map area (px) details open in a sheet under the map. */
export const SHEET_MAX_WIDTH = 600;
/** Distance between the feature and the card (px): clear of a site's circle and its highlight ring. */
const ANCHOR_GAP = 16;
/** Room kept between the card and the map area's edges (px). */
const EDGE = 8;
/** Room kept free at the top of the map area (px), where the live map has its buttons. */
const TOP_CLEAR = 52;
/** The card's widest size (px); narrower in a narrow area. */
const MAX_CARD_WIDTH = 380;
const MIN_CARD_HEIGHT = 160;
const MAX_CARD_HEIGHT = 440;
/** The share of the map's height a card may take in a story. */
const STORY_CARD_SHARE = 0.4;
/** How far a sheet must be dragged down before it closes (px); less snaps it back. */
const SWIPE_TO_CLOSE = 60;

export interface Point {
  x: number;
  y: number;
}

export interface SurfaceOptions {
  doc: Document;
  /** The map area: a popover is placed in it, over the picture or the live map. */
  area: HTMLElement;
  /** The close button's accessible name. */
  closeLabel: string;
  /**
   * Whether the details may open as a sheet under the map on a phone. Not in a story, where the map sticks in
   * the screen's upper part and whatever lies under it is the article; there the card is kept to a share of
   * the map's height, so that it fits above or below its feature wherever a step's camera flies it.
   * @defaultValue true
   */
  sheets?: boolean;
  /** The height of the map's box in px: the area may hold more under it (a fault message). */
  mapHeight(): number;
}

export interface OpenOptions {
  content: HTMLElement;
  /** "aim-popup" for details, "aim-chooser" for the chooser among several features. */
  className: string;
  /** Where the feature is now, in the map area's px. */
  anchor: Point;
  /** Where the feature will be once the camera has moved: the card is sized for that position. */
  targetY: number;
  /** The reader closed it (button, swipe); not called by close(). */
  onClose(): void;
}

export interface Surface {
  /** Opens a card (closing any open one) and returns it. */
  open(options: OpenOptions): HTMLElement;
  /** Moves an open popover with its feature; a sheet stays where it is. */
  place(anchor: Point | null): void;
  /** Whether a card opened now would be a sheet. */
  isSheet(): boolean;
  /**
   * Scrolls the page, if need be, so that an open sheet's top and the map above it are in view: a reader who
   * chose a site from the list further down sees it on the map with its details under it.
   */
  showSheet(): void;
  /** The open card, or null. */
  readonly element: HTMLElement | null;
  close(): void;
  destroy(): void;
}

export function createSurface(options: SurfaceOptions): Surface {
  const { doc, area } = options;
  let card: HTMLElement | null = null;
  /** Aborting it removes the open card's listeners. */
  let listeners: AbortController | null = null;
  /** Above or below the feature, chosen at opening so the card does not flip while the camera flies. */
  let above = false;
  const isSheet = () => opensAsSheet(area, options.sheets);
  const close = () => {
    listeners?.abort();
    listeners = null;
    card?.remove();
    card = null;
  };
  const place = (target: Point | null) => {
    if (!card || card.classList.contains("sheet") || !target) return;
    placePopover(card, target, above, area, options.mapHeight());
  };

  return {
    open(open) {
      close();
      listeners = new AbortController();
      const { signal } = listeners;
      const sheet = isSheet();
      const closeByReader = () => {
        close();
        open.onClose();
      };
      const opened = buildCard(doc, open, sheet, options.closeLabel, closeByReader, signal);
      card = opened;
      if (sheet) {
        area.after(opened);
        return opened;
      }
      above = sizePopover(opened, open.targetY, area, options);
      area.append(opened);
      place(open.anchor);
      return opened;
    },
    place,
    isSheet,
    showSheet() {
      if (!card?.classList.contains("sheet")) return;
      const viewportHeight = doc.defaultView?.innerHeight ?? 0;
      const areaTop = area.getBoundingClientRect().top;
      const sheetTop = card.getBoundingClientRect().top;
      if (areaTop < 0 || sheetTop > viewportHeight - MIN_CARD_HEIGHT) area.scrollIntoView({ block: "start" });
    },
    get element() {
      return card;
    },
    close,
    destroy: close,
  };
}

/**
 * A sheet only where the map has the element's whole width: beside the panel (a two-column layout, whose map
 * may be narrow too) a sheet would land in the panel's column.
 */
function opensAsSheet(area: HTMLElement, sheets: SurfaceOptions["sheets"]): boolean {
  if (sheets === false) return false;
  const whole = (area.parentElement?.clientWidth ?? 0) - area.clientWidth < 2;
  return area.clientWidth <= SHEET_MAX_WIDTH && whole;
}

/**
 * The card with its close button (and a sheet's grip). The card draws the background and the body scrolls: a
 * scroller with its own opaque background over the map's canvas made Chromium leave a hole in the map where the
 * scrolled-away content lay. The close button has a row of its own above the body (with the sheet's grip), so
 * that no scrolled text passes under it.
 */
function buildCard(
  doc: Document,
  open: OpenOptions,
  sheet: boolean,
  closeLabel: string,
  closeByReader: () => void,
  signal: AbortSignal,
): HTMLElement {
  const closeButton = el(doc, "button", {
    class: "surface-close",
    text: "×",
    attrs: { type: "button", "aria-label": closeLabel },
  });
  const grip = sheet ? el(doc, "div", { class: "surface-grip", attrs: { "aria-hidden": "true" } }) : null;
  const card = el(
    doc,
    "div",
    { class: `aim-surface ${open.className} ${sheet ? "sheet" : "popover"}` },
    el(doc, "div", { class: "surface-head" }, grip, closeButton),
    el(doc, "div", { class: "surface-body" }, open.content),
  );
  closeButton.addEventListener("click", closeByReader, { signal });
  if (grip) swipeToClose(card, grip, signal, closeByReader);
  return card;
}

/**
 * A popover's height and width: never taller than the larger free space above or below the feature, so the card
 * stays in the map. Returns whether it goes above the feature.
 */
function sizePopover(
  card: HTMLElement,
  targetY: number,
  area: HTMLElement,
  options: SurfaceOptions,
): boolean {
  const height = options.mapHeight();
  const above = targetY > height / 2;
  const room = above ? targetY - ANCHOR_GAP - TOP_CLEAR : height - targetY - ANCHOR_GAP - EDGE;
  const most =
    options.sheets === false ? Math.min(MAX_CARD_HEIGHT, height * STORY_CARD_SHARE) : MAX_CARD_HEIGHT;
  card.style.maxHeight = `${Math.max(Math.min(MIN_CARD_HEIGHT, most), Math.min(most, room))}px`;
  card.style.width = `${Math.min(MAX_CARD_WIDTH, area.clientWidth - 4 * EDGE)}px`;
  return above;
}

/** Places a popover above or below its feature, kept inside the map. */
function placePopover(
  card: HTMLElement,
  target: Point,
  above: boolean,
  area: HTMLElement,
  mapHeight: number,
) {
  // A feature panned out of the map keeps its card at the map's edge, not over the page around it.
  const anchor = {
    x: Math.min(Math.max(target.x, 0), area.clientWidth),
    y: Math.min(Math.max(target.y, 0), mapHeight),
  };
  const width = card.offsetWidth;
  const left = Math.min(
    Math.max(anchor.x - width / 2, EDGE),
    Math.max(EDGE, area.clientWidth - width - EDGE),
  );
  card.style.left = `${Math.round(left)}px`;
  if (above) {
    card.style.top = "";
    // Measured from the area's foot, which may hold a fault message under the map's box.
    card.style.bottom = `${Math.round(area.clientHeight - anchor.y + ANCHOR_GAP)}px`;
  } else {
    card.style.bottom = "";
    card.style.top = `${Math.round(anchor.y + ANCHOR_GAP)}px`;
  }
}

/** A drag down on the sheet's grip moves it with the finger; far enough, and it closes. */
function swipeToClose(sheet: HTMLElement, grip: HTMLElement, signal: AbortSignal, onSwiped: () => void) {
  let startY: number | null = null;
  let pointerId = -1;
  const offset = (event: PointerEvent) => Math.max(0, event.clientY - (startY ?? event.clientY));
  grip.addEventListener(
    "pointerdown",
    (event) => {
      startY = event.clientY;
      pointerId = event.pointerId;
      grip.setPointerCapture?.(pointerId);
    },
    { signal },
  );
  grip.addEventListener(
    "pointermove",
    (event) => {
      if (startY === null || event.pointerId !== pointerId) return;
      sheet.style.transform = `translateY(${offset(event)}px)`;
    },
    { signal },
  );
  const end = (event: PointerEvent) => {
    if (startY === null || event.pointerId !== pointerId) return;
    const moved = offset(event);
    startY = null;
    sheet.style.transform = "";
    if (event.type === "pointerup" && moved >= SWIPE_TO_CLOSE) onSwiped();
  };
  grip.addEventListener("pointerup", end, { signal });
  grip.addEventListener("pointercancel", end, { signal });
}
