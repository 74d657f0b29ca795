/**
 * Interface language: message lookup and the formatting of numbers, money, dates and figures.
 *
 * Formatting never rounds a sourced number: "14.6bn" stays 14.6, and a value that cannot be written exactly in
 * billions or millions is written in full. That is the data-honesty rule of the project applied to typography.
 */
import { type DateValue, parseDateValue } from "../data/dates.ts";
import type { Figure, LocalizedText } from "../data/schema.ts";
import type { Currency } from "../data/vocabulary.ts";
import type { MessageKey } from "./de.ts";
import { createDateFormat } from "./format-date.ts";
import { LANGS, type Lang, wordsOf } from "./words.ts";

export { LANGS, type Lang, loadWords } from "./words.ts";
export type { MessageKey };

const LOCALES: Record<Lang, string> = { de: "de-DE", en: "en-GB" };
/** One acre in hectares (the international acre: 4,046.8564224 m²). */
const ACRE_IN_HECTARES = 0.40468564224;
const CURRENCY_SYMBOL: Record<Currency, string> = { USD: "$", GBP: "£", EUR: "€", NOK: "NOK" };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Replaces `{name}` placeholders with values. */
function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export interface I18n {
  readonly lang: Lang;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Picks the text of the current language. */
  text(value: LocalizedText): string;
  number(value: number): string;
  money(value: number, currency: Currency): string;
  date(value: DateValue): string;
  /** A date as the data writes it ("2025-09-16/2025-09-17"), in its own precision; kept as is if it is none. */
  dateText(text: string): string;
  /** "über 24.000 GPUs", "50 MW", "2,5 Mrd. $", "Zehntausende GPUs (GB200)". */
  figure(figure: Figure): string;
  /** Names joined as the language joins them: "Nscale, Aker und OpenAI". */
  list(names: readonly string[]): string;
  /** MapLibre's own UI strings (controls, gesture hint) in this language, for the map's `locale` option. */
  maplibreLocale(): Record<string, string>;
}

/** The language's words must be loaded first (loadWords); the formats are the browser's own (Intl). */
export function createI18n(lang: Lang): I18n {
  const messages = wordsOf(lang);
  const locale = LOCALES[lang];
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const t = (key: MessageKey, vars?: Record<string, string | number>) => fill(messages[key], vars);
  const listFormat = new Intl.ListFormat(locale, { type: "conjunction" });
  const hectareFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = createDateFormat(lang, locale, {
    quarter: (quarter, year) => t("date.quarter", { quarter, year }),
    onOrBefore: (value) => t("date.onOrBefore", { date: value }),
  });
  const money = (value: number, currency: Currency) =>
    formatMoney(value, currency, lang, messages, numberFormat);

  return {
    lang,
    t,
    text: (value) => value[lang],
    number: (value) => numberFormat.format(value),
    money,
    date,
    dateText(text) {
      const value = parseDateValue(text);
      return value ? date(value) : text;
    },
    list: (names) => listFormat.format(names),
    maplibreLocale() {
      const prefix = "maplibre.";
      return Object.fromEntries(
        Object.entries(messages)
          .filter(([key]) => key.startsWith(prefix))
          .map(([key, value]) => [key.slice(prefix.length), value]),
      );
    },
    figure(figure) {
      const parts: string[] = [];
      if (figure.qualifier) parts.push(messages[`qualifier.${figure.qualifier}`]);
      if (figure.value !== undefined) {
        parts.push(
          figure.currency ? money(figure.value, figure.currency) : numberFormat.format(figure.value),
        );
      } else if (figure.text) {
        parts.push(figure.text[lang]);
      }
      // A worded money claim ("Milliarden Dollar") already names its currency; only units are appended.
      if (figure.unit) parts.push(messages[`unit.${figure.unit}`]);
      let out = parts.join(" ");
      // Acres are not a German or a metric reader's unit: the hectares follow, converted and marked as such.
      if (figure.unit === "acre" && figure.value !== undefined)
        out += ` (${t("figure.hectares", { value: hectareFormat.format(figure.value * ACRE_IN_HECTARES) })})`;
      if (figure.chip) out += ` (${figure.chip})`;
      if (figure.lowerBound !== undefined)
        out += ` (${t("figure.lowerBound", { value: numberFormat.format(figure.lowerBound) })})`;
      return out;
    },
  };
}

/** Scales only when the scaled number is exact to three decimals, so no sourced figure is rounded away. */
function formatMoney(
  value: number,
  currency: Currency,
  lang: Lang,
  messages: Record<MessageKey, string>,
  numberFormat: Intl.NumberFormat,
): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const scales: [number, MessageKey][] = [
    [1e9, "money.billion"],
    [1e6, "money.million"],
  ];
  for (const [size, key] of scales) {
    const scaled = value / size;
    if (value >= size && Math.round(scaled * 1000) === scaled * 1000) {
      const amount = numberFormat.format(scaled);
      if (lang === "de") return `${amount} ${messages[key]} ${symbol}`;
      return symbol.length === 1
        ? `${symbol}${amount}${messages[key]}`
        : `${symbol} ${amount}${messages[key]}`;
    }
  }
  const amount = numberFormat.format(value);
  if (lang === "de") return `${amount} ${symbol}`;
  return symbol.length === 1 ? `${symbol}${amount}` : `${symbol} ${amount}`;
}
