/**
 * The data set as it stood at the end of a date: only what was certain by then (certain.ts). A record shows
 * once a source of it is published and its date is certain (a month from its last day); an end (validTo) or a
 * part of a text (a note, a description, a location note) shows on the same terms, as does a source. A site
 * with no status shown by then had not been announced. A calculated figure ends when the first figure it was
 * calculated from ends. A correction is shown once every record it is about is shown, so it never tells an
 * earlier view what came later, whatever date the view shows.
 * Pure and language-free: the view model builds every view of a date from this.
 */

import { type Certainty, certaintyOf, endKnownFrom, laterDay, restsFrom, shownDays } from "./certain.ts";
import type { Dataset } from "./dataset.ts";
import { dateEnd, parseDateValue } from "./dates.ts";
import type { DatedText, Figure, Relation } from "./schema.ts";

/** The last day a date text covers, as YYYY-MM-DD ("2026-11" → "2026-11-30"); null if it is no date. */
export function lastDay(text: string): string | null {
  const value = parseDateValue(text);
  return value ? dateEnd(value) : null;
}

/** Whether something shown from `from` (null: at every date) is shown on day `day`. */
export function shownBy(from: string | null | undefined, day: string): boolean {
  return from === null || (from !== undefined && from <= day);
}

/**
 * The parts of a dated text shown on `day`: certain by then, not before their record (`recordDay`), and not
 * ended. Undefined when none is left; a plain text (one part, valid with its record) stays as it is.
 */
export function textAsOf(
  text: DatedText | undefined,
  day: string,
  recordDay: string | null,
  c: Certainty,
): DatedText | undefined {
  if (text === undefined || !Array.isArray(text)) return text;
  const parts = text.filter(
    (part) =>
      shownBy(laterDay(recordDay, restsFrom(part.from, part.sources, c)), day) &&
      (part.to === undefined || !shownBy(endKnownFrom(part.to, part.sources, c), day)),
  );
  return parts.length > 0 ? parts : undefined;
}

/** A copy without what is not known yet on `day`: an end not known yet, the parts of its note shown later. */
function knownBy<T extends Figure | Relation>(
  record: T,
  day: string,
  recordDay: string | null,
  c: Certainty,
): T {
  const copy = { ...record };
  if (copy.validTo !== undefined && !shownBy(endKnownFrom(copy.validTo, copy.sources, c), day))
    delete copy.validTo;
  const note = textAsOf(copy.note, day, recordDay, c);
  if (note === undefined) delete copy.note;
  else copy.note = note;
  return copy;
}

/**
 * A calculated figure is no more current than what it was calculated from: it ends when the first of its
 * inputs ends (Kvandal's 1,389 racks, from the 100,000-GPU target, end when the target does).
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

/** The day each record of a data set shows from, and what those days are worked out from. */
export interface Shown {
  certainty: Certainty;
  days: ReadonlyMap<string, string | null>;
}

export function shownOf(dataset: Dataset): Shown {
  const certainty = certaintyOf(dataset.sources, dataset.edition);
  return { certainty, days: shownDays(dataset, certainty) };
}

/** The day a correction shows from: once every record it is about is shown (null if it names an unknown one). */
export function correctionDay(concerns: readonly string[], days: Shown["days"]): string | null | undefined {
  let day: string | null = null;
  for (const id of concerns) {
    if (!days.has(id)) return undefined;
    day = laterDay(day, days.get(id) ?? null);
  }
  return day;
}

/** The data set as it stood at the end of `asOf`: what is certain by then. The data set itself if no date. */
export function datasetAsOf(dataset: Dataset, asOf: string, shown = shownOf(dataset)): Dataset {
  const day = lastDay(asOf);
  if (!day) return dataset;
  const { certainty: c, days } = shown;
  const isShown = (id: string) => shownBy(days.get(id), day);
  const located = <F extends Dataset["sites"][number] | Dataset["headquarters"][number]>(feature: F): F => {
    const from = days.get(feature.properties.id) ?? null;
    const { description, precisionNote } = feature.properties;
    const properties = {
      ...feature.properties,
      // A text's dated parts show from their date; its undated part always stays.
      description: textAsOf(description, day, from, c) ?? description,
      precisionNote: textAsOf(precisionNote, day, from, c),
    };
    if (properties.precisionNote === undefined) delete properties.precisionNote;
    return { ...feature, properties };
  };
  const figures = followInputs(
    dataset.figures.filter((f) => isShown(f.id)).map((f) => knownBy(f, day, days.get(f.id) ?? null, c)),
  );
  const relations = dataset.relations
    .filter((r) => isShown(r.id))
    .map((r) => knownBy(r, day, days.get(r.id) ?? null, c));
  return {
    ...dataset,
    sites: dataset.sites.filter((s) => isShown(s.properties.id)).map(located),
    headquarters: dataset.headquarters.map(located),
    timeline: dataset.timeline.filter((entry) => isShown(entry.id)),
    sources: dataset.sources.filter((s) => isShown(s.id)),
    figures,
    relations,
    edition: {
      ...dataset.edition,
      corrections: dataset.edition.corrections.filter((c) => shownBy(correctionDay(c.concerns, days), day)),
    },
  };
}
