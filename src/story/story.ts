/**
 * Story mode: the article's steps move the map. The steps are read once (steps.ts), watched as the reader
 * scrolls (observe.ts) and offered as buttons (nav.ts); each step the reader reaches becomes the map's state
 * through `apply`, which the element wires to the map's ordinary state: its date, its selection, its camera
 * and its highlight. The story itself keeps no state of the map: scrolling back to a step applies exactly the
 * state that step left. destroy() stops watching and removes the buttons.
 */
import type { I18n } from "../i18n/index.ts";
import { createStoryNav } from "./nav.ts";
import { watchSteps } from "./observe.ts";
import { readStep, type Step, type StepContext, type StoryState, stateAt } from "./steps.ts";

/** The attribute that makes an element a step. */
export const STEP_ATTRIBUTE = "data-aim-step";

export interface StoryOptions {
  /** The element that holds the steps (the `story` attribute's selector found it). */
  container: Element;
  ctx: StepContext;
  /** Where the step buttons go, or null for none. */
  navHost: HTMLElement | null;
  i18n: I18n;
  reducedMotion(): boolean;
  /** Makes the map show a step's state, and returns what a screen reader should hear of it (or null). */
  apply(state: StoryState, step: Step): string | null;
}

export interface Story {
  readonly steps: readonly Step[];
  destroy(): void;
}

/** The attributes of a step element, as the step reader takes them. */
export function stepAttributes(element: Element): Record<string, string> {
  return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}

export function createStory(options: StoryOptions): Story {
  const { container, ctx } = options;
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  const elements = [...container.querySelectorAll(`[${STEP_ATTRIBUTE}]`)];
  const steps = elements.map((element, index) => readStep(stepAttributes(element), index, ctx));
  if (!win || steps.length === 0) {
    if (steps.length === 0) ctx.warn("ai-infra-map: the story has no steps (elements with data-aim-step)");
    return { steps, destroy: () => {} };
  }
  const nav = options.navHost
    ? createStoryNav({
        container: options.navHost,
        total: steps.length,
        i18n: options.i18n,
        go: (index) =>
          elements[index]?.scrollIntoView({
            block: "center",
            behavior: options.reducedMotion() ? "auto" : "smooth",
          }),
      })
    : null;
  const watch = watchSteps(elements, win, (index) => {
    const step = steps[index];
    if (!step) return;
    nav?.show(index);
    const summary = options.apply(stateAt(steps, index), step);
    if (summary) nav?.announce(summary);
  });
  return {
    steps,
    destroy() {
      watch.destroy();
      nav?.destroy();
    },
  };
}
