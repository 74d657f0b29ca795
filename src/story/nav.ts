/**
 * The story's step buttons, for readers who do not scroll (or cannot): "Schritt 2 von 5" with the previous and
 * the next step. A button does not change the map itself: it scrolls the article to that step, and the step
 * then changes the map as if the reader had scrolled there, so the map, the article and the buttons never
 * disagree. Text nodes only; destroy() removes the bar and its listeners.
 */
import { el } from "../dom/dom.ts";
import type { I18n } from "../i18n/index.ts";

export interface StoryNav {
  /** Shows which step the reader is at (null: before the first). */
  show(index: number | null): void;
  destroy(): void;
}

export function createStoryNav(options: {
  container: HTMLElement;
  total: number;
  i18n: I18n;
  /** Brings the article to a step. */
  go(index: number): void;
}): StoryNav {
  const { container, total, i18n } = options;
  const doc = container.ownerDocument;
  const listeners = new AbortController();
  const previous = el(doc, "button", { class: "story-previous", attrs: { type: "button" } }, "‹");
  const next = el(doc, "button", { class: "story-next", attrs: { type: "button" } }, "›");
  previous.setAttribute("aria-label", i18n.t("story.previous"));
  next.setAttribute("aria-label", i18n.t("story.next"));
  const position = el(doc, "span", { class: "story-position" });
  const bar = el(
    doc,
    "nav",
    { class: "story-nav", attrs: { "aria-label": i18n.t("story.nav") } },
    previous,
    position,
    next,
  );
  let at: number | null = null;
  previous.addEventListener("click", () => at !== null && at > 0 && options.go(at - 1), {
    signal: listeners.signal,
  });
  next.addEventListener("click", () => options.go(at === null ? 0 : Math.min(total - 1, at + 1)), {
    signal: listeners.signal,
  });
  const show = (index: number | null) => {
    at = index;
    position.textContent =
      index === null ? i18n.t("story.steps", { total }) : i18n.t("story.step", { step: index + 1, total });
    previous.disabled = index === null || index === 0;
    next.disabled = index === total - 1;
  };
  show(null);
  container.append(bar);
  return {
    show,
    destroy() {
      listeners.abort();
      bar.remove();
    },
  };
}
