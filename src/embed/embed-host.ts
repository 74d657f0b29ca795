/**
 * The host script of the iframe embed (≤ 2 KB gzip): it sets each map iframe's height from the messages the map
 * posts. It accepts a message only from the iframe's own window and origin and only in the documented shape.
 *
 * Usage: <iframe class="ai-infra-map" src="…/index.html?embed=1" …></iframe>
 *        <script type="module" src="…/embed-host.js"></script>
 *
 * The message format is in embed-protocol.ts. This module listens as soon as it is loaded, so only the host
 * page loads it; the map's own page never does.
 */

import {
  isGoMessage,
  isHeightMessage,
  isListeningMessage,
  STEP_ATTRIBUTES,
  STORY_MESSAGE,
  type StoryMessage,
} from "../contract/messages.ts";
import { scrollToStep, watchSteps } from "../story/observe.ts";

/** The article's steps of a story iframe (data-aim-story), told to the map as the reader reaches them. */
function relayStory(frame: HTMLIFrameElement, doc: Document, win: Window & typeof globalThis): () => void {
  const selector = frame.dataset.aimStory ?? "";
  const url = new URL(frame.src, doc.baseURI);
  // Without it the map's page tells its own story (none) and waits for no step: say what to add.
  if (url.searchParams.get("story") !== "host")
    console.warn(`ai-infra-map: a story iframe needs "&story=host" in its src`);
  let container: Element | null = null;
  try {
    container = doc.querySelector(selector);
  } catch {
    // Not a selector: the same warning as for one that finds nothing.
  }
  const elements = container ? [...container.querySelectorAll("[data-aim-step]")] : [];
  if (elements.length === 0) {
    console.warn(`ai-infra-map: data-aim-story "${selector}" finds no steps (data-aim-step) in the page`);
    return () => {};
  }
  const steps: StoryMessage["steps"] = elements.map((element) => ({
    id: element.id || null,
    attributes: Object.fromEntries(
      STEP_ATTRIBUTES.flatMap((name) => {
        const value = element.getAttribute(name);
        return value === null ? [] : [[name, value]];
      }),
    ),
  }));
  const { origin } = url;
  let current: number | null = null;
  const tell = () => {
    if (current === null) return;
    const message: StoryMessage = { type: STORY_MESSAGE, version: 1, index: current, steps };
    frame.contentWindow?.postMessage(message, origin);
  };
  const watch = watchSteps(
    elements,
    win,
    (index) => {
      current = index;
      tell();
    },
    { map: frame, container: container ?? doc.documentElement },
  );
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.origin !== origin) return;
    // The map's step buttons: the article scrolls to the step, which then tells the map, as scrolling would.
    if (isGoMessage(event.data, elements.length)) {
      const step = elements[event.data.index];
      const smooth = !win.matchMedia("(prefers-reduced-motion: reduce)").matches;
      if (step && container) scrollToStep(step, win, { map: frame, container, smooth });
    }
    // The map's page says it listens (its app has started, later than the first step perhaps): tell it again.
    else if (isListeningMessage(event.data)) tell();
  };
  win.addEventListener("message", onMessage);
  return () => {
    watch.destroy();
    win.removeEventListener("message", onMessage);
  };
}

/**
 * Listens for height messages from the embed iframes in a document, and relays the steps of each that tells
 * a story; returns the function that stops it all. A story iframe keeps the height the article's CSS gives it:
 * it sticks in view beside its steps, and the map fills it.
 */
export function connectFrames(doc: Document, selector = "iframe.ai-infra-map"): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!isHeightMessage(event.data)) return;
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(selector)) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, doc.baseURI).origin !== event.origin) return;
      if (frame.dataset.aimStory === undefined) frame.style.height = `${Math.ceil(event.data.height)}px`;
      return;
    }
  };
  const win = doc.defaultView;
  if (!win) return () => {};
  win.addEventListener("message", onMessage);
  const stories = [...doc.querySelectorAll<HTMLIFrameElement>(`${selector}[data-aim-story]`)].map((frame) =>
    relayStory(frame, doc, win),
  );
  return () => {
    win.removeEventListener("message", onMessage);
    for (const stop of stories) stop();
  };
}

if (typeof document !== "undefined") connectFrames(document);
