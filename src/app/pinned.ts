/**
 * Whether this copy is pinned to its release, and when it looks for later corrections. A pinned copy's files
 * lie in a version directory (v/<version>/); so do the live channel's, which only point there, so the page or
 * the script that loaded the app tells them apart: the live iframe page (live/index.html) or the live
 * element's script (live/embed.js). Only a pinned copy asks, after ready and when the browser is idle, so the
 * check never delays the map and costs a live copy nothing.
 */

/** The version directory a path lies in ("/maps/v/0.1.0/" → "0.1.0"); null outside one. */
export const versionOfPath = (path: string): string | null =>
  /\/v\/(\d+\.\d+\.\d+)\/$/.exec(path)?.[1] ?? null;

/** The version a copy is pinned to, or null for the live channel and for anything outside a version directory. */
export function pinnedVersion(base: URL, page: URL, liveScript: boolean): string | null {
  if (liveScript || /\/live\/[^/]*$/.test(page.pathname)) return null;
  return versionOfPath(base.pathname);
}

/** The version the app in `doc` is pinned to (see pinnedVersion). */
export const pinnedIn = (doc: Document, base: URL): string | null =>
  pinnedVersion(base, new URL(doc.URL), doc.querySelector('script[src*="/live/embed.js"]') !== null);

/** Runs `task` when the browser is idle, at the latest 2 s later (a busy map may keep it from idling; Safari has no idle callback). */
export function whenIdle(win: Window, task: () => void): void {
  if (win.requestIdleCallback) win.requestIdleCallback(task, { timeout: 2000 });
  else win.setTimeout(task, 2000);
}
