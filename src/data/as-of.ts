/**
 * The data set as it stood at the end of a date: only what had been stated by then. Figures, relations and
 * timeline entries from later are left out; an end (validTo) or a part of a text (a note, a description) that
 * is dated after the date is not known yet and is dropped too, as is a source published later. A site with no
 * timeline entry by then had not been announced. A calculated figure ends when the first figure it was
 * calculated from ends. A correction is shown wherever every record it is about is shown: it is about the
 * published map, whatever date a view shows.
 * Pure and language-free: the view model builds every view of a date from this.
 */

import type { Dataset } from "./dataset.ts";
import { dateEnd, dateStart, parseDateValue } from "./dates.ts";
import type { DatedText, Figure, Relation } from "./schema.ts";

/** The last day a date text covers, as YYYY-MM-DD ("2026-11" → "2026-11-30"); null if it is no date. */
export function lastDay(text: string): string | null {
  const value = parseDateValue(text);
  return value ? dateEnd(value) : null;
}

/** Whether something dated `text` had happened by the end of day `day` (YYYY-MM-DD). */
export function happenedBy(text: string, day: string): boolean {
  const value = parseDateValue(text);
  return value !== null && dateStart(value) <= day;
}

/**
 * The parts of a dated text that hold on `day`: begun by then (or undated) and not ended. Undefined when none
 * is left; a plain text (one part, valid with its record) stays as it is.
 */
export function textAsOf(text: DatedText | undefined, day: string): DatedText | undefined {
  if (text === undefined || !Array.isArray(text)) return text;
  const parts = text.filter(
    (part) =>
      (part.from === undefined || happenedBy(part.from, day)) &&
      (part.to === undefined || !happenedBy(part.to, day)),
  );
  return parts.length > 0 ? parts : undefined;
}

/** A copy without what is not known yet on `day`: a later end, the parts of its note dated later. */
function knownBy<T extends Figure | Relation>(record: T, day: string): T {
  const copy = { ...record };
  if (copy.validTo !== undefined && !happenedBy(copy.validTo, day)) delete copy.validTo;
  const note = textAsOf(copy.note, day);
  if (note === undefined) delete copy.note;
  else copy.note = note;
  return copy;
}

/**
 * A calculated figure is no more current than what it was calculated from: it ends when the first of its
 * inputs ends (Narvik's 1,389 racks, from the 100,000-GPU target, end when the target does).
 */
function followInputs(figures: Figure[]): Figure[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return figures.map((figure) => {
    if (!figure.derivedFrom || figure.validTo !== undefined) return figure;
    const ends = figure.derivedFrom.flatMap((id) => byId.get(id)?.validTo ?? []);
    if (ends.length === 0) return figure;
    const first = [...ends].sort((a, b) => (lastDay(a) ?? a).localeCompare(lastDay(b) ?? b))[0];
    return first === undefined ? figure : { ...figure, validTo: first };
  });
}

/** Whether a figure is still the current statement (not replaced by a later one) in a data set as of a date. */
export function isCurrent(figure: Figure): boolean {
  return figure.validTo === undefined;
}

/** The data set as it stood at the end of `asOf`; the data set itself if `asOf` is no date. */
export function datasetAsOf(dataset: Dataset, asOf: string): Dataset {
  const day = lastDay(asOf);
  if (!day) return dataset;
  const timeline = dataset.timeline.filter((entry) => happenedBy(entry.date, day));
  const announced = new Set(timeline.map((entry) => entry.site));
  const hasTimeline = new Set(dataset.timeline.map((entry) => entry.site));
  const sites = dataset.sites.filter(
    (s) => announced.has(s.properties.id) || !hasTimeline.has(s.properties.id),
  );
  const siteIds = new Set(sites.map((s) => s.properties.id));
  const companyIds = new Set(dataset.headquarters.map((h) => h.properties.id));
  const present = (id: string) => siteIds.has(id) || companyIds.has(id);
  const described = <F extends Dataset["sites"][number] | Dataset["headquarters"][number]>(
    feature: F,
  ): F => ({
    ...feature,
    properties: {
      ...feature.properties,
      // A description's dated parts show from their date; its undated part always stays.
      description: textAsOf(feature.properties.description, day) ?? feature.properties.description,
    },
  });
  // A page published later is not yet a source: a record it backs lists only the sources of its time.
  const sources = dataset.sources.filter((s) => s.date === undefined || happenedBy(s.date, day));
  const figures = followInputs(
    dataset.figures.filter((f) => happenedBy(f.asOf, day) && present(f.subject)).map((f) => knownBy(f, day)),
  );
  const relations = dataset.relations
    .filter((r) => happenedBy(r.validFrom, day) && present(r.from) && present(r.to))
    .map((r) => knownBy(r, day));
  const shown = new Set<string>([
    ...siteIds,
    ...companyIds,
    ...sources.map((s) => s.id),
    ...figures.map((f) => f.id),
    ...relations.map((r) => r.id),
    ...timeline.map((t) => t.id),
  ]);
  return {
    ...dataset,
    sites: sites.map(described),
    headquarters: dataset.headquarters.map(described),
    timeline,
    sources,
    figures,
    relations,
    edition: {
      ...dataset.edition,
      corrections: dataset.edition.corrections.filter((c) => c.concerns.every((id) => shown.has(id))),
    },
  };
}
