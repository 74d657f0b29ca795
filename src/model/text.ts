/**
 * The texts of geo/ in the reader's language: marks become formatted dates, figures, names and amounts, and a
 * quote in another language becomes a segment that says its language, so the views can mark it (`lang`) for
 * screen readers and the reader sees at once what is the source's own wording. Pure: the grammar is
 * src/data/text.ts's, the formatting i18n's.
 */
import type { DataIndex } from "../data/derive.ts";
import type { DatedText, LocalizedText } from "../data/schema.ts";
import { type QuoteLang, type TextToken, textParts, textTokens } from "../data/text.ts";
import type { I18n } from "../i18n/index.ts";

/** A piece of text in the view's language, or the source's own words in theirs. */
export type Segment = string | { text: string; lang: QuoteLang };
/** Text as the views write it: plain segments and quoted ones, in order. */
export type RichText = readonly Segment[];

export interface TextContext {
  i18n: I18n;
  index: DataIndex;
  /** The name of a site or company in the view's language. */
  nameOf(id: string): string;
}

const QUOTE_MARKS: Record<string, [string, string]> = { de: ["„", "“"], en: ["“", "”"] };

function renderTokens(
  tokens: readonly TextToken[],
  ctx: TextContext,
  ownFrom: string | undefined,
): Segment[] {
  return tokens.flatMap((token) => renderToken(token, ctx, ownFrom));
}

function renderToken(token: TextToken, ctx: TextContext, ownFrom: string | undefined): Segment[] {
  const { i18n } = ctx;
  switch (token.kind) {
    case "text":
      return [token.text];
    case "date":
      return [i18n.dateText(token.date)];
    case "from":
      return ownFrom ? [i18n.dateText(ownFrom)] : [];
    case "figure": {
      const figure = ctx.index.figureById.get(token.id);
      return figure ? [i18n.figure(figure)] : [];
    }
    case "name":
      return [ctx.nameOf(token.id)];
    case "money":
      return [i18n.money(token.value, token.currency)];
    case "quote": {
      const [open, close] = QUOTE_MARKS[i18n.lang] ?? ["“", "”"];
      const inner = plainText(renderTokens(token.tokens, ctx, ownFrom));
      const text = `${open}${inner}${close}`;
      return [token.lang === i18n.lang ? text : { text, lang: token.lang }];
    }
  }
}

/** Joins neighbouring plain segments, so a view makes one text node where it can. */
function merged(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (typeof segment === "string" && typeof last === "string") out[out.length - 1] = last + segment;
    else out.push(segment);
  }
  return out;
}

/** One text of geo/ in the view's language. `ownFrom` is the date of the dated part it belongs to. */
export function renderText(text: LocalizedText, ctx: TextContext, ownFrom?: string): RichText {
  return merged(renderTokens(textTokens(text[ctx.i18n.lang]), ctx, ownFrom));
}

/** A dated text: the parts the view's data set still holds, one after the other. */
export function renderDated(text: DatedText, ctx: TextContext): RichText {
  const parts = textParts(text).map((part) => renderText(part.text, ctx, part.from));
  return merged(parts.flatMap((part, index) => (index === 0 ? part : [" ", ...part])));
}

/** Rich text as one string, for what has no markup: a CSV cell, a PNG caption, an accessible name. */
export function plainText(text: RichText): string {
  return text.map((segment) => (typeof segment === "string" ? segment : segment.text)).join("");
}

/** Prose written with a prefix, as a rich text. */
export function prefixed(prefix: string, text: RichText): RichText {
  return merged([prefix, ...text]);
}
