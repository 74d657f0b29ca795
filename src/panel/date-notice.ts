/**
 * The line on the map about its date (DateNotice, src/model/since.ts): what happened since an earlier date, and
 * one button that asks the store for the latest, or back for the date the embed started at. The button stays
 * the same element as its words change, so a keyboard's focus stays on it.
 */
import { el } from "../dom/dom.ts";
import type { DateNotice } from "../model/since.ts";
import type { Store } from "../state/store.ts";

export interface DateNoticeView {
  /** Shows a view's notice (null: none, and the box hidden). */
  show(notice: DateNotice | null): void;
  /** Removes the button's listener and empties the box. */
  destroy(): void;
}

/** Fills the notice's box. */
export function createDateNotice(container: HTMLElement, store: Store): DateNoticeView {
  const doc = container.ownerDocument;
  const text = el(doc, "span");
  const button = el(doc, "button", { class: "time-button", attrs: { type: "button" } });
  const listeners = new AbortController();
  let asOf: string | null = null;
  button.addEventListener("click", () => store.setAsOf(asOf, "notice"), { signal: listeners.signal });
  container.replaceChildren(text, " ", button);
  return {
    show(notice) {
      container.hidden = !notice;
      text.textContent = notice?.text ?? "";
      button.textContent = notice?.action ?? "";
      asOf = notice?.asOf ?? null;
    },
    destroy() {
      listeners.abort();
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
