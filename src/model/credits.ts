/**
 * What the credits line under the map says: where the figures come from, the basemap's attribution, the data's
 * edition ("Stand") and every correction with its date, oldest first, so a correction is visible, never silent.
 */
import type { Edition } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";

export interface CreditsModel {
  /** "Quellen: … · Karte: … · ". */
  line: string;
  /** "Stand: November 2026". */
  edition: string;
  corrections: { heading: string; text: string }[];
}

export function creditsModel(edition: Edition, i18n: I18n): CreditsModel {
  const corrections = [...edition.corrections].sort((a, b) => a.date.localeCompare(b.date));
  return {
    line: `${i18n.t("credits.sources")} · ${i18n.t("credits.basemap")} · `,
    edition: i18n.t("credits.asOf", { date: i18n.dateText(edition.asOf) }),
    corrections: corrections.map((correction) => ({
      heading: i18n.t("credits.corrected", { date: i18n.dateText(correction.date) }),
      text: i18n.text(correction.text),
    })),
  };
}
