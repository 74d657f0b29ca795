/**
 * A pinned copy learns of corrections: it reads the release log beside its version directory once, and where
 * a later release corrected a record the view shows, says so in one line on the map with a link to the live
 * channel. Loaded only by a pinned copy, after ready. Whatever goes wrong (no file, a Content-Security-Policy,
 * another shape, nothing that concerns the view) ends here without a word: the copy stays as it was published.
 */
import type { AppOptions } from "../contract/options.ts";
import type { Dataset } from "../data/dataset.ts";
import { type LaterCorrection, laterCorrections, type ReleaseLog, readReleaseLog } from "../data/releases.ts";
import { el } from "../dom/dom.ts";
import type { View } from "../model/view.ts";
import type { Store } from "../state/store.ts";
import css from "./pinned-check.css?inline";

export interface PinnedCheck {
  version: string;
  base: URL;
  options: AppOptions;
  mapArea: HTMLElement;
  store: Store;
  dataset: Dataset;
  view: () => View | null;
  /** Whether the view shows every record named (the credits' rule for a correction). */
  shows: (view: View, concerns: readonly string[]) => boolean;
  /** The instance: the check stops once it is destroyed, and leaves its undo with it. */
  life: { destroyed: boolean; cleanups: (() => void)[] };
}

/** The live channel's page with the reader's options (language, site, theme, date). */
export function liveLink(base: URL, options: AppOptions, asOf: string | null): string {
  const url = new URL("../../live/index.html", base);
  const params = url.searchParams;
  params.set("lang", options.lang);
  if (options.site) params.set("site", options.site);
  if (options.theme !== "auto") params.set("theme", options.theme);
  if (asOf) params.set("as-of", asOf);
  return url.href;
}

/**
 * Reads the log and keeps the line on the map for the view's date. The line's (empty, hidden) place is there
 * once the check has run, whatever it found: a page can tell "checked, nothing to say" from "not yet".
 */
export async function checkCorrections(check: PinnedCheck): Promise<void> {
  let log: ReleaseLog | null = null;
  try {
    const response = await fetch(new URL("../../releases.json", check.base), { credentials: "omit" });
    if (response.ok) log = readReleaseLog(await response.json());
  } catch {
    // Offline, blocked or not JSON: the copy stays as it was published.
  }
  if (check.life.destroyed) return;
  const line = mountLine(check);
  const held = check.dataset.edition.corrections;
  const show = () => {
    const view = check.view();
    const latest =
      log && view && laterCorrections(log, check.version, held, (ids) => check.shows(view, ids))[0];
    line.replaceChildren(...(latest ? lineParts(check, view, latest) : []));
    line.hidden = !latest;
  };
  show();
  check.life.cleanups.push(
    check.store.subscribe((state, previous) => {
      if (state.asOf !== previous.asOf) show();
    }),
    () => line.remove(),
  );
}

/** The line's element on the map, with its style sheet beside the element's own. */
function mountLine(check: PinnedCheck): HTMLElement {
  const doc = check.mapArea.ownerDocument;
  const root = check.mapArea.getRootNode() as Document | ShadowRoot;
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const line = el(doc, "p", { class: "later-correction" });
  line.hidden = true;
  check.mapArea.append(line);
  return line;
}

/** "Korrigiert am 5. Dezember 2026 (Version 0.3.0): … · Aktuelle Fassung öffnen", as text nodes. */
function lineParts(check: PinnedCheck, view: View, { version, correction }: LaterCorrection): Node[] {
  const doc = check.mapArea.ownerDocument;
  const { i18n } = view;
  const said = i18n.t("credits.laterCorrection", {
    date: i18n.dateText(correction.date),
    version,
    text: correction.text[i18n.lang],
  });
  const href = liveLink(check.base, check.options, check.store.get().asOf);
  const link = el(doc, "a", { text: i18n.t("credits.openLive"), attrs: { href, target: "_blank" } });
  link.rel = "noopener";
  return [doc.createTextNode(`${said} · `), link];
}
