/**
 * Vite plugin, in the browser's build only: each language's words travel as their values alone, and the keys
 * once for both. The words of each language are a chunk of their own (src/i18n/words.ts), so written as
 * objects every chunk would carry the same 286 keys again (1.6 KB gzip more than one chunk with both). The
 * files stay objects for people, TypeScript and the tests; the built module makes the same object from the
 * keys of de.ts and its values in their order (tests/scripts/words-plugin.test.ts).
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const KEYS_MODULE = "virtual:ai-infra-map-word-keys";
const RESOLVED_KEYS = `\0${KEYS_MODULE}`;
const WORDS_FILE = /[\\/]src[\\/]i18n[\\/](de|en)\.ts$/;
/** One entry of a words file: a key and its value, both as double-quoted string literals. */
const ENTRY = /"([^"\\]+)":\s*("(?:[^"\\]|\\.)*"),/g;

/**
 * The entries of a words file (`export const de = { "key": "value", … }`), in their order. Anything in its
 * object that is not such an entry stops the build, so no word is ever left out unnoticed.
 */
export function wordEntries(source: string): [string, string][] {
  const body = /export const \w+(?:: [\w<>, ]+)? = \{\n([\s\S]*?)\n\}( as const)?;/.exec(source)?.[1];
  if (body === undefined) throw new Error("words-plugin: no `export const … = { … }` in a words file");
  const rest = body.replace(ENTRY, "").trim();
  if (rest) throw new Error(`words-plugin: not a "key": "value" entry in a words file: ${rest.slice(0, 80)}`);
  return [...body.matchAll(ENTRY)].map(([, key = "", value = ""]) => [key, JSON.parse(value) as string]);
}

/** A words file as a module of its values in the order of `keys`, building the same object from them. */
export function wordsModule(source: string, keys: readonly string[], lang: string): string {
  const words = new Map(wordEntries(source));
  const missing = keys.filter((key) => !words.has(key));
  if (missing.length > 0 || words.size !== keys.length)
    throw new Error(`words-plugin: the keys of ${lang}.ts differ from de.ts's (${missing.join(", ")})`);
  const values = JSON.stringify(keys.map((key) => words.get(key)));
  return [
    `import keys from ${JSON.stringify(KEYS_MODULE)};`,
    `const values = ${values};`,
    `export const ${lang} = Object.fromEntries(keys.map((key, at) => [key, values[at]]));`,
  ].join("\n");
}

export function wordsPlugin(): Plugin {
  let deFile = "";
  const keys = () => wordEntries(readFileSync(deFile, "utf8")).map(([key]) => key);
  return {
    name: "ai-infra-map:words",
    apply: "build",
    enforce: "pre",
    configResolved(config) {
      deFile = `${config.root}/src/i18n/de.ts`;
    },
    resolveId: (id) => (id === KEYS_MODULE ? RESOLVED_KEYS : null),
    load: (id) => (id === RESOLVED_KEYS ? `export default ${JSON.stringify(keys())};` : null),
    transform(source, id) {
      const lang = WORDS_FILE.exec(id)?.[1];
      return lang ? { code: wordsModule(source, keys(), lang), map: null } : null;
    },
  };
}
