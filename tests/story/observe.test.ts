// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { lineMargin, readingBand, scrollToStep, stuckBoxOf, watchSteps } from "../../src/story/observe.ts";

/** Gives an element the box a layout would give it (jsdom lays nothing out). */
function boxed<T extends HTMLElement>(
  element: T,
  rect: { left: number; top: number; width: number; height: number },
) {
  const { left, top, width, height } = rect;
  element.getBoundingClientRect = () =>
    ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
  return element;
}

/** A page with a map in a box that sticks at `top`, and the steps' column; 375 × 740 unless told. */
function page(options: {
  map: Parameters<typeof boxed>[1];
  steps: Parameters<typeof boxed>[1];
  top?: string;
}) {
  Object.defineProperty(window, "innerHeight", { value: 740, configurable: true });
  const sticky = boxed(document.createElement("div"), options.map);
  sticky.style.position = "sticky";
  sticky.style.top = options.top ?? "0px";
  const map = document.createElement("ai-infra-map");
  sticky.append(map);
  const steps = boxed(document.createElement("div"), options.steps);
  document.body.replaceChildren(sticky, steps);
  return { map, steps, sticky };
}

describe("where a story's step counts as reached", () => {
  it("finds the box that sticks, from the map up", () => {
    const { map, sticky } = page({
      map: { left: 0, top: 0, width: 375, height: 300 },
      steps: { left: 0, top: 300, width: 375, height: 3000 },
    });
    expect(stuckBoxOf(map, window)).toBe(sticky);
    expect(stuckBoxOf(document.body, window)).toBeNull();
  });

  it("is the part of a phone's screen below a map that sticks above the steps", () => {
    const { map, steps } = page({
      map: { left: 0, top: 120, width: 375, height: 380 },
      steps: { left: 0, top: 500, width: 375, height: 3000 },
    });
    // Measured from the map's sticky top (0) and its height, wherever the page is scrolled to now.
    expect(readingBand(map, steps, window)).toEqual({ top: 380, bottom: 740 });
    expect(lineMargin({ top: 380, bottom: 740 }, 740)).toBe("-560px 0px -173px 0px");
  });

  it("is the whole viewport when the map stands beside the steps, or sticks nowhere", () => {
    const beside = page({
      map: { left: 480, top: 16, width: 736, height: 650 },
      steps: { left: 64, top: 0, width: 384, height: 4000 },
      top: "16px",
    });
    expect(readingBand(beside.map, beside.steps, window)).toEqual({ top: 0, bottom: 740 });
    const loose = document.createElement("ai-infra-map");
    document.body.append(loose);
    expect(readingBand(loose, beside.steps, window)).toEqual({ top: 0, bottom: 740 });
    expect(readingBand(null, beside.steps, window)).toEqual({ top: 0, bottom: 740 });
    // The middle of the viewport then, as before.
    expect(lineMargin({ top: 0, bottom: 740 }, 740)).toBe("-370px 0px -363px 0px");
  });

  it("is what a map above the steps leaves, however little, and the whole viewport only when it leaves no lines", () => {
    const tall = page({
      map: { left: 0, top: 0, width: 375, height: 600 },
      steps: { left: 0, top: 600, width: 375, height: 3000 },
    });
    expect(readingBand(tall.map, tall.steps, window)).toEqual({ top: 600, bottom: 740 });
    const whole = page({
      map: { left: 0, top: 0, width: 375, height: 700 },
      steps: { left: 0, top: 700, width: 375, height: 3000 },
    });
    expect(readingBand(whole.map, whole.steps, window)).toEqual({ top: 0, bottom: 740 });
  });

  it("brings a step to the reading line: a tall one just below the map, a short one centred on the line", () => {
    const { map, steps } = page({
      map: { left: 0, top: 0, width: 375, height: 380 },
      steps: { left: 0, top: 380, width: 375, height: 3000 },
    });
    const asked: ScrollToOptions[] = [];
    window.scrollBy = ((options: ScrollToOptions) => asked.push(options)) as typeof window.scrollBy;
    const tall = boxed(document.createElement("section"), { left: 0, top: 2000, width: 375, height: 520 });
    const short = boxed(document.createElement("section"), { left: 0, top: 2600, width: 375, height: 120 });
    steps.append(tall, short);
    scrollToStep(tall, window, { map, container: steps, smooth: true });
    scrollToStep(short, window, { map, container: steps, smooth: false });
    // The band is 380 to 740 and its line at 560: the tall step's top 16 px under the map, the short one's
    // middle on the line.
    expect(asked).toEqual([
      { top: 2000 - 396, behavior: "smooth" },
      { top: 2600 - 500, behavior: "auto" },
    ]);
  });

  it("scrolls the box an article scrolls in, where it has one", () => {
    const { map, steps } = page({
      map: { left: 0, top: 0, width: 375, height: 380 },
      steps: { left: 0, top: 380, width: 375, height: 3000 },
    });
    const scroller = document.createElement("div");
    scroller.style.overflowY = "auto";
    Object.defineProperty(scroller, "scrollHeight", { value: 5000 });
    Object.defineProperty(scroller, "clientHeight", { value: 740 });
    const asked: ScrollToOptions[] = [];
    scroller.scrollBy = ((options: ScrollToOptions) => asked.push(options)) as typeof scroller.scrollBy;
    window.scrollBy = (() => asked.push({ top: Number.NaN })) as typeof window.scrollBy;
    steps.replaceWith(scroller);
    scroller.append(steps);
    const step = boxed(document.createElement("section"), { left: 0, top: 2000, width: 375, height: 520 });
    steps.append(step);
    scrollToStep(step, window, { map, container: steps, smooth: false });
    expect(asked).toEqual([{ top: 2000 - 396, behavior: "auto" }]);
  });
});

/** Observers the test drives: what each IntersectionObserver watches with which margin, and each ResizeObserver. */
class FakeIntersections {
  static all: FakeIntersections[] = [];
  watched = new Set<Element>();
  constructor(
    readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeIntersections.all.push(this);
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  disconnect() {
    this.watched.clear();
  }
}
class FakeResizes {
  static all: FakeResizes[] = [];
  watched = new Set<Element>();
  constructor(readonly callback: () => void) {
    FakeResizes.all.push(this);
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  disconnect() {
    this.watched.clear();
  }
}

describe("watching a story's steps", () => {
  it("moves its line when the map's box changes size, reports the step on it once settled, and stops on destroy", async () => {
    const native = { io: window.IntersectionObserver, ro: window.ResizeObserver };
    Object.assign(window, { IntersectionObserver: FakeIntersections, ResizeObserver: FakeResizes });
    FakeIntersections.all = [];
    FakeResizes.all = [];
    try {
      const { map, steps, sticky } = page({
        map: { left: 0, top: 0, width: 375, height: 380 },
        steps: { left: 0, top: 380, width: 375, height: 3000 },
      });
      const sections = [0, 1].map(() => steps.appendChild(document.createElement("section")));
      const reached: number[] = [];
      const watch = watchSteps(sections, window, (index) => reached.push(index), { map, container: steps });
      const [first] = FakeIntersections.all;
      expect(first?.options.rootMargin).toBe("-560px 0px -173px 0px");
      expect([...(FakeResizes.all[0]?.watched ?? [])]).toEqual([sticky]);
      // The map's box grows (its panel opened): a new line, on a new observer; the old one watches nothing.
      boxed(sticky, { left: 0, top: 0, width: 375, height: 440 });
      FakeResizes.all[0]?.callback();
      const second = FakeIntersections.all[1];
      expect(second?.options.rootMargin).toBe("-590px 0px -143px 0px");
      expect(first?.watched.size).toBe(0);
      expect(second?.watched.size).toBe(2);
      // The second step crosses the line: reported once the scroll has settled.
      second?.callback([{ target: sections[1] as Element, isIntersecting: true }]);
      expect(reached).toEqual([]);
      await vi.waitFor(() => expect(reached).toEqual([1]));
      expect(watch.current()).toBe(1);
      watch.destroy();
      expect(second?.watched.size).toBe(0);
      expect(FakeResizes.all[0]?.watched.size).toBe(0);
    } finally {
      Object.assign(window, { IntersectionObserver: native.io, ResizeObserver: native.ro });
    }
  });
});
