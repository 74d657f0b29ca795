/**
 * The line on the map about its date (DateNotice, src/model/since.ts): what happened since an earlier date, and
 * one button that asks the store for the latest, or back for the date the embed started at. The button stays
 * the same element as its words change, so a keyboard's focus stays on it.
 */
import { el } from "../dom/dom.ts";
import type { DateNotice } from "../model/since.ts";
import type { Store } from "../state/store.ts";

/** Fills the notice's box; returns the function that shows a view's notice in it (null: none, and hidden). */
export function createDateNotice(container: HTMLElement, store: Store): (notice: DateNotice | null) => void {
  const doc = container.ownerDocument;
  const text = el(doc, "span");
  const button = el(doc, "button", { class: "time-button", attrs: { type: "button" } });
  let asOf: string | null = null;
  button.addEventListener("click", () => store.setAsOf(asOf, "notice"));
  container.replaceChildren(text, " ", button);
  return (notice) => {
    container.hidden = !notice;
    text.textContent = notice?.text ?? "";
    button.textContent = notice?.action ?? "";
    asOf = notice?.asOf ?? null;
  };
}
