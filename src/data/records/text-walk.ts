/**
 * Every text in geo/ (notes, descriptions, location notes, timeline sentences, source descriptors, corrections),
 * each with where it is and from which day a view shows it (certain.ts): the record's day, or a dated part's
 * (its `from` and its own sources, never before its record). The checks of texts (texts.ts) and the build's
 * check of every view (scripts/) walk this one list, so both hold a text to the same day.
 */
import { correctionDay } from "../as-of.ts";
import {
  type CertainRecords,
  type Certainty,
  certaintyOf,
  firstDay,
  laterDay,
  restsFrom,
  shownDays,
} from "../certain.ts";
import { GEO_FILES } from "../files.ts";
import type { DatedText, Edition, LocalizedText } from "../schema.ts";

/** Where a text is: the file, the record (null for the edition) and the field, as an issue names them. */
export interface Where {
  file: string;
  id: string | null;
  field: string;
}

/** One text, where it is and from when it shows. */
export interface PlacedText {
  where: Where;
  text: LocalizedText;
  /** The day a view first shows it; null: at every date. */
  shown: string | null;
  /** The date its record or part is dated (what `{from}` and a mark of its own date mean); null if none. */
  own: string | null;
  /** Whether it is a dated part with a `from` of its own (only there may `{from}` stand). */
  part: boolean;
  /** What is wrong with its place rather than its words (a part before its record, an end before a start). */
  placeIssues: { field: string; message: string }[];
}

/** What the walk needs: the records, the edition, and the day each record shows from. */
export interface WalkContext {
  records: CertainRecords;
  edition: Edition | null;
  certainty: Certainty;
  days: ReadonlyMap<string, string | null>;
}

export function walkContext(records: CertainRecords, edition: Edition | null): WalkContext {
  const certainty = certaintyOf(records.sources, edition ?? { asOf: "9999-12-31" });
  return { records, edition, certainty, days: shownDays(records, certainty) };
}

/** A record's plain text, valid with the record. */
function plain(where: Where, text: LocalizedText, shown: string | null, own?: string): PlacedText {
  return { where, text, shown, own: own ?? null, part: false, placeIssues: [] };
}

/** The parts of a dated text: each from the later of its record's day and its own (its `from`, its sources). */
function* dated(
  text: DatedText | undefined,
  where: Where,
  recordDay: string | null,
  own: string | undefined,
  c: Certainty,
): Generator<PlacedText> {
  if (text === undefined) return;
  if (!Array.isArray(text)) {
    yield plain(where, text, recordDay, own);
    return;
  }
  for (const [index, part] of text.entries()) {
    const field = `${where.field}.${index}`;
    const partDay = restsFrom(part.from, part.sources, c);
    const placeIssues: PlacedText["placeIssues"] = [];
    // A part begins with its record or later: its record's own date, or, for a site, its first status.
    const fromDay = firstDay(part.from);
    const recordStart = own === undefined ? recordDay : firstDay(own);
    if (fromDay !== null && recordStart !== null && fromDay < recordStart)
      placeIssues.push({ field: `${field}.from`, message: `is before its record is shown (${recordStart})` });
    if (part.to !== undefined && fromDay !== null && (firstDay(part.to) ?? "") < fromDay)
      placeIssues.push({ field: `${field}.to`, message: "ends before the part begins" });
    yield {
      where: { ...where, field: `${field}.text` },
      text: part.text,
      shown: laterDay(recordDay, partDay),
      own: part.from ?? own ?? null,
      part: part.from !== undefined,
      placeIssues,
    };
  }
}

function* recordTexts({ records, days, certainty: c }: WalkContext): Generator<PlacedText> {
  for (const figure of records.figures) {
    const where = { file: GEO_FILES.figures, id: figure.id };
    const shown = days.get(figure.id) ?? null;
    yield* dated(figure.note, { ...where, field: "note" }, shown, figure.asOf, c);
    for (const field of ["text", "round", "programme"] as const) {
      const value = figure[field];
      if (value) yield plain({ ...where, field }, value, shown, figure.asOf);
    }
    if (figure.saidBy && typeof figure.saidBy !== "string")
      yield plain({ ...where, field: "saidBy" }, figure.saidBy, shown, figure.asOf);
  }
  for (const relation of records.relations) {
    const where = { file: GEO_FILES.relations, id: relation.id, field: "note" };
    yield* dated(relation.note, where, days.get(relation.id) ?? null, relation.validFrom, c);
  }
  for (const entry of records.timeline) {
    const where = { file: GEO_FILES.timeline, id: entry.id, field: "text" };
    yield plain(where, entry.text, days.get(entry.id) ?? null, entry.date);
  }
}

function* locatedTexts({ records, days, certainty: c }: WalkContext): Generator<PlacedText> {
  const located = [
    [GEO_FILES.sites, records.sites],
    [GEO_FILES.headquarters, records.headquarters],
  ] as const;
  for (const [file, features] of located) {
    for (const feature of features) {
      const { id, description, precisionNote } = feature.properties;
      const shown = days.get(id) ?? null;
      yield* dated(description, { file, id, field: "properties.description" }, shown, undefined, c);
      yield* dated(precisionNote, { file, id, field: "properties.precisionNote" }, shown, undefined, c);
    }
  }
}

function* sourceTexts({ records, days }: WalkContext): Generator<PlacedText> {
  for (const source of records.sources) {
    const where = { file: GEO_FILES.sources, id: source.id };
    for (const field of ["title", "publisher", "cites"] as const) {
      const value = (source as Partial<Record<typeof field, unknown>>)[field];
      if (value && typeof value === "object" && !Array.isArray(value))
        yield plain({ ...where, field }, value as LocalizedText, days.get(source.id) ?? null, source.date);
    }
  }
}

/** The corrections: each shown once every record it is about is shown. One about an unknown record is not walked. */
function* correctionTexts({ edition, days }: WalkContext): Generator<PlacedText> {
  for (const [index, correction] of (edition?.corrections ?? []).entries()) {
    const shown = correctionDay(correction.concerns, days);
    if (shown === undefined) continue;
    const where = { file: GEO_FILES.edition, id: null, field: `corrections.${index}.text` };
    yield plain(where, correction.text, shown);
  }
}

/** Every text of the data set, with where it is and from when it shows. */
export function* walkTexts(ctx: WalkContext): Generator<PlacedText> {
  yield* recordTexts(ctx);
  yield* locatedTexts(ctx);
  yield* sourceTexts(ctx);
  yield* correctionTexts(ctx);
}
