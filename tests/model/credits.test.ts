import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import { creditsModel } from "../../src/model/credits.ts";

describe("the credits", () => {
  it("say the edition in the precision the data gives it", () => {
    expect(
      creditsModel({ asOf: "2026-11", articleDate: "2025-09-17", corrections: [] }, createI18n("en")).edition,
    ).toBe("As of November 2026");
  });

  it("list corrections oldest first, each headed by its date", () => {
    const model = creditsModel(
      {
        asOf: "2026-12",
        articleDate: "2025-09-17",
        corrections: [
          { date: "2026-12-05", text: { de: "B", en: "Second" } },
          { date: "2026-12-01", text: { de: "A", en: "First" } },
        ],
      },
      createI18n("en"),
    );
    expect(model.corrections.map((c) => c.text)).toEqual(["First", "Second"]);
    expect(model.corrections[0]?.heading).toContain("1 December 2026");
  });
});
