/**
 * The tests write and read every language, as the build does: both languages' words are at hand before each
 * test file (the browser loads one language's at a time; tests/i18n/words.test.ts tests that loading).
 */
import { useEveryLanguage } from "../src/i18n/every-language.ts";

useEveryLanguage();
