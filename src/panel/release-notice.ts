/**
 * The line on a pinned copy's map about corrections a newer release made (ReleaseNotice,
 * src/model/later-corrections.ts), with a link to the live map, which carries them. Text nodes only: the words
 * come from a file on the asset host.
 */
import { el } from "../dom/dom.ts";
import type { ReleaseNotice } from "../model/later-corrections.ts";

export interface ReleaseNoticeView {
  /** Shows a notice (null: none, and the box hidden) with the link's address. */
  show(notice: ReleaseNotice | null, href: string): void;
  destroy(): void;
}

export function createReleaseNotice(container: HTMLElement): ReleaseNoticeView {
  const doc = container.ownerDocument;
  const text = el(doc, "span");
  // A new tab: the reader keeps the article, and the map in it, where they were (every browser the map
  // supports opens a target="_blank" link without an opener).
  const link = el(doc, "a", { attrs: { target: "_blank" } });
  container.replaceChildren(text, " ", link);
  return {
    show(notice, href) {
      container.hidden = !notice;
      text.textContent = notice?.text ?? "";
      link.textContent = notice?.link ?? "";
      link.setAttribute("href", href);
    },
    destroy() {
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
