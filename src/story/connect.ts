/**
 * Wires a story to one map element: the `story` attribute's steps, read in the element's document, drive the
 * element's own state (its `as-of`, its selection, its camera, its highlight) and the element tells the page
 * each step it reaches (`storystep`). The element only calls this; removing the element calls the returned
 * function, which stops the story.
 */
import type { AppHandle } from "../app.ts";
import type { I18n } from "../i18n/index.ts";
import { createStory } from "./story.ts";
import { stepSummary } from "./summary.ts";

export interface StoryHost extends HTMLElement {
  asOf: string | null;
}

export function connectStory(options: {
  host: StoryHost;
  selector: string;
  app: AppHandle;
  i18n: I18n;
  navHost: HTMLElement;
  reducedMotion(): boolean;
}): () => void {
  const { host, app } = options;
  const warn = (message: string) => console.warn(message);
  let container: Element | null = null;
  try {
    container = host.ownerDocument.querySelector(options.selector);
  } catch {
    // Not a selector at all: the same warning as for one that finds nothing.
  }
  if (!container) {
    warn(`ai-infra-map: story "${options.selector}" finds no element in the page; no story`);
    return () => {};
  }
  const story = createStory({
    container,
    ctx: { isSite: (id) => app.kindOf(id) === "site", isCompany: (id) => app.kindOf(id) === "company", warn },
    navHost: options.navHost,
    i18n: options.i18n,
    reducedMotion: options.reducedMotion,
    apply(state, step) {
      const before = app.view();
      // Through the element's own properties, so its attribute, the URL and its events follow as ever.
      if (state.asOf !== undefined && state.asOf !== host.asOf) host.asOf = state.asOf;
      if (state.site !== undefined) app.select(state.site, "story");
      if (state.highlight !== undefined) app.highlight(state.highlight);
      if (state.camera) app.setCamera(state.camera);
      host.dispatchEvent(new CustomEvent("storystep", { detail: { index: step.index, id: step.id } }));
      const after = app.view();
      return after ? stepSummary(before, after, app.selectedId()) : null;
    },
  });
  return () => story.destroy();
}
