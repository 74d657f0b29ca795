/**
 * The date a view shows, read once: the view model parses the date text here and passes this value on, so no
 * part of a view reads the text again.
 */
import { dateEnd, parseDateValue } from "../data/dates.ts";
import type { I18n } from "../i18n/index.ts";

export interface ViewDate {
  /** As the data writes it ("2025-09-16/2025-09-17", "<=2025-01-13", "2026-11"). */
  text: string;
  /** Its last day, YYYY-MM-DD (empty for no date): how views order and compare dates. */
  day: string;
  /** Dated "on or before" a day: the view shows the story as of that day, and says the day. */
  onOrBefore: boolean;
}

export function viewDateOf(text: string): ViewDate {
  const value = parseDateValue(text);
  return { text, day: value ? dateEnd(value) : "", onOrBefore: value?.kind === "on-or-before" };
}

/**
 * The date as every part of a view writes it ("Stand"). A view as of an event dated "on or before 13 January
 * 2025" shows the story as of that day, so it says the day.
 */
export function viewDateText(date: ViewDate, i18n: I18n): string {
  return i18n.dateText(date.onOrBefore ? date.text.slice(2) : date.text);
}
