/**
 * The time control: the story's dated events on a line, as a native range input (arrow keys, Home and End,
 * touch dragging and screen readers all work as they do on any slider), its date written beside it, and two
 * buttons for the article's date and the latest. Every change goes to `onChange` with the step's date (null
 * for the edition's: the latest), an intent for the store; the app rebuilds the view and calls setTime(). A live region says which date the map now shows.
 */

import { el } from "../dom/dom.ts";
import { join } from "../dom/join.ts";
import type { TimeModel, TimeStep } from "../model/time.ts";

export interface TimeControlOptions {
  container: HTMLElement;
  time: TimeModel;
  /** The reader chose a step: its date, or null for the edition's (the latest). */
  onChange(asOf: string | null): void;
}

export interface TimeControl {
  setTime(time: TimeModel): void;
  destroy(): void;
}

export function createTimeControl(options: TimeControlOptions): TimeControl {
  const { container, onChange } = options;
  const doc = container.ownerDocument;
  let time = options.time;
  const listeners = new AbortController();
  const heading = el(doc, "h3", { class: "time-heading", attrs: { id: "time-heading" } });
  const range = el(doc, "input", {
    class: "time-range",
    attrs: { type: "range", min: "0", step: "1", "aria-labelledby": "time-heading" },
  });
  const value = el(doc, "output", { class: "time-value", attrs: { "aria-hidden": "true" } });
  const ticks = el(doc, "div", { class: "time-ticks", attrs: { "aria-hidden": "true" } });
  const article = el(doc, "button", {
    class: "time-button",
    attrs: { type: "button", "data-step": "article" },
  });
  const edition = el(doc, "button", {
    class: "time-button",
    attrs: { type: "button", "data-step": "edition" },
  });
  const live = el(doc, "p", { class: "visually-hidden", attrs: { "aria-live": "polite" } });
  container.replaceChildren(
    el(
      doc,
      "section",
      { class: "time", attrs: { "aria-labelledby": "time-heading" } },
      heading,
      el(doc, "div", { class: "time-line" }, range, ticks),
      value,
      el(doc, "div", { class: "time-buttons" }, article, edition),
      live,
    ),
  );
  const go = (index: number) => {
    const step = time.steps[index];
    // Between two steps the slider stands on the earlier one, which is not what the view shows yet.
    if (step && (index !== time.index || !time.onStep)) onChange(step.mark === "edition" ? null : step.asOf);
  };
  const signal = listeners.signal;
  range.addEventListener("input", () => go(Number(range.value)), { signal });
  article.addEventListener("click", () => go(time.article.index), { signal });
  edition.addEventListener("click", () => go(time.edition.index), { signal });

  const render = (announce: boolean) => {
    heading.textContent = time.heading;
    range.max = String(Math.max(0, time.steps.length - 1));
    range.value = String(time.index);
    range.setAttribute("aria-valuetext", time.current);
    value.textContent = time.current;
    article.textContent = time.article.label;
    edition.textContent = time.edition.label;
    article.setAttribute("aria-pressed", String(time.onStep && time.index === time.article.index));
    edition.setAttribute("aria-pressed", String(time.onStep && time.index === time.edition.index));
    const last = Math.max(1, time.steps.length - 1);
    join(ticks, time.steps, {
      selector: "span",
      key: (step: TimeStep) => step.day,
      create: () => ticks.ownerDocument.createElement("span"),
      update: (tick, step, i) => {
        tick.setAttribute(
          "class",
          ["tick", step.mark ?? "", i === time.index ? "current" : ""].join(" ").trim(),
        );
        tick.style.setProperty("left", `${(i / last) * 100}%`);
      },
    });
    if (announce) live.textContent = time.showing;
  };
  render(false);
  return {
    setTime(next) {
      time = next;
      render(true);
    },
    destroy() {
      listeners.abort();
      container.replaceChildren();
    },
  };
}
