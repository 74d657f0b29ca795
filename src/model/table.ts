/**
 * The view as a table, for the "Daten herunterladen" (Get the data) download: every figure the details show
 * at the view's date, then every relation the map draws (who does what to which site, from when to when), then
 * every dated status of the sites, one row each. Figures follow the order of the list and, within a site or
 * company, of its details; a programme's figure (Stargate UK's) is the programme's row, not its site's. A figure
 * that a later statement has replaced by then is a row too, as it is history in the details, and says since
 * when. Pure: the CSV text is made here too, so a test can read it back.
 */
import { dsvFormat } from "d3-dsv";
import type { Dataset } from "../data/dataset.ts";
import type { Figure, TimelineEntry } from "../data/schema.ts";
import type { Lang } from "../i18n/index.ts";
import { type DetailsModel, derivedFromText, type FigureItem, figureState, textOf } from "./details.ts";
import { figureTags } from "./figure-label.ts";
import { type RelationRecord, relationRecords, sourcesOf } from "./relations.ts";
import { plainText, renderText, type TextContext } from "./text.ts";

/**
 * The columns, in order. Their names in the reader's language are one message, `table.columns`, separated by
 * "|" in this order: the header is a unit, and the app's script carries one message instead of fifteen.
 */
export const TABLE_COLUMNS = [
  "entry",
  "subject",
  "item",
  "value",
  "unit",
  "qualifier",
  "sense",
  "date",
  "until",
  "saidBy",
  "status",
  "note",
  "source",
  "url",
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
  /** The view's data set, whose relations and timeline the table lists. */
  dataset: Dataset;
}

/**
 * A number as a spreadsheet in the reader's language reads it: German with a decimal comma, English with a
 * point, and neither with a thousands separator, which a spreadsheet would take for a decimal mark in the other
 * language ("23.040" is 23.04 to an English one).
 */
export function tableNumber(value: number, lang: Lang): string {
  return lang === "de" ? String(value).replace(".", ",") : String(value);
}

/** A row from named cells, in the columns' order; a cell not named is empty. */
function row(cells: Partial<Record<Column, string>>): string[] {
  return TABLE_COLUMNS.map((column) => cells[column] ?? "");
}

/** A record's sources, one line per source in both cells, titles beside their URLs. */
function sourceCells(ids: readonly string[] | undefined, ctx: TableContext) {
  return joinedSources(sourcesOf(ids, ctx));
}

const joinedSources = (sources: readonly { title: string; url: string }[]) => ({
  source: sources.map((s) => s.title).join("\n"),
  url: sources.map((s) => s.url).join("\n"),
});

function figureRow(figure: Figure, subject: string, item: FigureItem, ctx: TableContext): string[] {
  const { i18n, index } = ctx;
  let value = "";
  if (figure.value !== undefined) value = tableNumber(figure.value, i18n.lang);
  else if (figure.text) value = i18n.text(figure.text);
  if (figure.lowerBound !== undefined)
    value += ` (${i18n.t("figure.lowerBound", { value: tableNumber(figure.lowerBound, i18n.lang) })})`;
  let saidBy = figure.saidBy ? textOf(i18n, figure.saidBy) : "";
  if (figure.status === "calculated") saidBy = derivedFromText(figure, index, i18n);
  return row({
    entry: i18n.t("table.entry.figure"),
    // A programme's figure is the programme's, whichever site's details show it.
    subject: figure.programme ? i18n.text(figure.programme) : subject,
    item: figure.chip ? `${item.label} · ${figure.chip}` : item.label,
    value,
    unit: figure.currency ?? (figure.unit ? i18n.t(`unit.${figure.unit}`) : ""),
    qualifier: figure.qualifier ? i18n.t(`qualifier.${figure.qualifier}`) : "",
    sense: figureTags(figure, ctx).join(", "),
    // The date as the data writes it ("2025-09", "2027-Q1", "2025-09-16/2025-09-17"): its precision stays visible.
    date: figure.asOf,
    until: figureState(figure, index).since ?? "",
    saidBy,
    status: i18n.t(`status.${figure.status}`),
    note: item.note ? plainText(item.note) : "",
    ...sourceCells(figure.sources, ctx),
    id: figure.id,
  });
}

/** A relation's row: the same record the panel's table "Wer mit wem" shows (src/model/relations.ts). */
function relationRow(record: RelationRecord, ctx: TableContext): string[] {
  return row({
    entry: ctx.i18n.t("table.entry.relation"),
    subject: record.company,
    item: record.role,
    value: record.site,
    sense: record.basis,
    date: record.from,
    until: record.until ?? "",
    status: record.status,
    note: record.note,
    ...joinedSources(record.sources),
    id: record.id,
  });
}

function statusRow(entry: TimelineEntry, ctx: TableContext): string[] {
  const { i18n } = ctx;
  return row({
    entry: i18n.t("table.entry.status"),
    subject: ctx.nameOf(entry.site),
    item: i18n.t(`stage.${entry.stage}`),
    value: plainText(renderText(entry.text, ctx)),
    date: entry.date,
    status: i18n.t(`status.${entry.status}`),
    ...sourceCells(entry.sources, ctx),
    id: entry.id,
  });
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
  const relations = relationRecords(ctx.dataset, ctx).map((record) => relationRow(record, ctx));
  const statuses = ctx.subjects.flatMap(({ id }) =>
    (ctx.index.timelineBySite.get(id) ?? []).map((entry) => statusRow(entry, ctx)),
  );
  return { columns: ctx.i18n.t("table.columns").split("|"), rows: [...figures, ...relations, ...statuses] };
}

/**
 * The table as CSV, with a byte-order mark so that spreadsheet programs read it as UTF-8 (Excel takes a file
 * without one for the system's legacy encoding and garbles "£" and "ø"). German uses semicolons between fields,
 * as German spreadsheet programs expect where the comma is the decimal mark. A text that starts like a formula
 * (=, +, -, @) is prefixed with an apostrophe, so that a spreadsheet shows it instead of evaluating it.
 */
export function tableCsv(table: FiguresTable, lang: Lang): string {
  const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  const rows = [table.columns, ...table.rows].map((cells) => cells.map(safe));
  return `\ufeff${dsvFormat(lang === "de" ? ";" : ",").formatRows(rows)}`;
}
