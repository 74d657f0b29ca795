/**
 * Issue 28: "the article dated three ways in one view". Every string a view shows (scripts/view-strings.ts, plus
 * the time control and the line on the map, which it leaves out) is read clause by clause; wherever a clause
 * names the article, the dates in it must be the article's date as the view writes it, and nothing else: not
 * "September 2025, Tag nicht bekannt" for its claims, not "16. September 2025" for when it appeared.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { viewStrings } from "../../scripts/view-strings.ts";
import { LANGS, type Lang } from "../../src/i18n/index.ts";
import { plainText } from "../../src/model/text.ts";
import type { View } from "../../src/model/view.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const dataset = realDataset();
/** How the views name the article (and not "a news article" that another source mirrors). */
const ARTICLE_WORDS: Record<Lang, RegExp> = {
  de: /Artikel|Nachrichtenbericht/,
  en: /\b[Tt]he article\b|\bArticle\b|\(article\)|news report/,
};

/** Every date a text writes out in words ("16./17. September 2025", "September 2025, Tag nicht bekannt"). */
function datePattern(view: View): RegExp {
  const { lang } = view.i18n;
  const months = Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(Date.UTC(2025, month, 15)),
  );
  const day = lang === "de" ? String.raw`\d{1,2}\.(?:/\d{1,2}\.)?\s` : String.raw`\d{1,2}(?:/\d{1,2})?\s`;
  const unknownDay = view.i18n.t("date.dayUnknown", { date: "" });
  return new RegExp(`(?:${day})?(?:${months.join("|")})\\s\\d{4}(?:${unknownDay})?`, "g");
}

/** The text's clauses (split at "·", "–", ";", ":", a sentence's end), each with the dates it writes. */
function clauses(text: string, dates: RegExp): { words: string; dates: string[] }[] {
  const found = [...text.matchAll(dates)];
  // Dates are masked before splitting, so "16. September" is not taken for a sentence's end.
  let masked = text;
  for (const match of found) masked = masked.replace(match[0], "\u0000".repeat(match[0].length));
  const out: { words: string; dates: string[] }[] = [];
  let start = 0;
  for (const boundary of [...masked.matchAll(/\s[·–—]\s|;\s|:\s|\.\s|\n/g), { index: masked.length }]) {
    const end = boundary.index ?? masked.length;
    const words = text.slice(start, end);
    out.push({ words, dates: [...words.matchAll(dates)].map((m) => m[0]) });
    start = end + (boundary as RegExpMatchArray)[0]?.length;
  }
  return out;
}

/** Everything the view says: its strings, the time control's and the line on the map. */
function said(view: View): string[] {
  const time = [...view.time.steps.map((step) => step.label), view.time.showing];
  return [...viewStrings(view), ...time, view.changedSince ?? ""].map((s) =>
    s.replace(/https?:\/\/\S+/g, ""),
  );
}

describe("the article is dated one way in every view", () => {
  for (const lang of LANGS)
    for (const asOf of [dataset.edition.articleDate, undefined])
      it(`${lang}, as of ${asOf ?? "the latest"}`, () => {
        const view = realView(lang, undefined, dataset, asOf);
        const article = view.i18n.dateText(dataset.edition.articleDate);
        const dates = datePattern(view);
        const forms = new Map<string, string>();
        for (const text of said(view))
          for (const clause of clauses(text, dates))
            if (ARTICLE_WORDS[lang].test(clause.words))
              for (const date of clause.dates) forms.set(date, forms.get(date) ?? clause.words);
        // The article is dated somewhere in the view (its source line, the time control), so the check has work.
        expect(forms.has(article)).toBe(true);
        forms.delete(article);
        expect(Object.fromEntries(forms)).toEqual({});
      });
});

/**
 * "The same release dated 16 and 17 September": in every card, a figure dated by its pages says the date its
 * source lines say (Nscale's release: "16./17. September 2025" in the figure and in the sources alike), and the
 * note that names two releases gives each its own date.
 */
describe("a release is dated one way in every card", () => {
  const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
  const figureById = new Map(dataset.figures.map((figure) => [figure.id, figure]));
  for (const lang of LANGS)
    for (const asOf of [dataset.edition.articleDate, undefined])
      it(`${lang}, as of ${asOf ?? "the latest"}`, () => {
        const view = realView(lang, undefined, dataset, asOf);
        let checked = 0;
        for (const row of [...view.sites, ...view.companies]) {
          const details = view.details(row.id);
          const lines = details?.sources.items.map((item) => item.rest) ?? [];
          for (const item of details?.sections.flatMap((section) => section.figures) ?? []) {
            const dates = new Set(figureById.get(item.id)?.sources?.map((id) => sourceById.get(id)?.date));
            const [date, ...others] = [...dates];
            if (others.length > 0 || date === undefined) continue;
            const said = view.i18n.dateText(date);
            // The figure and its source line, in the same card, both say the page's date.
            expect(item.meta, item.id).toContain(said);
            expect(lines.some((line) => line.endsWith(`, ${said}`))).toBe(true);
            checked += 1;
          }
        }
        expect(checked).toBeGreaterThan(20);
      });

  it("gives Nvidia's and Nscale's releases each its own date where a note names both", () => {
    const figure = (l: Lang) =>
      realView(l, undefined, dataset)
        .details("loughton")
        ?.sections.flatMap((section) => section.figures)
        .find((item) => item.id === "loughton-gpus-article");
    expect(plainText(figure("de")?.note ?? [])).toContain(
      "Die Mitteilungen von Nvidia vom 16. September 2025 und von Nscale vom 16./17. September 2025 nennen GB300",
    );
    expect(plainText(figure("en")?.note ?? [])).toContain(
      "NVIDIA's statement of 16 September 2025 and Nscale's of 16/17 September 2025 say GB300",
    );
  });
});

describe("the demo story dates the article as the map does", () => {
  for (const [page, lang] of [
    ["src/demo/story.html", "de"],
    ["src/demo/story-en.html", "en"],
  ] as const)
    it(`in the heading of its step at the article's date (${page})`, () => {
      const html = readFileSync(page, "utf8");
      const step = html
        .split("<section")
        .find((part) => part.includes(`data-as-of="${dataset.edition.articleDate}"`));
      const heading = /<h2>([^<]*)<\/h2>/.exec(step ?? "")?.[1] ?? "";
      const map = realView(lang, undefined, dataset, dataset.edition.articleDate).i18n.dateText(
        dataset.edition.articleDate,
      );
      expect(heading.startsWith(`${map}: `), heading).toBe(true);
    });
});
