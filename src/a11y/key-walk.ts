/**
 * Arrow keys from marker to marker, on the live map and on the picture alike: with a site or company focused,
 * an arrow key moves the focus to the nearest marker in that direction (src/a11y/nearest.ts), Home to the first
 * site and End to the last marker, and the live region says where the focus went ("Kvandal, 230 MW, rund
 * 2.100 km nördlich"). The keys do nothing else: no page scroll, no map pan of MapLibre's own. Escape on a
 * marker with no details open returns to the map itself (the live map's canvas). One listener on the map's
 * area catches the keys of the picture's links (slotted into it) and of the live map's markers.
 */
import { walkAnnouncement } from "../model/describe.ts";
import type { View } from "../model/view.ts";
import type { Announcer } from "./announcer.ts";
import { ARROW_DIRECTIONS, nearestInDirection } from "./nearest.ts";

/** The markers the keys walk: the picture's links and the live map's buttons. */
const MARKER = ".picture-target[data-id], .map-marker[data-id]";

export interface KeyWalkOptions {
  area: HTMLElement;
  view(): View;
  announcer: Announcer;
  /** Whether details are open: Escape then closes them (the app does that). */
  detailsOpen(): boolean;
}

export function createKeyWalk(options: KeyWalkOptions): { destroy(): void } {
  const { area, announcer } = options;
  const listeners = new AbortController();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const marker = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.matches(MARKER));
    if (!marker) return;
    const view = options.view();
    if (event.key === "Escape") {
      if (options.detailsOpen()) return;
      const canvas = marker.closest(".maplibregl-map")?.querySelector<HTMLElement>("canvas");
      if (canvas) {
        event.preventDefault();
        canvas.focus({ preventScroll: true });
      }
      return;
    }
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction && event.key !== "Home" && event.key !== "End") return;
    // Its siblings: the picture's links or the live map's markers, those the view's date knows.
    const markers = [...(marker.parentElement?.children ?? [])].filter(
      (node): node is HTMLElement => node instanceof HTMLElement && node.matches(MARKER) && !node.hidden,
    );
    const fromId = marker.dataset.id ?? "";
    let toId: string | null = null;
    if (direction) {
      const points = markers.flatMap((m) => {
        const lngLat = view.entity(m.dataset.id ?? "")?.lngLat;
        return lngLat ? [{ id: m.dataset.id ?? "", lngLat }] : [];
      });
      toId = nearestInDirection(points, fromId, direction);
    } else if (event.key === "Home") {
      toId = markers.find((m) => view.entity(m.dataset.id ?? "")?.kind === "site")?.dataset.id ?? null;
    } else toId = markers.at(-1)?.dataset.id ?? null;
    // The key is the walk's, whatever it finds: it never scrolls the page or pans the map by itself.
    event.preventDefault();
    event.stopPropagation();
    const next = markers.find((m) => m.dataset.id === toId);
    if (!next || !toId) return;
    next.focus({ preventScroll: true });
    announcer.say(walkAnnouncement(view, fromId === toId ? null : fromId, toId));
  };
  area.addEventListener("keydown", onKeyDown, { signal: listeners.signal });
  return { destroy: () => listeners.abort() };
}
