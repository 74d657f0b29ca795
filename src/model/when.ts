/**
 * Dates as a view of one day writes them. A record dated only to a month (or a quarter, a year) shows once
 * that month has ended, or earlier when a page of a day reports it (data/certain.ts): inside its month, then,
 * its date says that its day is not known ("September 2025, Tag nicht bekannt"), so a reader of the 25
 * September view does not take it for something that happened by the 1st.
 */
import { dateEnd, dateStart, parseDateValue } from "../data/dates.ts";
import type { I18n } from "../i18n/index.ts";

export type DatedAt = (text: string) => string;

/**
 * @param day the view's day (YYYY-MM-DD)
 * @param editionDay the last day of the data's edition: by then everything in the data had been said, so a view
 *   of that day or later needs no such warning
 */
export function datedAt(i18n: I18n, day: string, editionDay: string): DatedAt {
  return (text) => {
    const value = parseDateValue(text);
    const formatted = i18n.dateText(text);
    if (day >= editionDay || !value || value.kind !== "single" || value.part.precision === "day")
      return formatted;
    if (!(dateStart(value) <= day && day < dateEnd(value))) return formatted;
    return i18n.t(value.part.precision === "month" ? "date.dayUnknown" : "date.dateUnknown", {
      date: formatted,
    });
  };
}
