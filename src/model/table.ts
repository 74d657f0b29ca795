/**
 * The view as a table, for the "Daten herunterladen" (Get the data) download: every figure the details show
 * at the view's date, then every relation the map draws (who does what to which site, from when to when), then
 * every dated status of the sites, one row each. Figures follow the order of the list and, within a site or
 * company, of its details; a programme's figure (Stargate UK's) is the programme's row, not its site's. A figure
 * that a later statement has replaced by then is a row too, as it is history in the details, and says since
 * when. Every row says where its site or company lies and how precisely, the view's date ("Stand") and, last,
 * the corrections the view shows. Dates are written one sortable way (YYYY-MM-DD, the first day they can mean)
 * and, in a column of their own, as the source gave them, in its precision ("September 2025"), and no cell holds a line break. Pure: the CSV text is made here
 * too, so a test can read it back.
 */
import type { Dataset } from "../data/dataset.ts";
import { sortableDate } from "../data/dates.ts";
import { featureById } from "../data/derive.ts";
import type { Edition, Figure, Relation, TimelineEntry } from "../data/schema.ts";
import type { I18n, Lang } from "../i18n/index.ts";
import { type DetailsModel, derivedFromText, type FigureItem, figureState, textOf } from "./details.ts";
import { figureTags } from "./figure-label.ts";
import type { SiteHeadline } from "./headline.ts";
import { type RelationRecord, relationRecords, sourcesOf } from "./relations.ts";
import { sourceByline } from "./sources.ts";
import { plainText, renderText, type TextContext } from "./text.ts";

/**
 * The columns, in order. Their names in the reader's language are one message, `table.columns`, separated by
 * "|" in this order: the header is a unit, and the app's script carries one message instead of fifteen.
 */
export const TABLE_COLUMNS = [
  "entry",
  "subject",
  "place",
  "longitude",
  "latitude",
  "precision",
  "item",
  "value",
  "unit",
  "qualifier",
  "sense",
  "headline",
  "date",
  "datePrecision",
  "until",
  "untilPrecision",
  "state",
  "saidBy",
  "status",
  "note",
  "source",
  "url",
  "viewAsOf",
  "id",
] as const;

type Column = (typeof TABLE_COLUMNS)[number];

export interface FiguresTable {
  /** The column names in the reader's language. */
  columns: string[];
  /** One row of texts per figure, relation and status, in the columns' order. */
  rows: string[][];
}

export interface TableContext extends TextContext {
  /** The sites, then the companies, as the list shows them. */
  subjects: readonly { id: string; name: string }[];
  /** The details of a site or company: the table holds exactly their figures. */
  details(id: string): DetailsModel | null;
  /** The view's data set, whose relations, timeline and corrections the table lists. */
  dataset: Dataset;
  /** The view's date as its credits say it ("Stand"), without the word. */
  viewAsOf: string;
  /** A site's one headline (src/model/headline.ts): its figures' rows say how every view shows them. */
  headlineOf(siteId: string): SiteHeadline;
}

/**
 * A number as a spreadsheet in the reader's language reads it: German with a decimal comma, English with a
 * point, and neither with a thousands separator, which a spreadsheet would take for a decimal mark in the other
 * language ("23.040" is 23.04 to an English one).
 */
export function tableNumber(value: number, lang: Lang): string {
  return lang === "de" ? String(value).replace(".", ",") : String(value);
}

/** A row from named cells, in the columns' order; a cell not named is empty; no cell breaks a line. */
function row(cells: Partial<Record<Column, string>>, ctx: TableContext): string[] {
  const all: Partial<Record<Column, string>> = { viewAsOf: ctx.viewAsOf, ...cells };
  return TABLE_COLUMNS.map((column) => (all[column] ?? "").replace(/\s*[\r\n]+\s*/g, " "));
}

/** A record's sources: titles in one cell, URLs in the next, each list separated by " | ". */
function sourceCells(ids: readonly string[] | undefined, ctx: TableContext) {
  return joinedSources(sourcesOf(ids, ctx));
}

const joinedSources = (sources: readonly { title: string; url: string }[]) => ({
  source: sources.map((s) => s.title).join(" | "),
  url: sources.map((s) => s.url).join(" | "),
});

/** Where a site or company lies, and how precisely: the place in words, its coordinates, its precision. */
function locationCells(id: string, ctx: TableContext): Partial<Record<Column, string>> {
  const feature = featureById(ctx.index, id);
  if (!feature) return {};
  const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
  return {
    place: ctx.i18n.text(feature.properties.place),
    longitude: tableNumber(longitude, ctx.i18n.lang),
    latitude: tableNumber(latitude, ctx.i18n.lang),
    precision: ctx.i18n.t(`precision.${feature.properties.precision}`),
  };
}

/**
 * A date as a sortable day (the first it can mean, YYYY-MM-DD) and as the source gave it, in its own precision:
 * "2025-09-01" and "September 2025", "2025-09-16" and "16./17. September 2025".
 */
export function sortableCells(text: string | null | undefined, i18n: I18n): [string, string] {
  return text ? [sortableDate(text), i18n.dateText(text)] : ["", ""];
}

function dateCells(from: string, until: string | null | undefined, i18n: I18n) {
  const [date, datePrecision] = sortableCells(from, i18n);
  const [end, untilPrecision] = sortableCells(until, i18n);
  return { date, datePrecision, until: end, untilPrecision };
}

/** The headline text a figure is shown with in every view, when it is a site's headline figure. */
function headlineCell(figure: Figure, ctx: TableContext): string {
  if (!ctx.index.siteById.has(figure.subject)) return "";
  const headline = ctx.headlineOf(figure.subject);
  if (headline.power?.id === figure.id) return headline.powerText ?? "";
  if (headline.gpus?.id === figure.id) return headline.gpusText ?? "";
  return "";
}

function figureRow(figure: Figure, subject: string, item: FigureItem, ctx: TableContext): string[] {
  const { i18n, index } = ctx;
  let value = "";
  if (figure.value !== undefined) value = tableNumber(figure.value, i18n.lang);
  else if (figure.text) value = i18n.text(figure.text);
  if (figure.lowerBound !== undefined)
    value += ` (${i18n.t("figure.lowerBound", { value: tableNumber(figure.lowerBound, i18n.lang) })})`;
  let saidBy = figure.saidBy ? textOf(i18n, figure.saidBy) : "";
  if (figure.status === "calculated") saidBy = derivedFromText(figure, index, i18n);
  const state = figureState(figure, index);
  return row(
    {
      entry: i18n.t("table.entry.figure"),
      // A programme's figure is the programme's, whichever site's details show it.
      subject: figure.programme ? i18n.text(figure.programme) : subject,
      ...locationCells(figure.subject, ctx),
      item: figure.chip ? `${item.label} · ${figure.chip}` : item.label,
      value,
      unit: figure.currency ?? (figure.unit ? i18n.t(`unit.${figure.unit}`) : ""),
      qualifier: figure.qualifier ? i18n.t(`qualifier.${figure.qualifier}`) : "",
      sense: figureTags(figure, ctx).join(", "),
      headline: headlineCell(figure, ctx),
      ...dateCells(figure.asOf, state.since, i18n),
      // Empty while current; else "pausiert" or "nicht mehr aktuell seit …", as the details say.
      state: state.paused
        ? i18n.t("popup.paused")
        : state.since
          ? i18n.t("popup.validUntil", { date: i18n.dateText(state.since) })
          : "",
      saidBy,
      status: i18n.t(`status.${figure.status}`),
      note: item.note ? plainText(item.note) : "",
      ...sourceCells(figure.sources, ctx),
      id: figure.id,
    },
    ctx,
  );
}

/**
 * A relation's row: the same record the panel's table "Wer mit wem" shows (src/model/relations.ts), with who
 * stated it (its sources' bylines) and what it rests on (an agreement, or only an announcement).
 */
function relationRow(record: RelationRecord, relation: Relation | undefined, ctx: TableContext): string[] {
  const { i18n, index } = ctx;
  const bylines = (relation?.sources ?? []).flatMap((id) => {
    const source = index.sourceById.get(id);
    return source ? [sourceByline(source, ctx)] : [];
  });
  return row(
    {
      entry: i18n.t("table.entry.relation"),
      subject: record.company,
      ...locationCells(record.siteId, ctx),
      item: record.role,
      value: record.site,
      ...dateCells(record.from, record.until, i18n),
      state: record.status,
      saidBy: [...new Set(bylines)].join("; "),
      status: relation?.basis ? i18n.t(`basis.${relation.basis}`) : "",
      note: record.note,
      ...joinedSources(record.sources),
      id: record.id,
    },
    ctx,
  );
}

function statusRow(entry: TimelineEntry, ctx: TableContext): string[] {
  const { i18n } = ctx;
  return row(
    {
      entry: i18n.t("table.entry.status"),
      subject: ctx.nameOf(entry.site),
      ...locationCells(entry.site, ctx),
      item: i18n.t(`stage.${entry.stage}`),
      value: plainText(renderText(entry.text, ctx)),
      ...dateCells(entry.date, null, i18n),
      status: i18n.t(`status.${entry.status}`),
      ...sourceCells(entry.sources, ctx),
      id: entry.id,
    },
    ctx,
  );
}

/** A correction the view shows (as its credits do), with the records it is about as its ids. */
function correctionRow(correction: Edition["corrections"][number], ctx: TableContext): string[] {
  return row(
    {
      entry: ctx.i18n.t("table.entry.correction"),
      ...dateCells(correction.date, null, ctx.i18n),
      note: plainText(renderText(correction.text, ctx)),
      id: correction.concerns.join(" "),
    },
    ctx,
  );
}

/** Every figure the details show, every relation and status of the view's date, with the columns named. */
export function figuresTable(ctx: TableContext): FiguresTable {
  const figures = ctx.subjects.flatMap(({ id, name }) =>
    (ctx.details(id)?.sections ?? [])
      .flatMap((section) => section.figures)
      .flatMap((item) => {
        const figure = ctx.index.figureById.get(item.id);
        return figure ? [figureRow(figure, name, item, ctx)] : [];
      }),
  );
  // The arcs the map draws, one row each, as the panel's table "Wer mit wem" lists them.
  const byId = new Map(ctx.dataset.relations.map((r) => [r.id, r]));
  const relations = relationRecords(ctx.dataset, ctx).map((record) =>
    relationRow(record, byId.get(record.id), ctx),
  );
  const statuses = ctx.subjects.flatMap(({ id }) =>
    (ctx.index.timelineBySite.get(id) ?? []).map((entry) => statusRow(entry, ctx)),
  );
  const corrections = ctx.dataset.edition.corrections.map((c) => correctionRow(c, ctx));
  return {
    columns: ctx.i18n.t("table.columns").split("|"),
    rows: [...figures, ...relations, ...statuses, ...corrections],
  };
}

/**
 * The table as CSV, with a byte-order mark so that spreadsheet programs read it as UTF-8 (Excel takes a file
 * without one for the system's legacy encoding and garbles "£" and "ø"). German uses semicolons between fields,
 * as German spreadsheet programs expect where the comma is the decimal mark. A text that starts like a formula
 * (=, +, -, @) is prefixed with an apostrophe, so that a spreadsheet shows it instead of evaluating it; a
 * negative number is left as it is.
 */
export function tableCsv(table: FiguresTable, lang: Lang): string {
  // A negative number ("-1,534", a longitude west of Greenwich) is a number, not a formula.
  const safe = (cell: string) =>
    /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
  const rows = [table.columns, ...table.rows].map((cells) => cells.map(safe));
  return `\ufeff${formatRows(rows, lang === "de" ? ";" : ",")}`;
}

/**
 * d3-dsv's formatRows, as its few lines: a cell holding the delimiter, a quote or a line break is quoted, its
 * quotes doubled; rows end with "\n" between them. d3-dsv brought its parser too, which the browser never uses
 * (0.9 KB gzip of the size budget); tests/model/table.test.ts holds this to d3-dsv's own output.
 */
export function formatRows(rows: readonly (readonly string[])[], delimiter: string): string {
  const needsQuotes = new RegExp(`["${delimiter}\n\r]`);
  const cell = (value: string) => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(delimiter)).join("\n");
}
