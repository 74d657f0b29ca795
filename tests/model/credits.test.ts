import { describe, expect, it } from "vitest";
import { indexDataset } from "../../src/data/derive.ts";
import type { Edition } from "../../src/data/schema.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { creditsLines } from "../../src/model/caption.ts";
import { creditsModel } from "../../src/model/credits.ts";
import { viewDateOf } from "../../src/model/view-date.ts";
import { realDataset } from "../map/fixtures.ts";

const context = (lang: "de" | "en") => ({
  i18n: createI18n(lang),
  index: indexDataset(realDataset()),
  nameOf: (id: string) => id,
});
const edition = (corrections: Edition["corrections"] = []): Edition => ({
  asOf: "2026-11",
  articleDate: "2025-09-17",
  corrections,
});

describe("the credits", () => {
  it("say the view's date, in the precision the data gives it, and no second date at the edition", () => {
    const model = creditsModel(edition(), viewDateOf("2026-11"), context("en"));
    expect(model.asOf).toBe("As of November 2026");
    expect(model.checked).toBeNull();
  });

  it("say when the sources were checked where the view shows an earlier date", () => {
    const model = creditsModel(edition(), viewDateOf("2025-09-16/2025-09-17"), context("de"));
    expect(model.asOf).toBe("Stand: 16./17. September 2025");
    expect(model.checked).toBe("Quellen geprüft: November 2026");
    expect(creditsLines(model)[0]).toMatch(
      /Stand: 16\.\/17\. September 2025 · Quellen geprüft: November 2026$/,
    );
  });

  it("group corrections by day, oldest first, each day headed by its date, with marks formatted", () => {
    const model = creditsModel(
      edition([
        { date: "2026-12-05", concerns: ["loughton"], text: { de: "B", en: "Second." } },
        { date: "2026-12-01", concerns: ["loughton"], text: { de: "A", en: "First." } },
        { date: "2026-12-01", concerns: ["loughton"], text: { de: "A2", en: "As of {on:2025-09-17}." } },
      ]),
      viewDateOf("2026-11"),
      context("en"),
    );
    expect(model.corrections.map((c) => c.heading)).toEqual([
      "Corrected on 1 December 2026:",
      "Corrected on 5 December 2026:",
    ]);
    expect(model.corrections.map((c) => c.text.join(""))).toEqual([
      "First. As of 17 September 2025.",
      "Second.",
    ]);
  });
});
