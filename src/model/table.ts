/**
 * The figures as a table, for the "Daten herunterladen" (Get the data) download: every figure the details show
 * at the view's date, one row each, in the order of the list and, within a site or company, of its details.
 * A figure that a later statement has replaced by then is a row too, as it is history in the details, and says
 * since when in its own column. Pure: the CSV text is made here too, so a test can read it back.
 */
import { dsvFormat } from "d3-dsv";
import type { DataIndex } from "../data/derive.ts";
import type { Figure } from "../data/schema.ts";
import type { I18n, Lang } from "../i18n/index.ts";
import { type DetailsModel, derivedFromText, type FigureItem, textOf } from "./details.ts";

/**
 * The columns, in order. Their names in the reader's language are one message, `table.columns`, separated by
 * "|" in this order: the header is a unit, and the app's script carries one message instead of thirteen.
 */
export const TABLE_COLUMNS = [
  "subject",
  "figure",
  "value",
  "unit",
  "qualifier",
  "date",
  "saidBy",
  "status",
  "replacedSince",
  "note",
  "source",
  "url",
  "id",
] as const;

export interface FiguresTable {
  /** The column names in the reader's language. */
  columns: string[];
  /** One row of texts per figure, in the columns' order. */
  rows: string[][];
}

export interface TableContext {
  index: DataIndex;
  i18n: I18n;
  /** The sites, then the companies, as the list shows them. */
  subjects: readonly { id: string; name: string }[];
  /** The details of a site or company: the table holds exactly their figures. */
  details(id: string): DetailsModel | null;
}

/**
 * A number as a spreadsheet in the reader's language reads it: German with a decimal comma, English with a
 * point, and neither with a thousands separator, which a spreadsheet would take for a decimal mark in the other
 * language ("23.040" is 23.04 to an English one).
 */
export function tableNumber(value: number, lang: Lang): string {
  return lang === "de" ? String(value).replace(".", ",") : String(value);
}

function figureRow(figure: Figure, subject: string, item: FigureItem, { index, i18n }: TableContext) {
  const sources = (figure.sources ?? []).flatMap((id) => index.sourceById.get(id) ?? []);
  let value = "";
  if (figure.value !== undefined) value = tableNumber(figure.value, i18n.lang);
  else if (figure.text) value = i18n.text(figure.text);
  if (figure.lowerBound !== undefined)
    value += ` (${i18n.t("figure.lowerBound", { value: tableNumber(figure.lowerBound, i18n.lang) })})`;
  let saidBy = figure.saidBy ? textOf(i18n, figure.saidBy) : "";
  if (figure.status === "calculated") saidBy = derivedFromText(figure, index, i18n);
  return [
    subject,
    figure.chip ? `${item.label} · ${figure.chip}` : item.label,
    value,
    figure.currency ?? (figure.unit ? i18n.t(`unit.${figure.unit}`) : ""),
    figure.qualifier ? i18n.t(`qualifier.${figure.qualifier}`) : "",
    // The date as the data writes it ("2025-09", "2027-Q1", "2025-09-16/2025-09-17"): its precision stays visible.
    figure.asOf,
    saidBy,
    i18n.t(`status.${figure.status}`),
    figure.validTo ?? "",
    item.note ?? "",
    // A figure with several sources has one line per source in both cells, titles beside their URLs.
    sources.map((source) => textOf(i18n, source.title)).join("\n"),
    sources.map((source) => (source.kind === "article" ? "" : source.url)).join("\n"),
    figure.id,
  ];
}

/** Every figure the details show at the view's date, as a table with the columns in the reader's language. */
export function figuresTable(context: TableContext): FiguresTable {
  const rows = context.subjects.flatMap(({ id, name }) =>
    (context.details(id)?.sections ?? [])
      .flatMap((section) => section.figures)
      .flatMap((item) => {
        const figure = context.index.figureById.get(item.id);
        return figure ? [figureRow(figure, name, item, context)] : [];
      }),
  );
  return { columns: context.i18n.t("table.columns").split("|"), rows };
}

/**
 * The table as CSV, with a byte-order mark so that spreadsheet programs read it as UTF-8 (Excel takes a file
 * without one for the system's legacy encoding and garbles "£" and "ø"). German uses semicolons between fields,
 * as German spreadsheet programs expect where the comma is the decimal mark. A text that starts like a formula
 * (=, +, -, @) is prefixed with an apostrophe, so that a spreadsheet shows it instead of evaluating it.
 */
export function tableCsv(table: FiguresTable, lang: Lang): string {
  const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  const rows = [table.columns, ...table.rows].map((row) => row.map(safe));
  return `\ufeff${dsvFormat(lang === "de" ? ";" : ",").formatRows(rows)}`;
}
