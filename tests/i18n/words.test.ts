import { beforeEach, describe, expect, it, vi } from "vitest";

/** A fresh copy of the words' module, with nothing loaded (the test setup loads every language into its own). */
const freshWords = async () => {
  vi.resetModules();
  return import("../../src/i18n/words.ts");
};

beforeEach(() => {
  vi.doUnmock("../../src/i18n/en.ts");
});

describe("each language's words", () => {
  it("are asked for only once loaded, and loading one language loads no other", async () => {
    const words = await freshWords();
    expect(() => words.wordsOf("de")).toThrow(/before loadWords\("de"\)/);
    await words.loadWords("de");
    expect(words.wordsOf("de")["list.toggle"]).toBe("Liste und Legende");
    expect(() => words.wordsOf("en")).toThrow(/before loadWords\("en"\)/);
    await words.loadWords("en");
    expect(words.wordsOf("en")["list.toggle"]).toBe("List and legend");
  });

  it("asks again after a failed load, so that a retry can bring them", async () => {
    let fail = true;
    vi.doMock("../../src/i18n/en.ts", async (original) => {
      if (fail) throw new Error("offline");
      return original();
    });
    const words = await freshWords();
    await expect(words.loadWords("en")).rejects.toThrow();
    expect(() => words.wordsOf("en")).toThrow();
    fail = false;
    await words.loadWords("en");
    expect(words.wordsOf("en")["app.title"]).toMatch(/^AI data centres/);
  });
});
