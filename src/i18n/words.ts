/**
 * Which languages' words are at hand. Each language's words are a chunk of their own (de.ts, en.ts): a page
 * loads only those of the language its map starts in, and another language's when a map switches to it. The
 * build, the bench and the tests, which write every language, take them all at once (every-language.ts).
 */
import type { MessageKey } from "./de.ts";

export const LANGS = ["de", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type Words = Record<MessageKey, string>;

/** Each language's chunk. The browser requests a module once (and again only after a failed request). */
const IMPORTS: Record<Lang, () => Promise<Words>> = {
  de: () => import("./de.ts").then((module) => module.de),
  en: () => import("./en.ts").then((module) => module.en),
};
const loaded = new Map<Lang, Words>();

/** Loads the words of `lang`. */
export async function loadWords(lang: Lang): Promise<void> {
  useWords(lang, await IMPORTS[lang]());
}

/** Makes words at hand that are already loaded (every-language.ts). */
export function useWords(lang: Lang, words: Words): void {
  loaded.set(lang, words);
}

/** The words of `lang`; asking before they have loaded is a mistake in the code, never a reader's. */
export function wordsOf(lang: Lang): Words {
  const words = loaded.get(lang);
  if (!words)
    throw new Error(`ai-infra-map: the words of "${lang}" are asked for before loadWords("${lang}")`);
  return words;
}
