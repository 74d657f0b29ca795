/**
 * Which step of a story is the reader at: the one crossing the middle of the viewport, scrolling down or up.
 * One IntersectionObserver watches a line across the viewport's middle (a root margin of -50 % above and below)
 * for every step; when the step on that line changes, the change is reported once the scrolling has settled
 * for a moment, so a fast scroll past five steps reports only the last one reached, never a queue of them.
 * Native scrolling only: nothing here listens to the wheel or to touches, or moves the page.
 *
 * scrollama 3.2, the usual library for this, was not taken: its setup() adds a scroll listener to the
 * document that its destroy() never removes and keeps the scroll direction in module state shared by all
 * instances, so a page with several maps, or an element removed and added again, would keep listeners alive;
 * what it would do here is this one observer.
 */

/** How long the step on the middle line must stay the same before it counts, in ms. */
export const SETTLE_MS = 120;

export interface StepWatch {
  /** The step the reader is at, or null before the first has reached the middle. */
  current(): number | null;
  destroy(): void;
}

export function watchSteps(
  steps: readonly Element[],
  win: Window & typeof globalThis,
  onStep: (index: number) => void,
): StepWatch {
  const onLine = new Set<number>();
  let current: number | null = null;
  let timer: number | undefined;
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
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = steps.indexOf(entry.target);
        if (entry.isIntersecting) onLine.add(index);
        else onLine.delete(index);
      }
      settle();
    },
    // A band of 1 % of the viewport at its middle: a line, with a height browsers surely intersect.
    { rootMargin: "-50% 0px -49% 0px", threshold: 0 },
  );
  for (const step of steps) observer.observe(step);
  return {
    current: () => current,
    destroy() {
      observer.disconnect();
      win.clearTimeout(timer);
    },
  };
}
