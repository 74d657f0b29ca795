/**
 * A site's schedule as its sources give it: each milestone date (opening, delivery of the chips, going live)
 * with the date it was stated. When they differ, the details say so and list them side by side, rather than
 * let an earlier "by 2026" and a later "Q4 2026" stand apart without a word (facts.md: the dates conflict).
 */
import type { TimelineEntry } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";

export interface ScheduleModel {
  title: string;
  note: string;
  /** "Eröffnung: bis 2026 (Angabe vom Januar 2025)", oldest first. */
  items: string[];
}

export function scheduleOf(
  entries: readonly TimelineEntry[],
  { i18n }: { i18n: I18n },
): ScheduleModel | null {
  const dated = entries.flatMap((entry) => (entry.expected ? [{ entry, expected: entry.expected }] : []));
  const distinct = new Set(
    dated.map(({ expected }) => `${expected.milestone} ${expected.qualifier} ${expected.date}`),
  );
  if (distinct.size < 2) return null;
  return {
    title: i18n.t("schedule.title"),
    note: i18n.t("schedule.conflict"),
    items: dated.map(({ entry, expected }) => {
      const date = i18n.dateText(expected.date);
      return i18n.t("schedule.item", {
        milestone: i18n.t(`milestone.${expected.milestone}`),
        date: expected.qualifier ? i18n.t(`expected.${expected.qualifier}`, { date }) : date,
        said: i18n.dateText(entry.date),
      });
    }),
  };
}
