/**
 * Checks of every text in geo/ (notes, descriptions, timeline sentences, source descriptors, corrections):
 * a text must not know what happened after the date it is shown from. Each text is shown from a date (its
 * record's, or its part's `from`); a date it says happened (`{on:…}`), a figure it cites (`{figure:…}`) or a
 * site it names must not be later, and a source a part rests on must have been published by then. Dates and
 * amounts typed into prose are rejected, because they would escape this check; so is a mark that one language
 * has and the other lacks. The grammar is text.ts's.
 */
import { dateEnd, dateStart, parseDateValue, sortableDate } from "../dates.ts";
import { GEO_FILES } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import type {
  DatedText,
  Edition,
  Figure,
  HeadquartersFeature,
  LocalizedText,
  Relation,
  SiteFeature,
  Source,
  TimelineEntry,
} from "../schema.ts";
import { marksOf, markText, parseText, type TextToken } from "../text.ts";

/** A year from 1800 to 2099 standing on its own: a date typed into prose. */
const TYPED_YEAR = /(?<![\d.,])(?:18|19|20)\d{2}(?![\d.,]\d)/;
/** An amount typed into prose: a currency sign or code beside a number, or a "bn"/"Mrd." scale word. */
const TYPED_MONEY =
  /(?:[$£€]\s?\d)|(?:\d[\d.,]*\s?(?:USD|GBP|NOK|EUR|\$|£|€))|(?:\d[\d.,]*\s?(?:Mrd\.|Mio\.|bn\b|billion\b|million\b|Milliarden\b|Millionen\b))|(?:\b(?:USD|GBP|NOK|EUR)\s?\d)/;

/**
 * Dates and amounts typed into the prose of a text, outside the source's own quoted words: each escapes the
 * formatting and the dating, so each is an error.
 */
export function typedInProse(tokens: readonly TextToken[]): string[] {
  return tokens.flatMap((token) => {
    if (token.kind !== "text") return [];
    const found: string[] = [];
    const year = TYPED_YEAR.exec(token.text);
    if (year)
      found.push(
        `types the date "${year[0]}" into the text: write {on:…} for what happened or {planned:…} for what is planned, so the view formats it and the build can check it`,
      );
    const money = TYPED_MONEY.exec(token.text);
    if (money)
      found.push(
        `types the amount "${money[0].trim()}" into the text: write {figure:id} or {money:USD:790000000}, so every amount is written one way`,
      );
    return found;
  });
}

/** Every record a text can refer to or a correction can be about. */
export interface TextRecords {
  sites: readonly SiteFeature[];
  headquarters: readonly HeadquartersFeature[];
  sources: readonly Source[];
  relations: readonly Relation[];
  figures: readonly Figure[];
  timeline: readonly TimelineEntry[];
}

/** The earliest day a date text means, or null for "at every date" (and for a date that does not parse). */
function startOf(text: string | null | undefined): string | null {
  const value = text ? parseDateValue(text) : null;
  return value ? dateStart(value) : null;
}

/** The later of two starts; null ("always") gives way to any date. */
function laterStart(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

interface Where {
  file: string;
  id: string | null;
  field: string;
}

/** The date each record is first shown from, by id: what the texts about it and the corrections are held to. */
function shownFrom(records: TextRecords): Map<string, string | null> {
  const firstEntry = new Map<string, string>();
  for (const entry of [...records.timeline].sort((a, b) =>
    sortableDate(a.date).localeCompare(sortableDate(b.date)),
  ))
    if (!firstEntry.has(entry.site)) firstEntry.set(entry.site, entry.date);
  const from = new Map<string, string | null>();
  for (const site of records.sites) from.set(site.properties.id, startOf(firstEntry.get(site.properties.id)));
  for (const company of records.headquarters) from.set(company.properties.id, null);
  for (const source of records.sources) from.set(source.id, startOf(source.date));
  for (const figure of records.figures) from.set(figure.id, startOf(figure.asOf));
  for (const relation of records.relations) from.set(relation.id, startOf(relation.validFrom));
  for (const entry of records.timeline) from.set(entry.id, startOf(entry.date));
  return from;
}

export function checkTexts(records: TextRecords, edition: Edition | null, issues: DataIssue[]): void {
  const from = shownFrom(records);
  const figureById = new Map(records.figures.map((f) => [f.id, f]));
  const sourceById = new Map(records.sources.map((s) => [s.id, s]));
  const siteIds = new Set(records.sites.map((s) => s.properties.id));
  const companyIds = new Set(records.headquarters.map((h) => h.properties.id));
  const report = (where: Where, message: string) => issues.push({ ...where, message });

  /** One text in both languages, shown from `shown` (null: at every date); `ownFrom` is its part's date. */
  const checkText = (text: LocalizedText, shown: string | null, where: Where, ownFrom: string | null) => {
    const marks: Record<string, string[]> = {};
    for (const lang of ["de", "en"] as const) {
      const at = { ...where, field: `${where.field}.${lang}` };
      const parsed = parseText(text[lang]);
      for (const error of [...typedInProse(parsed.tokens), ...parsed.errors]) report(at, error);
      const found = marksOf(parsed.tokens);
      // What happened and what is cited must be in both languages; a planned date or an amount may be phrased
      // differently in each (a quote in one, its rendering in the other).
      marks[lang] = [
        ...new Set(
          found
            .filter((m) => m.kind !== "money" && !(m.kind === "date" && m.role === "planned"))
            .map(markText),
        ),
      ].sort();
      for (const mark of found) {
        const later = (what: string, date: string) =>
          report(
            at,
            shown === null
              ? `mentions ${what} (${date}), but the text is shown at every date: put it in a dated part ({"from": "${date}", "text": …})`
              : `mentions ${what} (${date}), after the text is shown from (${shown}): give it its own part ({"from": "${date}", …}) or leave it out`,
          );
        if (mark.kind === "from" && ownFrom === null)
          report(at, "uses {from}, but is not a dated part with a from date");
        if (mark.kind === "date") {
          const start = startOf(mark.date);
          if (start === null)
            report(at, `has {${mark.role}:${mark.date}}, which is not a date of the data's grammar`);
          else if (mark.role === "on" && (shown === null || start > shown))
            later(`{on:${mark.date}}`, mark.date);
        }
        if (mark.kind === "figure") {
          const figure = figureById.get(mark.id);
          if (!figure) report(at, `cites the unknown figure "${mark.id}"`);
          else {
            const start = startOf(figure.asOf);
            if (start !== null && (shown === null || start > shown))
              later(`the figure "${mark.id}", stated ${figure.asOf}`, figure.asOf);
          }
        }
        if (mark.kind === "name") {
          if (!siteIds.has(mark.id) && !companyIds.has(mark.id))
            report(at, `names the unknown site or company "${mark.id}"`);
          const start = from.get(mark.id) ?? null;
          if (start !== null && (shown === null || start > shown))
            later(`the site "${mark.id}", announced ${start}`, start);
        }
      }
    }
    if ((marks.de ?? []).join(" ") !== (marks.en ?? []).join(" "))
      report(
        { ...where, field: `${where.field}.en` },
        `has other marks than the German text (de: ${marks.de?.join(" ") || "none"}; en: ${marks.en?.join(" ") || "none"}): what happened, and what is cited, must be in both`,
      );
  };

  /**
   * The sources a dated part rests on must include one published by its date: the part is what was learned
   * then. (A record's own sources may be later reports of an earlier event, such as a funding round.)
   */
  const checkSourcesBy = (ids: readonly string[] | undefined, end: string | null, where: Where) => {
    if (!ids || end === null) return;
    const known = ids.flatMap((id) => sourceById.get(id) ?? []);
    if (known.length === 0) return;
    const byThen = known.some((source) => {
      const value = source.date ? parseDateValue(source.date) : null;
      return !value || dateStart(value) <= end;
    });
    if (!byThen)
      report(
        where,
        `rests only on sources published after it is shown (${end}): date it later, or cite a source of its time`,
      );
  };

  /** A dated text: each part shown from the later of the record's date and its own `from`. */
  const checkDated = (text: DatedText | undefined, shown: string | null, where: Where) => {
    if (text === undefined) return;
    if (!Array.isArray(text)) {
      checkText(text, shown, where, null);
      return;
    }
    text.forEach((part, index) => {
      const partWhere = { ...where, field: `${where.field}.${index}` };
      const partFrom = startOf(part.from);
      const partShown = laterStart(shown, partFrom);
      if (part.from !== undefined && shown !== null && partFrom !== null && partFrom < shown)
        report(
          { ...partWhere, field: `${partWhere.field}.from` },
          `is before its record is shown (${shown})`,
        );
      if (part.to !== undefined && partFrom !== null && (startOf(part.to) ?? "") < partFrom)
        report({ ...partWhere, field: `${partWhere.field}.to` }, "ends before the part begins");
      checkText(part.text, partShown, { ...partWhere, field: `${partWhere.field}.text` }, partFrom);
      const value = part.from ? parseDateValue(part.from) : null;
      checkSourcesBy(part.sources, value ? dateEnd(value) : null, {
        ...partWhere,
        field: `${partWhere.field}.sources`,
      });
    });
  };

  for (const figure of records.figures) {
    const where = { file: GEO_FILES.figures, id: figure.id };
    const shown = startOf(figure.asOf);
    checkDated(figure.note, shown, { ...where, field: "note" });
    for (const field of ["text", "round", "programme"] as const) {
      const value = figure[field];
      if (value) checkText(value, shown, { ...where, field }, null);
    }
    if (figure.saidBy && typeof figure.saidBy !== "string")
      checkText(figure.saidBy, shown, { ...where, field: "saidBy" }, null);
  }
  for (const relation of records.relations) {
    const where = { file: GEO_FILES.relations, id: relation.id };
    checkDated(relation.note, startOf(relation.validFrom), { ...where, field: "note" });
  }
  for (const entry of records.timeline) {
    const where = { file: GEO_FILES.timeline, id: entry.id };
    checkText(entry.text, startOf(entry.date), { ...where, field: "text" }, null);
  }
  const located: [string, readonly (SiteFeature | HeadquartersFeature)[]][] = [
    [GEO_FILES.sites, records.sites],
    [GEO_FILES.headquarters, records.headquarters],
  ];
  for (const [file, features] of located) {
    for (const feature of features) {
      const { id, description, precisionNote } = feature.properties;
      const shown = from.get(id) ?? null;
      checkDated(description, shown, { file, id, field: "properties.description" });
      if (precisionNote)
        checkText(precisionNote, shown, { file, id, field: "properties.precisionNote" }, null);
    }
  }
  for (const source of records.sources) {
    const where = { file: GEO_FILES.sources, id: source.id };
    const shown = startOf(source.date);
    for (const field of ["title", "publisher", "cites"] as const) {
      const value = (source as Partial<Record<typeof field, unknown>>)[field];
      if (value && typeof value === "object" && !Array.isArray(value))
        checkText(value as LocalizedText, shown, { ...where, field }, null);
    }
  }
  edition?.corrections.forEach((correction, index) => {
    const where = { file: GEO_FILES.edition, id: null, field: `corrections.${index}` };
    const unknown = correction.concerns.filter((id) => !from.has(id));
    for (const id of unknown)
      report({ ...where, field: `${where.field}.concerns` }, `is about the unknown record "${id}"`);
    if (unknown.length > 0) return;
    // Shown where every record it is about is shown: from the latest of their dates.
    const shown = correction.concerns.reduce<string | null>(
      (latest, id) => laterStart(latest, from.get(id) ?? null),
      null,
    );
    checkText(correction.text, shown, { ...where, field: `${where.field}.text` }, null);
  });
}
