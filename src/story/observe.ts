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

/** A map that covers more than this share of the screen leaves too little below it to read in. */
const MAX_COVER = 0.75;

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
  return top <= whole.bottom * MAX_COVER ? { top, bottom: whole.bottom } : whole;
}

/** The observer's root margin for a line across the middle of a band (a strip 1 % of the viewport high). */
export function lineMargin(band: Band, viewportHeight: number): string {
  const strip = Math.max(1, Math.round(viewportHeight / 100));
  const line = Math.round(band.top + (band.bottom - band.top) / 2);
  const below = Math.max(0, viewportHeight - line - strip);
  return `-${line}px 0px -${below}px 0px`;
}

/** Room left above a step brought to the reading line, so its beginning does not touch the map (px). */
const STEP_GAP = 16;

/**
 * Scrolls the page so that a step lies on the reading line, as if the reader had scrolled there: centred on
 * it, or, for a step taller than half the band, with its beginning just below a map that sticks above it.
 */
export function scrollToStep(step: Element, win: Window, map: Element | null, smooth: boolean): void {
  const band = readingBand(map, step.parentElement ?? step, win);
  const line = band.top + (band.bottom - band.top) / 2;
  const rect = step.getBoundingClientRect();
  const topAt = Math.max(band.top + STEP_GAP, line - rect.height / 2);
  win.scrollTo({ top: win.scrollY + rect.top - topAt, behavior: smooth ? "smooth" : "auto" });
}

/**
 * Watches the steps; `map`, when given, is the map they move: the reading band follows its sticky box and is
 * measured again whenever that box or the viewport changes size.
 */
export function watchSteps(
  steps: readonly Element[],
  win: Window & typeof globalThis,
  onStep: (index: number) => void,
  map: Element | null = null,
): StepWatch {
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
  const container = steps[0]?.parentElement ?? win.document.documentElement;
  /** (Re)starts the observer on the line of the current band; a band that did not move keeps it. */
  const observe = () => {
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
  win.addEventListener("resize", observe, { passive: true, signal: listeners.signal });
  const stuck = map ? stuckBoxOf(map, win) : null;
  const resizes = stuck && "ResizeObserver" in win ? new win.ResizeObserver(observe) : null;
  if (stuck) resizes?.observe(stuck);
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
