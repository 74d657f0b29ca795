/**
 * The grammar of the texts in geo/: prose with marks for everything that must not be typed into it.
 *
 * A sentence that states a fact is data like a figure: its dates, amounts and cross-references are fields, so
 * that the view formats them in the reader's language and the build can check that a text never knows what
 * happened after it was valid. Inside a text:
 *
 * - `{on:2025-09-25}` a date on which something happened (the build rejects one after the text's own date);
 * - `{planned:2027-Q1}` a date something is planned or expected for (it may lie after the text's date);
 * - `{from}` the date the text part itself is valid from (only in a dated part);
 * - `{figure:norway-contract}` a figure's value as the view writes it ("6,2 Mrd. $");
 * - `{name:nscale}` the name of a site or company;
 * - `{money:USD:790000000}` an amount that is no figure of its own;
 * - `{en:just over}` the source's own words, quoted, in the language they were said in (en, de, no). Inside
 *   a quote the source's words stand as they were said, dates and amounts included; marks still work.
 *
 * Typed dates (a year such as 2026) and typed amounts ("790 Mio. USD") outside a quote are errors: they would
 * escape both the formatting and the check (the build's records/texts.ts finds them, in the text tokens). Pure
 * and language-free: the view model renders what this parses.
 */
import type { DatedText, TextPart } from "./schema.ts";
import { CURRENCIES, type Currency, QUOTE_LANGS, type QuoteLang } from "./vocabulary.ts";

export type { QuoteLang };

/**
 * The parts of a dated text; a plain text is one part valid from its record's date. (Here, not beside the
 * schemas: the browser needs this, and must not download the schemas' library with it.)
 */
export function textParts(value: DatedText): readonly TextPart[] {
  return Array.isArray(value) ? value : [{ text: value }];
}

export type TextToken =
  | { kind: "text"; text: string }
  | { kind: "date"; role: "on" | "planned"; date: string }
  | { kind: "from" }
  | { kind: "figure"; id: string }
  | { kind: "name"; id: string }
  | { kind: "money"; currency: Currency; value: number }
  | { kind: "quote"; lang: QuoteLang; tokens: TextToken[] };

export interface ParsedText {
  tokens: TextToken[];
  /** What does not follow the grammar, one sentence each; empty when the text is well formed. */
  errors: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A deviation from the grammar, as the parser meets it. Only the build's validator says it in a sentence
 * (parseText): the browser reads checked texts (textTokens), and downloads none of the sentences.
 */
type Deviation =
  | { kind: "unopened" | "unclosed"; at: number }
  | { kind: "unclosed-quote"; lang: string }
  | {
      kind: "mark";
      mark: string;
      why: "needs-date" | "from-argument" | "needs-id" | "currency" | "amount" | "unknown";
    };

/**
 * Parses one text from `start`; `quoted` is true inside a quote, where the source's own dates and amounts may
 * stand. Returns the tokens, where it stopped, and whether a quote was closed there.
 */
function parseTokens(
  source: string,
  start: number,
  quoted: boolean,
  errors: Deviation[],
): [TextToken[], number, boolean] {
  const tokens: TextToken[] = [];
  let text = "";
  const flush = () => {
    if (!text) return;
    tokens.push({ kind: "text", text });
    text = "";
  };
  let at = start;
  while (at < source.length) {
    const char = source[at];
    if (char === "}" && quoted) {
      flush();
      return [tokens, at + 1, true];
    }
    if (char === "}") {
      errors.push({ kind: "unopened", at });
      at += 1;
      continue;
    }
    if (char !== "{") {
      text += char;
      at += 1;
      continue;
    }
    flush();
    const colon = source.indexOf(":", at);
    const close = source.indexOf("}", at);
    const kind = source.slice(at + 1, colon === -1 || (close !== -1 && close < colon) ? close : colon);
    if (
      (QUOTE_LANGS as readonly string[]).includes(kind) &&
      colon !== -1 &&
      (close === -1 || colon < close)
    ) {
      const [inner, next, closed] = parseTokens(source, colon + 1, true, errors);
      if (!closed) errors.push({ kind: "unclosed-quote", lang: kind });
      tokens.push({ kind: "quote", lang: kind as QuoteLang, tokens: inner });
      at = next;
      continue;
    }
    if (close === -1) {
      errors.push({ kind: "unclosed", at });
      return [tokens, source.length, false];
    }
    tokens.push(...markToken(source.slice(at + 1, close), errors));
    at = close + 1;
  }
  flush();
  return [tokens, at, false];
}

/** One `{kind:argument}` mark, or nothing (with a deviation) when it does not follow the grammar. */
function markToken(mark: string, errors: Deviation[]): TextToken[] {
  const [kind = "", ...rest] = mark.split(":");
  const argument = rest.join(":");
  const bad = (why: (Deviation & { kind: "mark" })["why"]) => {
    errors.push({ kind: "mark", mark, why });
    return [];
  };
  switch (kind) {
    case "on":
    case "planned":
      return argument ? [{ kind: "date", role: kind, date: argument }] : bad("needs-date");
    case "from":
      return argument ? bad("from-argument") : [{ kind: "from" }];
    case "figure":
    case "name":
      return ID.test(argument) ? [{ kind, id: argument }] : bad("needs-id");
    case "money": {
      const [currency = "", amount = ""] = rest;
      if (!(CURRENCIES as readonly string[]).includes(currency)) return bad("currency");
      if (!/^\d+$/.test(amount)) return bad("amount");
      return [{ kind: "money", currency: currency as Currency, value: Number(amount) }];
    }
    default:
      return bad("unknown");
  }
}

/** A deviation in a sentence, for the build's messages. */
function sentenceOf(deviation: Deviation): string {
  switch (deviation.kind) {
    case "unopened":
      return `has a "}" without its "{" at character ${deviation.at + 1}`;
    case "unclosed":
      return `has a "{" that is never closed at character ${deviation.at + 1}`;
    case "unclosed-quote":
      return `has a quote {${deviation.lang}:… that is never closed`;
    case "mark":
      return `has the mark {${deviation.mark}}: ${markFault(deviation)}`;
  }
}

function markFault({ mark, why }: Deviation & { kind: "mark" }): string {
  switch (why) {
    case "needs-date":
      return "it needs a date";
    case "from-argument":
      return "{from} takes no argument";
    case "needs-id":
      return "it needs an id such as 'stargate-norway'";
    case "currency":
      return `the currency must be one of ${CURRENCIES.join(", ")}`;
    case "amount":
      return "the amount must be a whole number, e.g. 790000000";
    case "unknown":
      return `unknown mark "${mark.split(":")[0]}" (use on, planned, from, figure, name, money, or a quote in ${QUOTE_LANGS.join(", ")})`;
  }
}

/** Parses a text of geo/ into its tokens; every deviation from the grammar is reported, none is fatal. */
export function parseText(source: string): ParsedText {
  const errors: Deviation[] = [];
  const [tokens] = parseTokens(source, 0, false, errors);
  return { tokens, errors: errors.map(sentenceOf) };
}

/** The tokens of a text the build has checked (the browser's): its deviations, if any, left unsaid. */
export function textTokens(source: string): TextToken[] {
  return parseTokens(source, 0, false, [])[0];
}

/** Every mark in a text, quotes opened, in order: what the checks compare and date. */
export function marksOf(
  tokens: readonly TextToken[],
): Exclude<TextToken, { kind: "text" } | { kind: "quote" }>[] {
  return tokens.flatMap((token) => {
    if (token.kind === "text") return [];
    if (token.kind === "quote") return marksOf(token.tokens);
    return [token];
  });
}

/** A mark as the data writes it, for messages and for comparing the two languages of a text. */
export function markText(token: ReturnType<typeof marksOf>[number]): string {
  switch (token.kind) {
    case "date":
      return `{${token.role}:${token.date}}`;
    case "from":
      return "{from}";
    case "figure":
    case "name":
      return `{${token.kind}:${token.id}}`;
    case "money":
      return `{money:${token.currency}:${token.value}}`;
  }
}
