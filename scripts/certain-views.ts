/**
 * The build's check that every view is true at its date (issue 28, rules 1–3): at every step of the time
 * control and every day a record begins to show, in both languages, the whole view model is rendered
 * (view-strings.ts) and searched for what is not certain by the view's day: a text (a note, a description, a
 * correction …) shown only later, a source published later, or a date that only later records carry. Each
 * finding names the view's date and language, the record and the field.
 */
import { lastDay as lastDayOf, shownOf } from "../src/data/as-of.ts";
import { certainDay, endKnownFrom, firstDay, laterDay } from "../src/data/certain.ts";
import type { Dataset } from "../src/data/dataset.ts";
import { indexDataset } from "../src/data/derive.ts";
import { GEO_FILES } from "../src/data/files.ts";
import type { DataIssue } from "../src/data/issues.ts";
import { type Where, walkContext, walkTexts } from "../src/data/records/text-walk.ts";
import { marksOf, parseText } from "../src/data/text.ts";
import { createI18n, type I18n, LANGS, type Lang } from "../src/i18n/index.ts";
import { plainText, renderText, type TextContext } from "../src/model/text.ts";
import { buildView } from "../src/model/view.ts";
import { viewStrings } from "./view-strings.ts";

/** Something a view may say only from a day on: its words, where they come from, and that day. */
export interface Print {
  text: string;
  where: Where;
  /** null: at every date. */
  from: string | null;
}

/** Shorter words, or one word alone, could stand in another text by chance ("Eigenkapital"). */
const SHORTEST = 16;
const distinct = (text: string) => text.length >= SHORTEST && text.includes(" ");

function textContext(dataset: Dataset, i18n: I18n): TextContext {
  const index = indexDataset(dataset);
  const nameOf = (id: string) => {
    const site = index.siteById.get(id);
    const name = site ? site.properties.shortName : index.companyById.get(id)?.properties.name;
    return name ? i18n.text(name) : id;
  };
  return { i18n, index, nameOf };
}

/** Every text of the data as a reader of `lang` reads it, from the day it shows. */
function textPrints(dataset: Dataset, ctx: TextContext): Print[] {
  const walk = walkContext(dataset, dataset.edition);
  return [...walkTexts(walk)].flatMap((placed) => {
    const own = placed.part ? (placed.own ?? undefined) : undefined;
    const text = plainText(renderText(placed.text, ctx, own))
      .replace(/\.$/, "")
      .trim();
    return distinct(text) ? [{ text, where: placed.where, from: placed.shown }] : [];
  });
}

/** Every dated source's address and title, from the day it is published. */
function sourcePrints(dataset: Dataset, ctx: TextContext, days: ReadonlyMap<string, string | null>): Print[] {
  return dataset.sources.flatMap((source) => {
    const from = days.get(source.id) ?? null;
    if (from === null || source.kind === "article") return [];
    const where = { file: GEO_FILES.sources, id: source.id };
    const title = typeof source.title === "string" ? source.title : plainText(renderText(source.title, ctx));
    return [
      { text: source.url, where: { ...where, field: "url" }, from },
      ...(distinct(title) ? [{ text: title, where: { ...where, field: "title" }, from }] : []),
    ];
  });
}

/** Every date a record, an end or a text carries, with the day that use of it shows from. */
function dateUses(dataset: Dataset, days: ReadonlyMap<string, string | null>): (Print & { date: string })[] {
  const { certainty } = shownOf(dataset);
  const use = (date: string, file: string, id: string, field: string, from: string | null | undefined) => ({
    date,
    text: date,
    where: { file, id, field },
    from: from ?? null,
  });
  const ends = (r: { id: string; validTo?: string; sources?: string[] }, file: string) =>
    r.validTo ? [use(r.validTo, file, r.id, "validTo", endKnownFrom(r.validTo, r.sources, certainty))] : [];
  // A date a text says happened is said from when the text shows, and not before the date is certain.
  const marks = [...walkTexts(walkContext(dataset, dataset.edition))].flatMap((placed) => {
    const markFrom = (date: string) =>
      laterDay(placed.shown, date === placed.own ? firstDay(date) : certainDay(date, certainty.editionDay));
    return marksOf(parseText(placed.text.en).tokens).flatMap((mark) =>
      mark.kind === "date" && mark.role === "on"
        ? [use(mark.date, placed.where.file, placed.where.id ?? "", placed.where.field, markFrom(mark.date))]
        : [],
    );
  });
  return [
    ...dataset.timeline.map((t) => use(t.date, GEO_FILES.timeline, t.id, "date", days.get(t.id))),
    ...dataset.figures.flatMap((f) => [
      use(f.asOf, GEO_FILES.figures, f.id, "asOf", days.get(f.id)),
      ...ends(f, GEO_FILES.figures),
    ]),
    ...dataset.relations.flatMap((r) => [
      use(r.validFrom, GEO_FILES.relations, r.id, "validFrom", days.get(r.id)),
      ...ends(r, GEO_FILES.relations),
    ]),
    ...dataset.sources.flatMap((s) =>
      s.date ? [use(s.date, GEO_FILES.sources, s.id, "date", days.get(s.id))] : [],
    ),
    ...marks,
  ];
}

/**
 * The dates that are no finding: a plan is said before it comes; the article's and the edition's dates frame
 * every view ("a view before the article of 16/17 September 2025", "sources checked November 2026").
 */
function plannedDates(dataset: Dataset): string[] {
  const walk = walkContext(dataset, dataset.edition);
  return [
    dataset.edition.articleDate,
    dataset.edition.asOf,
    ...dataset.timeline.flatMap((t) => (t.expected ? [t.expected.date] : [])),
    ...[...walkTexts(walk)].flatMap((placed) =>
      marksOf(parseText(placed.text.en).tokens).flatMap((m) =>
        m.kind === "date" && m.role === "planned" ? [m.date] : [],
      ),
    ),
  ];
}

/**
 * Each date as a reader of one language reads it, with the first day any use of it shows from; a year alone,
 * and a planned date, are no prints (a year stands in every date of it; a plan is said before it comes).
 */
function datePrints(dataset: Dataset, i18n: I18n, days: ReadonlyMap<string, string | null>): Print[] {
  const planned = new Set(plannedDates(dataset).map((date) => i18n.dateText(date)));
  const first = new Map<string, Print>();
  for (const use of dateUses(dataset, days)) {
    if (/^\d{4}$/.test(use.date)) continue;
    const text = i18n.dateText(use.date);
    const known = first.get(text);
    const earlier =
      known === undefined || (known.from !== null && (use.from === null || use.from < known.from));
    if (!planned.has(text) && earlier) first.set(text, { ...use, text });
  }
  return [...first.values()];
}

/** Whether `text` stands in `said` on its own: not as the month of a longer date ("16. September 2025"). */
function standsIn(said: string, text: string): boolean {
  for (let at = said.indexOf(text); at !== -1; at = said.indexOf(text, at + 1))
    if (!/\d[./]*\s?$/.test(said.slice(Math.max(0, at - 4), at))) return true;
  return false;
}

/** What a view may not say yet, in one language: every print of the data, with how to look for it. */
export interface Prints {
  lang: Lang;
  words: Print[];
  dates: Print[];
}

export function printsOf(dataset: Dataset, lang: Lang): Prints {
  const i18n = createI18n(lang);
  const ctx = textContext(dataset, i18n);
  const { days } = shownOf(dataset);
  return {
    lang,
    words: [...textPrints(dataset, ctx), ...sourcePrints(dataset, ctx, days)],
    dates: datePrints(dataset, i18n, days),
  };
}

/** The findings in one view: every print it shows before its day. */
export function checkView(dataset: Dataset, asOf: string, prints: Prints): DataIssue[] {
  const view = buildView(dataset, { lang: prints.lang, theme: "light", asOf });
  const said = viewStrings(view).join("\n");
  const day = asOfDay(asOf);
  const later = (print: Print) => print.from !== null && print.from > day;
  const found = [
    ...prints.words.filter((p) => later(p) && said.includes(p.text)),
    ...prints.dates.filter((p) => later(p) && standsIn(said, p.text)),
  ];
  return found.map((print) => ({
    ...print.where,
    message: `is said in the view of ${asOf} (${prints.lang}), but is certain only from ${print.from}: "${print.text}"`,
  }));
}

function asOfDay(asOf: string): string {
  return lastDayOf(asOf) ?? asOf;
}

/** Every day the check looks at: each step of the time control, and each day a record or an end first shows. */
export function checkedDays(dataset: Dataset): string[] {
  const steps = buildView(dataset, { lang: "de", theme: "light" }).time.steps.map((s) => s.asOf);
  const uses = dateUses(dataset, shownOf(dataset).days).flatMap((use) => (use.from ? [use.from] : []));
  const stepDays = new Set(steps.map(asOfDay));
  const first = [...stepDays].sort()[0] ?? "";
  const more = [...new Set(uses)].filter((d) => !stepDays.has(d) && d > first);
  return [...steps, ...more].sort((a, b) => asOfDay(a).localeCompare(asOfDay(b)));
}

/**
 * The dates a story's steps show (their data-as-of, "latest" aside), read from a story page's markup: the check
 * looks at each of them too, since a step shows the map as of its date whatever the time control's steps are.
 */
export function storyStepDays(html: string): string[] {
  return [...html.matchAll(/\bdata-as-of="([^"]+)"/g)].flatMap(([, asOf]) =>
    asOf && asOf !== "latest" && lastDayOf(asOf) ? [asOf] : [],
  );
}

/** The whole check: every view at `days` (by default every checked day) in both languages. */
export function checkViews(dataset: Dataset, days = checkedDays(dataset)): DataIssue[] {
  return LANGS.flatMap((lang) => {
    const prints = printsOf(dataset, lang);
    return days.flatMap((asOf) => checkView(dataset, asOf, prints));
  });
}
