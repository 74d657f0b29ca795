/**
 * The data set as it stood at the end of a date: only what had been stated by then. Figures, relations and
 * timeline entries from later are left out; an end (validTo) or a later statement (update) that lies after the
 * date is not known yet and is dropped too, as is a source published later. A site with no timeline entry by
 * then had not been announced.
 * Pure and language-free: the view model builds every view of a date from this.
 */

import type { Dataset } from "./dataset.ts";
import { dateEnd, dateStart, parseDateValue } from "./dates.ts";
import type { Figure, Relation } from "./schema.ts";

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

/** A copy without what is not known yet on `day`: a later end, a later statement. */
function knownBy<T extends Figure | Relation>(record: T, day: string): T {
  const copy = { ...record };
  if (copy.validTo !== undefined && !happenedBy(copy.validTo, day)) delete copy.validTo;
  if (copy.update !== undefined && !happenedBy(copy.update.date, day)) delete copy.update;
  return copy;
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
  return {
    ...dataset,
    sites,
    timeline,
    // A page published later is not yet a source: a record it backs lists only the sources of its time.
    sources: dataset.sources.filter((s) => s.date === undefined || happenedBy(s.date, day)),
    figures: dataset.figures
      .filter((f) => happenedBy(f.asOf, day) && present(f.subject))
      .map((f) => knownBy(f, day)),
    relations: dataset.relations
      .filter((r) => happenedBy(r.validFrom, day) && present(r.from) && present(r.to))
      .map((r) => knownBy(r, day)),
    edition: {
      ...dataset.edition,
      // A correction describes the map's later knowledge: an earlier view does not show it.
      corrections: dataset.edition.corrections.filter((c) => happenedBy(c.date, day)),
    },
  };
}
