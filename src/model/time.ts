/**
 * The story's dated events, as steps of the time control: every date in the sites' timelines (or the later day
 * it is first shown, data/certain.ts), the article's date and the edition's, one step per day, oldest first. The view's own date is the step it shows.
 */
import { lastDay, shownOf } from "../data/as-of.ts";
import type { Dataset } from "../data/dataset.ts";
import { sortableDate } from "../data/dates.ts";
import type { I18n } from "../i18n/index.ts";
import { type ViewDate, viewDateOf, viewDateText } from "./view-date.ts";

export interface TimeStep {
  /** The date as the data writes it, which the view model takes as `asOf`. */
  asOf: string;
  /** Its last day, YYYY-MM-DD: how steps are ordered and compared. */
  day: string;
  /** "16.–17. September 2025 (Artikel)". */
  label: string;
  mark: "article" | "edition" | null;
}

export interface TimeModel {
  heading: string;
  steps: TimeStep[];
  /** The step the view shows: the last one on or before its date. */
  index: number;
  /**
   * The view's date as every part of the view says it: as the step whose date contains it and ends on its day
   * writes it ("2025-09-17" is the article's "16./17. September 2025", the same view), else as it was asked for.
   */
  said: ViewDate;
  /** The view's date under the slider: the step's label on its own date, else the date as the credits say it. */
  current: string;
  /** Whether the view shows its step's own date, rather than a date between that step and the next. */
  onStep: boolean;
  article: { index: number; label: string };
  edition: { index: number; label: string };
  /** A sentence for screen readers when the date changes. */
  showing: string;
}

/**
 * A date as the step whose date contains it and ends on its day writes it: "2025-09-17" is the article's
 * "16./17.".
 */
export function asStep(steps: readonly TimeStep[], date: ViewDate): ViewDate {
  const step = steps.find((s) => s.day === date.day);
  return step && sortableDate(step.asOf) <= sortableDate(date.text) ? viewDateOf(step.asOf) : date;
}

export function timeModel(dataset: Dataset, date: ViewDate, i18n: I18n, shown = shownOf(dataset)): TimeModel {
  const byDay = new Map<string, TimeStep>();
  const add = (text: string, mark: TimeStep["mark"]) => {
    const stepDate = viewDateOf(text);
    const { day } = stepDate;
    if (!day) return;
    const existing = byDay.get(day);
    // The article's and the edition's own date forms win over an event's on the same day.
    if (existing && (existing.mark || !mark)) return;
    // The step says the date as the credits' "Stand" says it: "13. Januar 2025", not "spätestens …".
    const said = viewDateText(stepDate, i18n);
    const label = mark
      ? `${said} (${i18n.t(mark === "article" ? "time.articleMark" : "time.editionMark")})`
      : said;
    byDay.set(day, { asOf: text, day, label, mark });
  };
  add(dataset.edition.articleDate, "article");
  add(dataset.edition.asOf, "edition");
  // An event shows once a report of it is out and its date is certain: its step is that day (issue 28).
  const { days } = shown;
  for (const entry of dataset.timeline) {
    const shown = days.get(entry.id);
    add(shown && shown > (lastDay(entry.date) ?? "") ? shown : entry.date, null);
  }
  const steps = [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
  const { day } = date;
  const indexOf = (predicate: (step: TimeStep) => boolean) => Math.max(0, steps.findIndex(predicate));
  const index = steps.reduce((found, step, at) => (step.day <= day ? at : found), 0);
  const step = steps[index];
  const said = asStep(steps, date);
  const onStep = step?.asOf === said.text;
  const saidText = viewDateText(said, i18n);
  const article = indexOf((step) => step.mark === "article");
  const edition = indexOf((step) => step.mark === "edition");
  return {
    heading: i18n.t("time.heading"),
    steps,
    index,
    article: { index: article, label: i18n.t("time.article") },
    edition: { index: edition, label: i18n.t("time.edition") },
    said,
    current: onStep && step ? step.label : saidText,
    onStep,
    showing: i18n.t("time.showing", { date: saidText }),
  };
}
