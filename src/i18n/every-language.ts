/**
 * Every language's words at once, for what runs in Node and writes every language: the build's plugins, the
 * bench and the tests. The browser never imports this module; it loads one language's words (words.ts).
 */
import { de } from "./de.ts";
import { en } from "./en.ts";
import { useWords } from "./words.ts";

export function useEveryLanguage(): void {
  useWords("de", de);
  useWords("en", en);
}
