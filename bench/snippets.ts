/**
 * The Embed dialog's snippets for the bench's article pages, with both languages' words loaded first: in Node
 * nothing loads them on demand (src/i18n/every-language.ts), and one import keeps the words and the snippets in
 * the same module graph.
 */
import { elementSnippet } from "../src/embed/embed-snippets.ts";
import { useEveryLanguage } from "../src/i18n/every-language.ts";

useEveryLanguage();

export { elementSnippet };
