/**
 * When the live map starts. The static picture is shown at once; MapLibre (the heavy part) starts only when the
 * map nears the viewport or the reader interacts with it, so an article that never reaches the map never pays
 * for it. Near the viewport it waits until the picture has been painted, so that MapLibre is not even requested
 * before the first paint and never competes with it.
 */
import { afterNextFrame } from "../dom/dom.ts";

/** The performance mark set when the static picture counts as painted and the live map may start loading. */
export const PICTURE_PAINTED_MARK = "ai-infra-map:picture-painted";

/**
 * Resolves once the frame that shows the element's static picture has been rendered, so that MapLibre is
 * requested only after the first paint has been committed and never competes with it. A snippet's picture file
 * (an `<img>` marked elementtiming="static-picture") is decoded first; the inline picture is part of the page.
 * Chromium's Element Timing was waited for here before: it reports the picture's text 100 to 200 ms after the
 * page's first contentful paint on this project's machines, and waiting for it only delayed the live map.
 */
export async function picturePainted(host: HTMLElement, win: Window): Promise<void> {
  const img = host.querySelector<HTMLImageElement>('img[slot="static"]');
  // A picture that cannot be decoded (or failed to load) has nothing to paint; the map starts all the same.
  if (img && !(img.complete && img.naturalWidth === 0)) await img.decode().catch(() => {});
  await afterNextFrame(win);
}

/**
 * Calls `start` on the reader's first pointer, focus or key in the element, or once the element nears the
 * viewport and its picture has been painted; at once where there is no IntersectionObserver to tell. Aborting
 * `signal` ends the wait. `start` may be called more than once and must let a second call do nothing.
 */
export function waitForReader(host: HTMLElement, signal: AbortSignal, start: () => void): void {
  for (const type of ["pointerdown", "focusin", "keydown"])
    host.addEventListener(type, start, { once: true, signal });
  const win = host.ownerDocument.defaultView;
  if (!win || !("IntersectionObserver" in win)) {
    start();
    return;
  }
  // Seen (or nearly): start once the static picture is on screen, so MapLibre is not even requested before.
  const observer = new win.IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void picturePainted(host, win).then(() => {
        if (signal.aborted) return;
        // A mark in the page's performance timeline, for tests and profiles: the picture was painted here.
        win.performance?.mark?.(PICTURE_PAINTED_MARK);
        start();
      });
    },
    { rootMargin: "300px" },
  );
  observer.observe(host);
  signal.addEventListener("abort", () => observer.disconnect());
}
