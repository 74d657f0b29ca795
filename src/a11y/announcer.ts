/**
 * The map's one live region: what the arrow keys, a change of date and (later) story mode's steps say to a
 * screen reader. Polite, so it never interrupts what the reader hears; the same sentence said twice in a row is
 * said again (a screen reader ignores a region whose text did not change). It is visually hidden, in the map's
 * area, and there from the start: a region added together with its first sentence is often not read at all.
 */
import { el } from "../dom/dom.ts";

export interface Announcer {
  /** Says a sentence (or several) once; an empty text says nothing. */
  say(text: string): void;
  destroy(): void;
}

export function createAnnouncer(container: HTMLElement): Announcer {
  const region = el(container.ownerDocument, "p", {
    class: "visually-hidden map-announcer",
    attrs: { "aria-live": "polite", "aria-atomic": "true" },
  });
  container.append(region);
  return {
    say(text) {
      if (!text) return;
      // A no-break space toggled at the end makes a repeated sentence a change the screen reader reads.
      region.textContent = region.textContent === text ? `${text}\u00a0` : text;
    },
    destroy() {
      region.remove();
    },
  };
}
