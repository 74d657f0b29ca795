/**
 * Which step of a story is the reader at: the one crossing the reading line, scrolling down or up. The line
 * runs across the middle of the part of the screen where the reader reads the steps: the whole viewport when
 * the map stands beside the steps, and what is left below the map when the map sticks above them (a phone),
 * where the viewport's own middle would lie behind the map and a step would change the map while its text is
 * still hidden. One IntersectionObserver watches that line for every step; when the step on it changes, the
 * change is reported once the scrolling has settled for a moment, so a fast scroll past five steps reports only
 * the last one reached, never a queue of them. Native scrolling only: nothing here listens to the wheel or to
 * touches, or moves the page.
 *
 * scrollama 3.2, the usual library for this, was not taken: its setup() adds a scroll listener to the
 * document that its destroy() never removes and keeps the scroll direction in module state shared by all
 * instances, so a page with several maps, or an element removed and added again, would keep listeners alive;
 * what it would do here is this one observer.
 */

/** How long the step on the reading line must stay the same before it counts, in ms. */
export const SETTLE_MS = 120;

export interface StepWatch {
  /** The step the reader is at, or null before the first has reached the reading line. */
  current(): number | null;
  destroy(): void;
}

/** A band of the viewport, in CSS pixels from its top. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * Below a map that leaves less than this of the screen (px, about three lines of text) nothing can be read:
 * the whole viewport counts then.
 */
const MIN_BAND = 72;

/** The nearest box from `element` up that sticks in view (position: sticky or fixed), or null. */
export function stuckBoxOf(element: Element, win: Window): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const { position } = win.getComputedStyle(node);
    if (position === "sticky" || position === "fixed") return node;
  }
  return null;
}

/**
 * Where the reader reads the steps: the whole viewport, or, when the map sticks above the steps (its box and
 * theirs share columns), the part below the map. The map's place is taken from its CSS (its sticky `top`) and
 * its height, not from where it happens to be while the page scrolls, so the band is the same at every scroll
 * position.
 */
export function readingBand(map: Element | null, steps: Element, win: Window): Band {
  const whole = { top: 0, bottom: win.innerHeight };
  const stuck = map ? stuckBoxOf(map, win) : null;
  if (!stuck) return whole;
  const box = stuck.getBoundingClientRect();
  const text = steps.getBoundingClientRect();
  const beside = box.right <= text.left || text.right <= box.left;
  if (beside || box.height === 0) return whole;
  const top = Math.max(0, Number.parseFloat(win.getComputedStyle(stuck).top) || 0) + box.height;
  return top <= whole.bottom - MIN_BAND ? { top, bottom: whole.bottom } : whole;
}

/** The reading line: across the middle of the band. */
const lineOf = (band: Band) => band.top + (band.bottom - band.top) / 2;

/** The observer's root margin for the reading line of a band (a strip 1 % of the viewport high). */
export function lineMargin(band: Band, viewportHeight: number): string {
  const strip = Math.max(1, Math.round(viewportHeight / 100));
  const line = Math.round(lineOf(band));
  const below = Math.max(0, viewportHeight - line - strip);
  return `-${line}px 0px -${below}px 0px`;
}

/** Room left above a step brought to the reading line, so its beginning does not touch the map (px). */
const STEP_GAP = 16;

/** The nearest ancestor of `element` that scrolls its content (an article in a scrolling box), or null. */
function scrollerOf(element: Element, win: Window): Element | null {
  const { body, documentElement } = element.ownerDocument;
  for (
    let node = element.parentElement;
    node && node !== body && node !== documentElement;
    node = node.parentElement
  ) {
    const { overflowY } = win.getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/**
 * Scrolls the article so that a step lies on the reading line, as if the reader had scrolled there: its middle
 * on the line, or, for a step too tall for that, its beginning just below a map that sticks above it. The page
 * scrolls, or the box the article scrolls in.
 */
export function scrollToStep(
  step: Element,
  win: Window,
  options: { map: Element | null; container: Element; smooth: boolean },
): void {
  const band = readingBand(options.map, options.container, win);
  const rect = step.getBoundingClientRect();
  const topAt = Math.max(band.top + STEP_GAP, lineOf(band) - rect.height / 2);
  (scrollerOf(step, win) ?? win).scrollBy({
    top: rect.top - topAt,
    behavior: options.smooth ? "smooth" : "auto",
  });
}

/**
 * Watches the steps inside `container`; `map`, when given, is the map they move: the reading band follows its
 * sticky box and is measured again whenever that box or the viewport changes size (a box that begins or stops
 * sticking included).
 */
export function watchSteps(
  steps: readonly Element[],
  win: Window & typeof globalThis,
  onStep: (index: number) => void,
  options: { map: Element | null; container: Element },
): StepWatch {
  const { map, container } = options;
  const onLine = new Set<number>();
  const listeners = new AbortController();
  let current: number | null = null;
  let timer: number | undefined;
  let observer: IntersectionObserver | null = null;
  let margin = "";
  const settle = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      // Steps do not overlap; should two touch the line at once, the later one is the one being read.
      const at = onLine.size > 0 ? Math.max(...onLine) : null;
      // Between two steps the line crosses neither: the reader is still at the one above.
      if (at === null || at === current) return;
      current = at;
      onStep(at);
    }, SETTLE_MS);
  };
  const resizes = "ResizeObserver" in win ? new win.ResizeObserver(() => observe()) : null;
  let watchedBox: Element | null = null;
  /**
   * (Re)starts the observer on the line of the current band (a band that did not move keeps it), and watches
   * the size of the map's sticky box, whichever box that is now.
   */
  const observe = () => {
    const box = map ? stuckBoxOf(map, win) : null;
    if (box !== watchedBox) {
      resizes?.disconnect();
      if (box) resizes?.observe(box);
      watchedBox = box;
    }
    const next = lineMargin(readingBand(map, container, win), win.innerHeight);
    if (next === margin) return;
    margin = next;
    observer?.disconnect();
    onLine.clear();
    observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = steps.indexOf(entry.target);
          if (entry.isIntersecting) onLine.add(index);
          else onLine.delete(index);
        }
        settle();
      },
      { rootMargin: margin, threshold: 0 },
    );
    for (const step of steps) observer.observe(step);
  };
  observe();
  win.addEventListener("resize", () => observe(), { signal: listeners.signal });
  return {
    current: () => current,
    destroy() {
      observer?.disconnect();
      resizes?.disconnect();
      listeners.abort();
      win.clearTimeout(timer);
    },
  };
}
