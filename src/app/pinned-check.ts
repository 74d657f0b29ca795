/**
 * A pinned copy's look at the release log, loaded only by a pinned copy once its map is ready: it reads
 * dist/releases.json from its asset host and, where a newer release corrected a record that the view shows,
 * says so on the map with a link to the live map. It stays silent, and logs nothing, when the file is missing,
 * blocked, malformed or names nothing that the view shows: the map is complete without it.
 */
import type { AppOptions } from "../contract/options.ts";
import type { Release } from "../data/releases.ts";
import { readReleases } from "../data/releases.ts";
import { laterCorrections, releaseNotice } from "../model/later-corrections.ts";
import type { View } from "../model/view.ts";
import { createReleaseNotice } from "../panel/release-notice.ts";
import type { State, Store } from "../state/store.ts";

export interface PinnedCheck {
  /** Shows what concerns another view (another date shows other records). */
  setView(view: View): void;
  destroy(): void;
}

export interface PinnedCheckOptions {
  releasesUrl: string;
  liveUrl: string;
  notice: HTMLElement;
  version: string;
  options: AppOptions;
  store: Store;
  view: View;
  /** The corrections the copy's own edition has (the view's data set's, all dates). */
  own: readonly { date: string; concerns: readonly string[] }[];
  fetch: typeof fetch;
}

/** Null when the log says nothing this copy can use; the notice is then left as it was, hidden. */
export async function checkPinnedCopy(check: PinnedCheckOptions): Promise<PinnedCheck | null> {
  const releases = await fetchReleases(check.releasesUrl, check.fetch);
  if (!releases) return null;
  const box = createReleaseNotice(check.notice);
  let view = check.view;
  const show = () => {
    const found = laterCorrections(releases, check.version, check.own, view.shows);
    box.show(releaseNotice(found, view.i18n), liveHref(check.liveUrl, check.store.get(), check.options));
  };
  show();
  // The link keeps the site the reader opened since (a new date comes with a new view).
  const unsubscribe = check.store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId) show();
  });
  return {
    setView(next) {
      view = next;
      show();
    },
    destroy() {
      unsubscribe();
      box.destroy();
    },
  };
}

async function fetchReleases(url: string, fetchFile: typeof fetch): Promise<Release[] | null> {
  try {
    const response = await fetchFile(url, { credentials: "omit" });
    return response.ok ? readReleases(await response.json()) : null;
  } catch {
    // Blocked, offline or not JSON: the copy simply does not learn of later releases.
    return null;
  }
}

/** The live map with the reader's language, theme, site and date. */
function liveHref(liveUrl: string, state: State, options: AppOptions): string {
  const url = new URL(liveUrl);
  const set = (name: string, value: string | null) => {
    if (value) url.searchParams.set(name, value);
  };
  set("lang", state.lang);
  set("theme", options.theme === "auto" ? null : options.theme);
  set("site", state.selectedId);
  set("as-of", state.asOf);
  return url.href;
}
