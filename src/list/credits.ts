/**
 * The credits line under the map: where the figures come from, the basemap's attribution, the data's edition
 * ("Stand") and, once a correction has been made, each correction with its date. Text nodes only.
 */
import { parseDateValue } from "../data/dates.ts";
import type { Edition } from "../data/schema.ts";
import { el } from "../dom.ts";
import type { I18n } from "../i18n/index.ts";

const formatDate = (i18n: I18n, date: string) => {
  const value = parseDateValue(date);
  return value ? i18n.date(value) : date;
};

/** Renders (or re-renders) the credits into a container. */
export function renderCredits(container: HTMLElement, edition: Edition, i18n: I18n): void {
  const doc = container.ownerDocument;
  const corrections = [...edition.corrections].sort((a, b) => a.date.localeCompare(b.date));
  container.replaceChildren(
    el(
      doc,
      "p",
      { class: "credits-line" },
      `${i18n.t("credits.sources")} · ${i18n.t("credits.basemap")} · `,
      el(doc, "span", {
        class: "credits-edition",
        text: i18n.t("credits.asOf", { date: formatDate(i18n, edition.asOf) }),
      }),
    ),
    ...corrections.map((correction) =>
      el(
        doc,
        "p",
        { class: "credits-correction" },
        el(doc, "strong", { text: i18n.t("credits.corrected", { date: formatDate(i18n, correction.date) }) }),
        ` ${i18n.text(correction.text)}`,
      ),
    ),
  );
}
