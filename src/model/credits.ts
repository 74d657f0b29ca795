/**
 * What the credits line under the map says: where the figures come from, the basemap's attribution, the date
 * the view shows ("Stand", the one date of the view, as in the time control and the picture), when the sources
 * were last checked where that is another date, and the corrections that concern what the view shows, grouped
 * by the day they were made, so a correction is visible, never silent, at whatever date it is read.
 */
import type { Edition } from "../data/schema.ts";
import { counted } from "./counted.ts";
import { type RichText, renderText, type TextContext } from "./text.ts";
import { type ViewDate, viewDateOf, viewDateText } from "./view-date.ts";

export interface CreditsModel {
  /** "Quellen: … · Karte: … · ". */
  line: string;
  /** "Stand: 16./17. September 2025": the view's date. */
  asOf: string;
  /** "Quellen geprüft: November 2026" when the view shows an earlier date than the edition; null otherwise. */
  checked: string | null;
  /** "2 Korrekturen, zuletzt am 5. Dezember 2026": the line that opens to them; null without corrections. */
  summary: string | null;
  /** One entry per day of corrections, oldest first. */
  corrections: { heading: string; text: RichText }[];
}

export function creditsModel(edition: Edition, viewDate: ViewDate, ctx: TextContext): CreditsModel {
  const { i18n } = ctx;
  const byDay = new Map<string, RichText[]>();
  for (const correction of [...edition.corrections].sort((a, b) => a.date.localeCompare(b.date))) {
    const list = byDay.get(correction.date) ?? [];
    list.push(renderText(correction.text, ctx));
    byDay.set(correction.date, list);
  }
  const date = viewDateText(viewDate, i18n);
  const count = edition.corrections.length;
  const latest = [...byDay.keys()].at(-1);
  const editionDate = viewDateText(viewDateOf(edition.asOf), i18n);
  return {
    line: `${i18n.t("credits.sources")} · ${i18n.t("credits.basemap")} · `,
    asOf: i18n.t("credits.asOf", { date }),
    checked: date === editionDate ? null : i18n.t("credits.checked", { date: editionDate }),
    summary: latest
      ? i18n.t(count === 1 ? "credits.correction" : "credits.corrections", {
          count: counted(i18n, "correction", count),
          date: i18n.dateText(latest),
        })
      : null,
    corrections: [...byDay].map(([day, texts]) => ({
      heading: i18n.t("credits.corrected", { date: i18n.dateText(day) }),
      text: texts.flatMap((text, index) => (index === 0 ? text : [" ", ...text])),
    })),
  };
}
