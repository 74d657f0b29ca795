/**
 * Story mode: the article's steps move the map. Where the steps are in the element's own page they are read
 * once (steps.ts) and watched as the reader scrolls (observe.ts); where the map is in an iframe, the host
 * page's embed-host.js watches them and sends them (embed-protocol.ts). Either way each step the reader
 * reaches goes through one player: the step buttons (nav.ts) show it, `apply` makes it the map's ordinary
 * state (its date, its selection, its camera, its highlight), and the live region says once what the map
 * now shows. The player remembers only what it last applied, so it changes what a step changes and nothing
 * the reader did meanwhile. destroy() stops watching, listening, and removes the buttons.
 */
import type { I18n } from "../i18n/index.ts";
import { createStoryNav, type StoryNav } from "./nav.ts";
import { scrollToStep, watchSteps } from "./observe.ts";
import { readStep, type Step, type StepContext, type StoryState, stateAt } from "./steps.ts";

/** The attribute that makes an element a step. */
export const STEP_ATTRIBUTE = "data-aim-step";

export interface PlayerOptions {
  ctx: StepContext;
  /** Where the step buttons go, or null for none. */
  navHost: HTMLElement | null;
  i18n: I18n;
  /** Makes the map show a step's state, and says in the map's live region what it changed. */
  apply(state: StoryState, step: Step): void;
  /** What the map showed before the story's first step: what scrolling back before a step's change restores. */
  initial(): StoryState;
}

const FIELDS = ["asOf", "site", "camera", "highlight"] as const;

export interface Story {
  destroy(): void;
}

/** The attributes of a step element, as the step reader takes them. */
export function stepAttributes(element: Element): Record<string, string> {
  return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
}

/** Whether two values of a state's field are the same (a camera is compared by what it says). */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The player of one story: shows each step the reader reaches, on the buttons and on the map (which says what
 * changed). The map is given only what the story changes: a field whose value is what the story last applied
 * is left alone, so a reader's own choice (details opened, the map panned) survives the steps that do not
 * change that field. A step's state is what it and the steps before it named (stateAt); a field that none of
 * them named but a later step had set goes back to what the map showed before the story began, so scrolling
 * back restores the earlier step.
 */
function createPlayer(options: PlayerOptions) {
  let before: StoryState | null = null;
  let applied: StoryState = {};
  return (steps: readonly Step[], index: number, nav: StoryNav | null) => {
    const step = steps[index];
    if (!step) return;
    before ??= options.initial();
    const wanted: StoryState = stateAt(steps, index);
    const changes: StoryState = {};
    for (const field of FIELDS) {
      const value =
        wanted[field] === undefined && applied[field] !== undefined ? before[field] : wanted[field];
      if (value !== undefined && !same(value, applied[field])) Object.assign(changes, { [field]: value });
    }
    applied = { ...applied, ...changes };
    nav?.show(index);
    options.apply(changes, step);
  };
}

const buttons = (options: PlayerOptions, total: number, go: (index: number) => void) =>
  options.navHost ? createStoryNav({ container: options.navHost, total, i18n: options.i18n, go }) : null;

/** A story whose steps are in the element's own page, under `container`. */
export function createPageStory(
  container: Element,
  options: PlayerOptions & {
    reducedMotion(): boolean;
    /** The map the steps move: where it sticks decides where on the screen a step counts as reached. */
    map: Element;
  },
): Story {
  const win = container.ownerDocument.defaultView;
  const elements = [...container.querySelectorAll(`[${STEP_ATTRIBUTE}]`)];
  const steps = elements.map((element, index) => readStep(stepAttributes(element), index, options.ctx));
  if (!win || steps.length === 0) {
    options.ctx.warn(`ai-infra-map: the story has no steps (elements with ${STEP_ATTRIBUTE})`);
    return { destroy: () => {} };
  }
  const nav = buttons(options, steps.length, (index) => {
    // A button scrolls the article to the step, which then changes the map as scrolling there would.
    const element = elements[index];
    if (element)
      scrollToStep(element, win, { map: options.map, container, smooth: !options.reducedMotion() });
  });
  const reach = createPlayer(options);
  const watch = watchSteps(elements, win, (index) => reach(steps, index, nav), {
    map: options.map,
    container,
  });
  return {
    destroy() {
      watch.destroy();
      nav?.destroy();
    },
  };
}

/**
 * A story whose steps are in the host page of the map's iframe: they arrive as messages (already validated by
 * `read`), and the buttons ask the host to scroll.
 */
export function createRelayedStory(
  options: PlayerOptions & {
    /** Listens for the host's story messages; returns the function that stops it. */
    listen(
      onStory: (message: {
        index: number;
        steps: { id: string | null; attributes: Record<string, string> }[];
      }) => void,
    ): () => void;
    /** Asks the host to scroll to a step. */
    go(index: number): void;
  },
): Story {
  const reach = createPlayer(options);
  let nav: StoryNav | null = null;
  let last = "";
  let steps: Step[] = [];
  const stop = options.listen((message) => {
    // The steps come with every message; they are read again only when they differ (a page that changed).
    const key = JSON.stringify(message.steps);
    if (key !== last) {
      last = key;
      steps = message.steps.map((step, index) =>
        readStep({ ...step.attributes, ...(step.id ? { id: step.id } : {}) }, index, options.ctx),
      );
      nav?.destroy();
      nav = buttons(options, steps.length, options.go);
    }
    reach(steps, message.index, nav);
  });
  return {
    destroy() {
      stop();
      nav?.destroy();
    },
  };
}
