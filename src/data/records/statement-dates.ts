/**
 * One statement, one date (issue 28). A record is dated no vaguer than the page it rests on: the article's
 * claims dated "September 2025" beside the article's own "16./17. September 2025", or a figure of Nscale's
 * release dated "16./17. September" beside the release's "17. September", date one statement two ways. A
 * record may be more precise than a later report of it (an event of 10 March 2026 in a report of March 2026).
 */
import type { CertainRecords } from "../certain.ts";
import { dateEnd, dateStart, parseDateValue } from "../dates.ts";
import { GEO_FILES } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import type { Source } from "../schema.ts";

/** Whether date `inner` lies within date `outer` and is more precise; an upper bound ("on or before") never is. */
function strictlyWithin(inner: string, outer: string): boolean {
  const [x, y] = [parseDateValue(inner), parseDateValue(outer)];
  if (!x || !y || x.kind === "on-or-before" || y.kind === "on-or-before" || inner === outer) return false;
  return dateStart(y) <= dateStart(x) && dateEnd(x) <= dateEnd(y);
}

interface Dated {
  file: string;
  id: string;
  field: string;
  date: string | undefined;
  sources: readonly string[] | undefined;
}

/** A record dated vaguer than a statement it rests on, when none of its sources has the record's own date. */
function vaguerIssue(record: Dated, dateOf: (id: string) => string | undefined): DataIssue[] {
  const { date } = record;
  const dated = (record.sources ?? []).flatMap((id) => {
    const sourceDate = dateOf(id);
    return sourceDate ? [{ id, date: sourceDate }] : [];
  });
  if (!date || dated.some((source) => source.date === date)) return [];
  const within = dated.find((source) => strictlyWithin(source.date, date));
  if (!within) return [];
  const message = `is "${date}", vaguer than its source "${within.id}" of "${within.date}": one statement, one date`;
  return [{ file: record.file, id: record.id, field: record.field, message }];
}

/** Every record with a date and the sources it rests on. */
function datedRecords({ figures, relations, timeline }: CertainRecords): Dated[] {
  return [
    ...figures.map((f) => ({
      file: GEO_FILES.figures,
      id: f.id,
      field: "asOf",
      date: f.asOf,
      sources: f.sources,
    })),
    ...relations.map((r) => ({
      file: GEO_FILES.relations,
      id: r.id,
      field: "validFrom",
      date: r.validFrom,
      sources: r.sources,
    })),
    ...timeline.map((t) => ({
      file: GEO_FILES.timeline,
      id: t.id,
      field: "date",
      date: t.date,
      sources: t.sources,
    })),
  ];
}

export function checkStatementDates(records: CertainRecords, issues: DataIssue[]): void {
  const byId = new Map<string, Source>(records.sources.map((source) => [source.id, source]));
  const dateOf = (id: string) => byId.get(id)?.date;
  for (const record of datedRecords(records)) issues.push(...vaguerIssue(record, dateOf));
}
