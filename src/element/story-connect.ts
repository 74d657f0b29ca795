/**
 * Wires a story to one map element: the steps (in the element's page, or, for `story="host"`, in the page that
 * embeds its iframe) drive the element's own state, its `as-of`, its selection, its camera, its highlight, and
 * the element tells the page each step it reaches (`storystep`). The element only calls this; stopping the
 * element calls the returned function, which stops the story.
 */
import type { AppHandle } from "../app/app.ts";
import { GO_MESSAGE, LISTENING_MESSAGE, readStoryMessage } from "../contract/messages.ts";
import { STORY_FROM_HOST } from "../contract/options.ts";
import type { I18n } from "../i18n/index.ts";
import { describeChange } from "../model/describe.ts";
import type { StepContext } from "../story/steps.ts";
import { createPageStory, createRelayedStory, type PlayerOptions } from "../story/story.ts";

export function connectStory(options: {
  element: HTMLElement;
  selector: string;
  app: AppHandle;
  i18n: I18n;
  navHost: HTMLElement;
  reducedMotion(): boolean;
}): () => void {
  const { element, app } = options;
  const { store } = app;
  const warn = (message: string) => console.warn(message);
  const ctx: StepContext = {
    isSite: (id) => app.kindOf(id) === "site",
    isCompany: (id) => app.kindOf(id) === "company",
    warn,
  };
  const player: PlayerOptions = {
    ctx,
    navHost: options.navHost,
    i18n: options.i18n,
    // Before the first step: the date and details the element showed, and its first view.
    initial: () => ({
      asOf: store.get().asOf,
      site: store.get().selectedId,
      highlight: null,
      camera: { kind: "named", name: "overview" },
    }),
    apply(state, step) {
      const before = app.view();
      const selectedBefore = store.get().selectedId;
      // Intents to the store, like every other hand's: the element reflects them (attribute, URL, events).
      if (state.asOf !== undefined) store.setAsOf(state.asOf, "story");
      if (state.site !== undefined) store.select(state.site, "story");
      if (state.highlight !== undefined) store.highlight(state.highlight);
      if (state.camera) store.lookAt(state.camera);
      element.dispatchEvent(new CustomEvent("storystep", { detail: { index: step.index, id: step.id } }));
      const after = app.view();
      // The one live region says what the step changed: the date, what the map draws differently, the
      // details it opened (describeChange, as the arrow keys and the time control's changes are said).
      if (before && after)
        app.announce(
          describeChange(before, after, { previous: selectedBefore, next: store.get().selectedId }).text,
        );
    },
  };
  const win = element.ownerDocument.defaultView;
  if (options.selector === STORY_FROM_HOST) {
    if (!win || win.parent === win) {
      warn(`ai-infra-map: story="${STORY_FROM_HOST}" needs the page that embeds this map's iframe`);
      return () => {};
    }
    const parent = win.parent;
    const story = createRelayedStory({
      ...player,
      listen(onStory) {
        // Only the host page may tell the map its steps, and only in the protocol's shape.
        const onMessage = (event: MessageEvent) => {
          if (event.source !== parent) return;
          const message = readStoryMessage(event.data);
          if (message) onStory(message);
        };
        win.addEventListener("message", onMessage);
        parent.postMessage({ type: LISTENING_MESSAGE, version: 1 }, "*");
        return () => win.removeEventListener("message", onMessage);
      },
      go: (index) => parent.postMessage({ type: GO_MESSAGE, version: 1, index }, "*"),
    });
    return () => story.destroy();
  }
  let container: Element | null = null;
  try {
    container = element.ownerDocument.querySelector(options.selector);
  } catch {
    // Not a selector at all: the same warning as for one that finds nothing.
  }
  if (!container) {
    warn(`ai-infra-map: story "${options.selector}" finds no element in the page; no story`);
    return () => {};
  }
  const story = createPageStory(container, { ...player, reducedMotion: options.reducedMotion, map: element });
  return () => story.destroy();
}
