// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import { renderCredits } from "../../src/list/credits.ts";
import { creditsModel } from "../../src/model/credits.ts";

describe("renderCredits", () => {
  it("names the sources, the basemap and the data's edition", () => {
    const container = document.createElement("div");
    renderCredits(
      container,
      creditsModel({ asOf: "2026-11", articleDate: "2025-09-17", corrections: [] }, createI18n("de")),
    );
    expect(container.textContent).toContain("Stand: November 2026");
    expect(container.textContent).toContain("© OpenStreetMap-Mitwirkende (ODbL)");
    expect(container.querySelector(".credits-correction")).toBeNull();
  });

  it("shows every correction with its date, oldest first", () => {
    const container = document.createElement("div");
    renderCredits(
      container,
      creditsModel(
        {
          asOf: "2026-12",
          articleDate: "2025-09-17",
          corrections: [
            {
              date: "2026-12-05",
              text: { de: "Zahl für Narvik berichtigt.", en: "Narvik figure corrected." },
            },
            { date: "2026-12-01", text: { de: "Quelle ergänzt.", en: "Source added." } },
          ],
        },
        createI18n("de"),
      ),
    );
    const corrections = [...container.querySelectorAll(".credits-correction")].map((p) => p.textContent);
    expect(corrections).toEqual([
      "Korrigiert am 1. Dezember 2026: Quelle ergänzt.",
      "Korrigiert am 5. Dezember 2026: Zahl für Narvik berichtigt.",
    ]);
  });
});
