/**
 * The release log (releases.json beside the version directories), as a pinned copy reads it in a reader's
 * browser: its shape checked by hand (the schemas' library stays out of the readers' download), and the
 * corrections of later releases that concern a view chosen from it. The file comes from the copy's own host,
 * yet a pinned copy outlives many releases: anything it does not recognise is no log at all.
 * Pure and language-free.
 */

export interface ReleasedCorrection {
  date: string;
  concerns: string[];
  /** Plain text, rendered by the build: it reaches the page as a text node only. */
  text: { de: string; en: string };
}

export interface Release {
  version: string;
  date: string;
  edition: string;
  corrections: ReleasedCorrection[];
}

export interface ReleaseLog {
  format: 1;
  live: string;
  releases: Release[];
}

/** A correction of a later release, with the release that first carried it. */
export interface LaterCorrection {
  version: string;
  correction: ReleasedCorrection;
}

/** The longest text a correction may have, in characters: beyond that it is not a line on a map. */
const TEXT_LIMIT = 600;
const VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;
const DAY = /^\d{4}-\d\d-\d\d$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isShortText = (value: unknown, limit = 100): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= limit;
const isListOf = (value: unknown, valid: (item: unknown) => boolean, minLength = 0): boolean =>
  Array.isArray(value) && value.length >= minLength && value.every(valid);

function isCorrection(value: unknown): value is ReleasedCorrection {
  if (!isObject(value) || !isObject(value.text)) return false;
  const { de, en } = value.text;
  return (
    typeof value.date === "string" &&
    DAY.test(value.date) &&
    isListOf(value.concerns, (id) => isShortText(id), 1) &&
    isShortText(de, TEXT_LIMIT) &&
    isShortText(en, TEXT_LIMIT)
  );
}

function isRelease(value: unknown): value is Release {
  return (
    isObject(value) &&
    typeof value.version === "string" &&
    VERSION.test(value.version) &&
    typeof value.date === "string" &&
    DAY.test(value.date) &&
    isShortText(value.edition, 20) &&
    isListOf(value.corrections, isCorrection)
  );
}

/** The log, or null for anything else: another format, a field missing or of another kind, a text too long. */
export function readReleaseLog(value: unknown): ReleaseLog | null {
  const valid =
    isObject(value) &&
    value.format === 1 &&
    typeof value.live === "string" &&
    VERSION.test(value.live) &&
    isListOf(value.releases, isRelease);
  return valid ? (value as unknown as ReleaseLog) : null;
}

/** Compares two x.y.z versions by their numbers: 0.10.0 comes after 0.9.0. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number)) as [number[], number[]];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** A correction as far as its identity goes: the log's, or an edition's own. */
interface Identified {
  date: string;
  concerns: readonly string[];
  text: { en: string };
}

/** What makes a correction the same in every release that carries it. */
export const correctionIdentity = (c: Identified): string =>
  JSON.stringify([c.date, [...c.concerns].sort(), c.text.en]);

/**
 * The corrections of releases later than `version` that this copy's own edition does not hold (`held`, its
 * own corrections, and the log's own entry of its version, whose texts are plain as the log's are) and that
 * concern the view (`concernsView`, the credits' rule: every record they name is shown): each once, with the
 * first release that carried it, the latest first.
 */
export function laterCorrections(
  log: ReleaseLog,
  version: string,
  held: readonly Identified[],
  concernsView: (concerns: readonly string[]) => boolean,
): LaterCorrection[] {
  const own = log.releases.find((release) => release.version === version)?.corrections ?? [];
  const known = new Set([...held, ...own].map(correctionIdentity));
  const found: LaterCorrection[] = [];
  const later = log.releases.filter((release) => compareVersions(release.version, version) > 0);
  for (const release of later.sort((a, b) => compareVersions(a.version, b.version)))
    for (const correction of release.corrections) {
      const identity = correctionIdentity(correction);
      if (known.has(identity) || !concernsView(correction.concerns)) continue;
      known.add(identity);
      found.push({ version: release.version, correction });
    }
  return found.sort((a, b) => b.correction.date.localeCompare(a.correction.date));
}
