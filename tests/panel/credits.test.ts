// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../src/data/derive.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { creditsModel } from "../../src/model/credits.ts";
import { viewDateOf } from "../../src/model/view-date.ts";
import { renderCredits } from "../../src/panel/credits.ts";
import { realDataset } from "../map/fixtures.ts";

const context = { i18n: createI18n("de"), index: indexDataset(realDataset()), nameOf: (id: string) => id };

describe("renderCredits", () => {
  it("names the sources, the basemap and the view's date", () => {
    const container = document.createElement("div");
    renderCredits(
      container,
      creditsModel(
        { asOf: "2026-11", articleDate: "2025-09-17", corrections: [] },
        viewDateOf("2026-11"),
        context,
      ),
    );
    expect(container.textContent).toContain("Stand: November 2026");
    expect(container.textContent).not.toContain("Quellen geprüft");
    expect(container.textContent).toContain("© OpenStreetMap-Mitwirkende (ODbL)");
    expect(container.querySelector(".credits-correction")).toBeNull();
    expect(container.querySelector("details")).toBeNull();
  });

  it("counts the corrections in one closed line with the latest date, which opens to every day's corrections with its date, oldest first, and a quote marked with its language", () => {
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
              concerns: ["loughton"],
              text: { de: "Zahl für Narvik berichtigt.", en: "x" },
            },
            {
              date: "2026-12-01",
              concerns: ["loughton"],
              text: { de: "Quelle ergänzt: {en:by 2026}.", en: "x" },
            },
          ],
        },
        viewDateOf("2026-12"),
        context,
      ),
    );
    const details = container.querySelector("details");
    expect(details?.open).toBe(false);
    expect(details?.querySelector("summary")?.textContent).toBe(
      "zwei Korrekturen, zuletzt am 5. Dezember 2026",
    );
    const corrections = [...container.querySelectorAll("details > .credits-correction")].map(
      (p) => p.textContent,
    );
    expect(corrections).toEqual([
      "Korrigiert am 1. Dezember 2026: Quelle ergänzt: „by 2026“.",
      "Korrigiert am 5. Dezember 2026: Zahl für Narvik berichtigt.",
    ]);
    expect(container.querySelector(".credits-correction span[lang='en']")?.textContent).toBe("„by 2026“");
  });

  it("keeps the corrections open across another view, as the reader left them, and counts one as one", () => {
    const container = document.createElement("div");
    const edition = {
      asOf: "2026-12",
      articleDate: "2025-09-17",
      corrections: [
        { date: "2026-12-05", concerns: ["loughton"], text: { de: "Zahl berichtigt.", en: "x" } },
      ],
    };
    renderCredits(container, creditsModel(edition, viewDateOf("2026-12"), context));
    const first = container.querySelector("details");
    if (first) first.open = true;
    renderCredits(container, creditsModel(edition, viewDateOf("2026-11"), context));
    expect(container.querySelector("details")).not.toBe(first);
    expect(container.querySelector("details")?.open).toBe(true);
    expect(container.querySelector("summary")?.textContent).toBe("eine Korrektur am 5. Dezember 2026");
  });
});
