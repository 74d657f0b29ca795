/**
 * What a pinned copy (a snippet into dist/v/<version>/, which never changes) learns from the release log: the
 * corrections that later releases made to records its view shows, which its own edition lacks. A correction is
 * the same one in every release that carries it: the same day and the same records.
 */
import { compareVersions, type Release, type ReleasedCorrection } from "../data/releases.ts";
import type { I18n } from "../i18n/index.ts";
import { counted } from "./counted.ts";

/** A correction as the data's edition and the log both have it: its day and the records it is about. */
export interface CorrectionKey {
  date: string;
  concerns: readonly string[];
}

const identity = (c: CorrectionKey) => `${c.date} ${[...c.concerns].sort().join(" ")}`;

/**
 * The corrections of the releases after `version` (by version number) that neither it nor its own edition (`own`) has, and whose
 * every record `shows`; oldest first. None when the log does not name `version`: then nothing is known to be
 * later.
 */
export function laterCorrections(
  releases: readonly Release[],
  version: string,
  own: readonly CorrectionKey[],
  shows: (id: string) => boolean,
): ReleasedCorrection[] {
  if (!releases.some((release) => release.version === version)) return [];
  // Later by version, not by place in the log: two releases of one day are in it in either order.
  const later = (release: Release) => compareVersions(release.version, version) > 0;
  const known = new Set(
    [...own, ...releases.filter((r) => !later(r)).flatMap((r) => r.corrections)].map(identity),
  );
  const found = new Map<string, ReleasedCorrection>();
  for (const correction of releases.filter(later).flatMap((r) => r.corrections)) {
    const key = identity(correction);
    if (known.has(key) || !correction.concerns.every(shows)) continue;
    found.set(key, correction);
  }
  return [...found.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The line on a pinned map: the latest of those corrections, dated, and how many there are in all. */
export interface ReleaseNotice {
  text: string;
  /** The link to the live map, which carries every correction. */
  link: string;
}

export function releaseNotice(corrections: readonly ReleasedCorrection[], i18n: I18n): ReleaseNotice | null {
  const latest = corrections.at(-1);
  if (!latest) return null;
  const count = corrections.length;
  const text = i18n.t("release.corrected", {
    date: i18n.dateText(latest.date),
    text: latest.text[i18n.lang],
  });
  return {
    text:
      count > 1 ? `${text} ${i18n.t("release.more", { count: counted(i18n, "correction", count) })}` : text,
    link: i18n.t("release.live"),
  };
}
