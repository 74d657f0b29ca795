/**
 * The release log (dist/releases.json) as the build writes it and a pinned copy reads it: every release with its
 * date, data edition and corrections as plain text in both languages. A pinned copy reads it from its asset
 * host, which it trusts no more than any file it fetches: `readReleases` checks its shape by hand (valibot stays
 * at build time) and gives nothing for a file it cannot vouch for.
 */
import type { LocalizedText } from "./schema.ts";

export interface ReleasedCorrection {
  /** The day it was made (YYYY-MM-DD). */
  date: string;
  /** The ids of the records it is about, sorted. */
  concerns: string[];
  text: LocalizedText;
}

export interface Release {
  version: string;
  /** The day it was published (YYYY-MM-DD). */
  date: string;
  /** Its data edition's date ("Stand"). */
  edition: string;
  corrections: ReleasedCorrection[];
}

/** dist/releases.json; geo/releases.json has the same shape without `live`. */
export interface ReleasesFile {
  format: 1;
  live: string;
  releases: Release[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** A correction is one or two sentences; anything longer is not one this map wrote. */
const MAX_TEXT = 600;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
/** Plain sentences: no markup, which a correction of this map never has (and the DOM gets text only anyway). */
const isText = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= MAX_TEXT && !/[<>]/.test(value);

function isCorrection(value: unknown): value is ReleasedCorrection {
  if (!isRecord(value) || typeof value.date !== "string" || !DAY.test(value.date)) return false;
  const { concerns, text } = value;
  if (!Array.isArray(concerns) || concerns.length === 0) return false;
  if (!concerns.every((id) => typeof id === "string" && ID.test(id))) return false;
  return isRecord(text) && isText(text.de) && isText(text.en);
}

function isRelease(value: unknown): value is Release {
  if (!isRecord(value)) return false;
  const { version, date, edition, corrections } = value;
  return (
    typeof version === "string" &&
    VERSION.test(version) &&
    typeof date === "string" &&
    DAY.test(date) &&
    typeof edition === "string" &&
    Array.isArray(corrections) &&
    corrections.every(isCorrection)
  );
}

/** Orders versions x.y.z as numbers (0.10.0 after 0.9.0): numeric collation compares digit runs by value. */
export const compareVersions = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

/** The releases of a log file, oldest first as written; null for anything that is not one, whole. */
export function readReleases(json: unknown): Release[] | null {
  if (!isRecord(json) || json.format !== 1 || !Array.isArray(json.releases)) return null;
  return json.releases.every(isRelease) ? json.releases : null;
}
