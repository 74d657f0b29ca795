/**
 * The rules every text of geo/ obeys, each small and on its own: a text must not know what is certain only
 * after it is shown (a date it says happened, a figure it cites, a site it names), must not type a date or an
 * amount into prose (which would escape that check), and must carry the same marks in both languages. Each
 * rule takes one placed text (text-walk.ts) and returns its messages; texts.ts applies them all.
 */
import { certainDay, firstDay } from "../certain.ts";
import { marksOf, markText, type TextToken } from "../text.ts";
import type { PlacedText, WalkContext } from "./text-walk.ts";

type Mark = ReturnType<typeof marksOf>[number];

/** A year from 1800 to 2099 standing on its own: a date typed into prose. */
const TYPED_YEAR = /(?<![\d.,])(?:18|19|20)\d{2}(?![\d.,]\d)/;
/** An amount typed into prose: a currency sign or code beside a number, or a "bn"/"Mrd." scale word. */
const TYPED_MONEY =
  /(?:[$£€]\s?\d)|(?:\d[\d.,]*\s?(?:USD|GBP|NOK|EUR|\$|£|€))|(?:\d[\d.,]*\s?(?:Mrd\.|Mio\.|bn\b|billion\b|million\b|Milliarden\b|Millionen\b))|(?:\b(?:USD|GBP|NOK|EUR)\s?\d)/;

/**
 * Dates and amounts typed into the prose of a text, outside the source's own quoted words: each escapes the
 * formatting and the dating, so each is an error.
 */
export function typedInProse(tokens: readonly TextToken[]): string[] {
  return tokens.flatMap((token) => {
    if (token.kind !== "text") return [];
    const found: string[] = [];
    const year = TYPED_YEAR.exec(token.text);
    if (year)
      found.push(
        `types the date "${year[0]}" into the text: write {on:…} for what happened or {planned:…} for what is planned, so the view formats it and the build can check it`,
      );
    const money = TYPED_MONEY.exec(token.text);
    if (money)
      found.push(
        `types the amount "${money[0].trim()}" into the text: write {figure:id} or {money:USD:790000000}, so every amount is written one way`,
      );
    return found;
  });
}

/** What a mark rests on and the day that is certain, or null when it rests on nothing dated. */
function markRestsOn(mark: Mark, placed: PlacedText, ctx: WalkContext): { what: string; day: string } | null {
  if (mark.kind === "date" && mark.role === "on") {
    // A text's own date is certain when the text is shown; any other date once it has ended.
    const day =
      mark.date === placed.own ? firstDay(mark.date) : certainDay(mark.date, ctx.certainty.editionDay);
    return day ? { what: `{on:${mark.date}}`, day } : null;
  }
  if (mark.kind === "figure") {
    const figure = ctx.records.figures.find((f) => f.id === mark.id);
    const day = ctx.days.get(mark.id);
    return figure && day ? { what: `the figure "${mark.id}", stated ${figure.asOf}`, day } : null;
  }
  if (mark.kind === "name") {
    const day = ctx.days.get(mark.id);
    return day ? { what: `the site "${mark.id}", announced ${day}`, day } : null;
  }
  return null;
}

/** A mark that is certain only after the text is shown (rules 1 and 2 of issue 28). */
export function markTooLate(mark: Mark, placed: PlacedText, ctx: WalkContext): string | null {
  const rests = markRestsOn(mark, placed, ctx);
  if (!rests || (placed.shown !== null && rests.day <= placed.shown)) return null;
  return placed.shown === null
    ? `mentions ${rests.what} (${rests.day}), but the text is shown at every date: put it in a dated part ({"from": "${rests.day}", "text": …})`
    : `mentions ${rests.what} (${rests.day}), after the text is shown from (${placed.shown}): give it its own part ({"from": "${rests.day}", …}) or leave it out`;
}

/** A mark that names nothing: an unknown figure, site or company, or a date outside the grammar. */
export function markUnknown(mark: Mark, placed: PlacedText, ctx: WalkContext): string | null {
  if (mark.kind === "date" && firstDay(mark.date) === null)
    return `has {${mark.role}:${mark.date}}, which is not a date of the data's grammar`;
  if (mark.kind === "figure" && !ctx.records.figures.some((f) => f.id === mark.id))
    return `cites the unknown figure "${mark.id}"`;
  if (mark.kind === "name" && !ctx.days.has(mark.id)) return `names the unknown site or company "${mark.id}"`;
  if (mark.kind === "from" && !placed.part) return "uses {from}, but is not a dated part with a from date";
  return null;
}

/**
 * The marks that must be the same in both languages: what happened and what is cited. A planned date or an
 * amount may be phrased differently in each (a quote in one, its rendering in the other).
 */
export function comparedMarks(tokens: readonly TextToken[]): string[] {
  const kept = marksOf(tokens).filter(
    (m) => m.kind !== "money" && !(m.kind === "date" && m.role === "planned"),
  );
  return [...new Set(kept.map(markText))].sort();
}

/** The message when the two languages carry different marks; null when they agree. */
export function otherMarks(de: readonly string[], en: readonly string[]): string | null {
  if (de.join(" ") === en.join(" ")) return null;
  return `has other marks than the German text (de: ${de.join(" ") || "none"}; en: ${en.join(" ") || "none"}): what happened, and what is cited, must be in both`;
}
