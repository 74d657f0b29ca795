// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { lineMargin, readingBand, scrollToStep, stuckBoxOf } from "../../src/story/observe.ts";

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

  it("is the whole viewport when a map above the steps covers most of the screen", () => {
    const { map, steps } = page({
      map: { left: 0, top: 0, width: 375, height: 600 },
      steps: { left: 0, top: 600, width: 375, height: 3000 },
    });
    expect(readingBand(map, steps, window)).toEqual({ top: 0, bottom: 740 });
  });

  it("brings a step to the reading line: a tall one just below the map, a short one centred on the line", () => {
    const { map, steps } = page({
      map: { left: 0, top: 0, width: 375, height: 380 },
      steps: { left: 0, top: 380, width: 375, height: 3000 },
    });
    const asked: ScrollToOptions[] = [];
    window.scrollTo = ((options: ScrollToOptions) => asked.push(options)) as typeof window.scrollTo;
    Object.defineProperty(window, "scrollY", { value: 1000, configurable: true });
    const tall = boxed(document.createElement("section"), { left: 0, top: 2000, width: 375, height: 520 });
    const short = boxed(document.createElement("section"), { left: 0, top: 2600, width: 375, height: 120 });
    steps.append(tall, short);
    scrollToStep(tall, window, map, true);
    scrollToStep(short, window, map, false);
    // The band is 380 to 740 and its line at 560: the tall step's top 16 px under the map, the short one's
    // middle on the line.
    expect(asked).toEqual([
      { top: 1000 + 2000 - 396, behavior: "smooth" },
      { top: 1000 + 2600 - 500, behavior: "auto" },
    ]);
  });
});
