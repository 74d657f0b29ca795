/**
 * Dates as the reader's language writes them, each in its own precision: a year, a quarter, a month, a day, a
 * date on or before which something happened, and a range (two neighbouring days are one uncertain day).
 */
import type { DatePart, DateValue } from "../data/dates.ts";

export interface DateWords {
  /** "Q3 2025" or "3. Quartal 2025". */
  quarter(quarter: number, year: number): string;
  /** "vor dem 16. September 2025" around an already written date. */
  onOrBefore(date: string): string;
}

export function createDateFormat(
  lang: string,
  locale: string,
  words: DateWords,
): (value: DateValue) => string {
  const monthFormat = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const dayMonthFormat = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" });
  const formatPart = (part: DatePart): string => {
    switch (part.precision) {
      case "year":
        return String(part.year);
      case "quarter":
        return words.quarter(part.quarter, part.year);
      case "month":
        return monthFormat.format(Date.UTC(part.year, part.month - 1, 1));
      case "day":
        return dayFormat.format(Date.UTC(part.year, part.month - 1, part.day));
    }
  };
  const formatRange = (from: DatePart, to: DatePart): string => {
    if (from.precision === "day" && to.precision === "day") {
      // Two neighbouring days are one uncertain day ("16./17. September 2025": announced late on the 16th,
      // published on the 17th), never a span; a longer range is a span.
      const next = Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day);
      const either = next === 86_400_000;
      const last = formatPart(to);
      if (from.year === to.year && from.month === to.month)
        return lang === "de"
          ? `${from.day}.${either ? "/" : "–"}${last}`
          : `${from.day}${either ? "/" : "–"}${last}`;
      if (either) {
        const first =
          from.year === to.year
            ? dayMonthFormat.format(Date.UTC(from.year, from.month - 1, from.day))
            : formatPart(from);
        return `${first} / ${last}`;
      }
    }
    return `${formatPart(from)} – ${formatPart(to)}`;
  };
  return (value) => {
    switch (value.kind) {
      case "single":
        return formatPart(value.part);
      case "on-or-before":
        return words.onOrBefore(formatPart(value.part));
      case "range":
        return formatRange(value.from, value.to);
    }
  };
}
