/**
 * Dates as the sources give them, with their own precision.
 *
 * A source that says "September 2025" must never be shown as "1 September 2025", so dates stay strings in geo/
 * and are parsed into parts that remember how precise they are. The grammar is small and readable in a diff:
 * `2025`, `2025-09`, `2025-09-16`, `2027-Q1`, a range `2025-09-16/2025-09-17`, and `<=2025-01-13` for
 * "on or before".
 */

/** One calendar point at the precision the source gave. */
export type DatePart =
  | { precision: "year"; year: number }
  | { precision: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { precision: "month"; year: number; month: number }
  | { precision: "day"; year: number; month: number; day: number };

/** A parsed date value: one point, a range, or an upper bound ("on or before"). */
export type DateValue =
  | { kind: "single"; raw: string; part: DatePart }
  | { kind: "range"; raw: string; from: DatePart; to: DatePart }
  | { kind: "on-or-before"; raw: string; part: DatePart };

const PART_PATTERN = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePart(text: string): DatePart | null {
  const match = PART_PATTERN.exec(text);
  if (!match) return null;
  const [, yearText, quarterText, monthText, dayText] = match;
  const year = Number(yearText);
  if (quarterText) return { precision: "quarter", year, quarter: Number(quarterText) as 1 | 2 | 3 | 4 };
  if (!monthText) return { precision: "year", year };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (!dayText) return { precision: "month", year, month };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { precision: "day", year, month, day };
}

/** The first day a part covers, as an ISO date string (sortable). */
export function partStart(part: DatePart): string {
  switch (part.precision) {
    case "year":
      return isoDay(part.year, 1, 1);
    case "quarter":
      return isoDay(part.year, (part.quarter - 1) * 3 + 1, 1);
    case "month":
      return isoDay(part.year, part.month, 1);
    case "day":
      return isoDay(part.year, part.month, part.day);
  }
}

/** The last day a part covers, as an ISO date string (sortable). */
export function partEnd(part: DatePart): string {
  switch (part.precision) {
    case "year":
      return isoDay(part.year, 12, 31);
    case "quarter": {
      const month = part.quarter * 3;
      return isoDay(part.year, month, daysInMonth(part.year, month));
    }
    case "month":
      return isoDay(part.year, part.month, daysInMonth(part.year, part.month));
    case "day":
      return isoDay(part.year, part.month, part.day);
  }
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Parses a date value; returns null when the text does not follow the grammar or names an impossible day. */
export function parseDateValue(raw: string): DateValue | null {
  if (raw.startsWith("<=")) {
    const part = parsePart(raw.slice(2));
    return part ? { kind: "on-or-before", raw, part } : null;
  }
  const pieces = raw.split("/");
  if (pieces.length === 2) {
    const from = parsePart(pieces[0] ?? "");
    const to = parsePart(pieces[1] ?? "");
    if (!from || !to || partStart(from) > partEnd(to)) return null;
    return { kind: "range", raw, from, to };
  }
  if (pieces.length !== 1) return null;
  const part = parsePart(raw);
  return part ? { kind: "single", raw, part } : null;
}

/** The earliest day a date value can mean (for sorting and for "current status"). */
export function dateStart(value: DateValue): string {
  return partStart(value.kind === "range" ? value.from : value.part);
}

/** A sort key for a date string: its earliest day, or the text itself if it does not parse. */
export function sortableDate(text: string): string {
  const value = parseDateValue(text);
  return value ? dateStart(value) : text;
}

/** A sort key for the last day a date string can mean. */
export function sortableEnd(text: string): string {
  const value = parseDateValue(text);
  return value ? dateEnd(value) : text;
}

/** The latest day a date value can mean. */
export function dateEnd(value: DateValue): string {
  return partEnd(value.kind === "range" ? value.to : value.part);
}
