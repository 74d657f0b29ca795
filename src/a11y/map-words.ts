/**
 * The map for a reader without sight, wired: the map region's description (describeView, which follows the
 * date and the selection), the one live region (src/a11y/announcer.ts), a change of date announced only as
 * what changed (describeChange; the time control says the date itself), and the arrow keys from marker to
 * marker (src/a11y/key-walk.ts). Story mode says its steps through `announcer` too. destroy() removes it all.
 */
import { el } from "../dom/dom.ts";
import { describeChange, describeView } from "../model/describe.ts";
import type { View } from "../model/view.ts";
import type { Store } from "../state/store.ts";
import { type Announcer, createAnnouncer } from "./announcer.ts";
import { createKeyWalk } from "./key-walk.ts";

export interface MapWordsOptions {
  /** The map's region (role="region", named "Karte der …"): its description goes in here. */
  region: HTMLElement;
  /** The map's area, picture and live map both: the keys are caught here, the live region lives here. */
  area: HTMLElement;
  view: View;
  store: Store;
  /** Whether details are open (Escape closes them first). */
  detailsOpen(): boolean;
  /** Whether a change of date is announced (not in a story, whose steps say what changed themselves). */
  announceDates?: boolean;
}

export interface MapWords {
  /** The map's one live region, for whatever else has something to say about the map (story mode). */
  announcer: Announcer;
  /** Shows another view (a date, a theme): the description follows, and what changed is announced. */
  setView(view: View): void;
  destroy(): void;
}

const DESCRIPTION_ID = "map-description";

export function createMapWords(options: MapWordsOptions): MapWords {
  const { region, area, store } = options;
  let view = options.view;
  const description = el(area.ownerDocument, "p", {
    class: "visually-hidden",
    attrs: { id: DESCRIPTION_ID },
  });
  region.prepend(description);
  region.setAttribute("aria-describedby", DESCRIPTION_ID);
  const announcer = createAnnouncer(area);
  const describe = () => {
    description.textContent = describeView(view, store.get().selectedId).text;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) describe();
  });
  const walk = createKeyWalk({ area, view: () => view, announcer, detailsOpen: options.detailsOpen });
  describe();
  return {
    announcer,
    setView(next) {
      const previous = view;
      view = next;
      describe();
      // The time control says the new date; here only what the map now draws differently.
      if (options.announceDates !== false && previous.asOf !== next.asOf)
        announcer.say(describeChange(previous, next).changes.join(" "));
    },
    destroy() {
      walk.destroy();
      unsubscribe();
      announcer.destroy();
      description.remove();
      region.removeAttribute("aria-describedby");
    },
  };
}
