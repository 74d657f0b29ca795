/**
 * From which day each record may be shown: the day it is certain by. Two rules (issue 28):
 * 1. A source exists from its publication date, so a record shows only once a source of it is published: from
 *    its first source's day, never before its own date begins.
 * 2. An uncertain date counts from when it is certain: a month, quarter or year from its last day, a range from
 *    its end, "on or before" from its day; and nothing is less certain than the edition (the day the sources
 *    were read). A source published earlier (a report of 18 September about "September 2025") dates it earlier.
 * An end (`validTo`, a part's `to`) is known once it is certain and a source published since it began says so.
 * Every day is YYYY-MM-DD; null means "at every date" (an undated record, or one resting on an undated page).
 * Pure: datasetAsOf shows what is certain by a view's day, and the build's checks hold every text to it.
 */
import { dateEnd, dateStart, parseDateValue } from "./dates.ts";
import type {
  Edition,
  Figure,
  HeadquartersFeature,
  Relation,
  SiteFeature,
  Source,
  TimelineEntry,
} from "./schema.ts";

/** What the days are worked out from: the edition's day and each source's publication day. */
export interface Certainty {
  editionDay: string;
  /** Each source's day; null for an undated page (an encyclopaedia), which counts as always there. */
  sourceDays: ReadonlyMap<string, string | null>;
}

/** The earlier of two days. */
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The later of two days; null ("always") gives way to any day. */
export function laterDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * The day a date text is certain by: its last day, or the edition's if the edition falls inside it (the
 * sources were read then); null if no date.
 */
export function certainDay(text: string | undefined, editionDay: string): string | null {
  const value = text === undefined ? null : parseDateValue(text);
  return value ? earlier(dateEnd(value), laterDay(editionDay, dateStart(value)) ?? editionDay) : null;
}

/** The first day a date text can mean; null if no date. */
export function firstDay(text: string | undefined): string | null {
  const value = text === undefined ? null : parseDateValue(text);
  return value ? dateStart(value) : null;
}

export function certaintyOf(sources: readonly Source[], edition: Pick<Edition, "asOf">): Certainty {
  const editionDay = certainDay(edition.asOf, "9999-12-31") ?? "9999-12-31";
  return {
    editionDay,
    sourceDays: new Map(sources.map((s) => [s.id, certainDay(s.date, editionDay)])),
  };
}

/** The days of the known sources among `ids`; null when one of them is undated (it was always there). */
function sourceDays(ids: readonly string[] | undefined, c: Certainty): string[] | null {
  const days = (ids ?? []).filter((id) => c.sourceDays.has(id)).map((id) => c.sourceDays.get(id) ?? null);
  return days.includes(null) ? null : (days as string[]);
}

/**
 * The day a record dated `date` and resting on `sources` shows from: its first source's day (not before its
 * own date begins), or, without dated sources, the day its own date is certain.
 */
export function restsFrom(date: string | undefined, sources: readonly string[] | undefined, c: Certainty) {
  const days = sourceDays(sources, c);
  if (days === null || days.length === 0) return certainDay(date, c.editionDay);
  return laterDay(firstDay(date), [...days].sort()[0] ?? null);
}

/**
 * The day an end dated `end` is known: when it is certain, or later, when the first of the record's sources
 * published since it began (the report of it) appeared.
 */
export function endKnownFrom(end: string, sources: readonly string[] | undefined, c: Certainty): string {
  const own = certainDay(end, c.editionDay) ?? end;
  const start = firstDay(end) ?? end;
  const reports = (sources ?? []).flatMap((id) => {
    const day = c.sourceDays.get(id);
    return day && day >= start ? [day] : [];
  });
  return laterDay(own, reports.sort()[0] ?? null) ?? own;
}

/** Every record a day can be worked out for. */
export interface CertainRecords {
  sites: readonly SiteFeature[];
  headquarters: readonly HeadquartersFeature[];
  sources: readonly Source[];
  relations: readonly Relation[];
  figures: readonly Figure[];
  timeline: readonly TimelineEntry[];
}

/** The first of some days; null if one of them is "always". */
function firstOf(days: readonly (string | null | undefined)[]): string | null {
  if (days.some((day) => day === null || day === undefined)) return null;
  return [...(days as string[])].sort()[0] ?? null;
}

/** A figure's day; a calculated one (no sources) shows once every figure it was calculated from does. */
function figureDay(
  figure: Figure,
  byId: ReadonlyMap<string, Figure>,
  c: Certainty,
  seen = new Set<string>(),
) {
  let day = restsFrom(figure.asOf, figure.sources, c);
  seen.add(figure.id);
  for (const id of figure.derivedFrom ?? []) {
    const input = byId.get(id);
    if (input && !seen.has(id)) day = laterDay(day, figureDay(input, byId, c, seen));
  }
  return day;
}

/**
 * The day each record shows from, by id: sources, timeline entries, sites (from their first status shown),
 * companies (always), figures and relations (once their subject or both their ends are shown too).
 */
export function shownDays(records: CertainRecords, c: Certainty): Map<string, string | null> {
  const days = new Map<string, string | null>();
  for (const source of records.sources) days.set(source.id, c.sourceDays.get(source.id) ?? null);
  for (const entry of records.timeline) days.set(entry.id, restsFrom(entry.date, entry.sources, c));
  for (const site of records.sites) {
    const entries = records.timeline.filter((t) => t.site === site.properties.id);
    days.set(site.properties.id, entries.length === 0 ? null : firstOf(entries.map((t) => days.get(t.id))));
  }
  for (const company of records.headquarters) days.set(company.properties.id, null);
  const figureById = new Map(records.figures.map((f) => [f.id, f]));
  for (const figure of records.figures)
    days.set(figure.id, laterDay(figureDay(figure, figureById, c), days.get(figure.subject) ?? null));
  for (const relation of records.relations) {
    const ends = laterDay(days.get(relation.from) ?? null, days.get(relation.to) ?? null);
    days.set(relation.id, laterDay(restsFrom(relation.validFrom, relation.sources, c), ends));
  }
  return days;
}
