import { describe, expect, it } from "vitest";
import { stepSummary } from "../../src/story/summary.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const at = (asOf?: string, lang: "de" | "en" = "de") => realView(lang, undefined, realDataset(), asOf);

describe("what a screen reader hears after a story step", () => {
  it("says the date, each site's new status in its own words, and whose details opened", () => {
    expect(stepSummary(at("2026-03-10"), at("2026-04-15"), "stargate-norway")).toBe(
      "Stand der Karte: 15. April 2026. Neu seit dem vorigen Schritt: Narvik, Kunde gewechselt · 14./15. April 2026: OpenAI unterschreibt keine Abnahme; Microsoft übernimmt die Kapazität. Der Name „Stargate Norway“ ist seither historisch. Cobalt Park, pausiert · 9. April 2026: OpenAI pausiert Stargate UK wegen Energiekosten und Regulierung. Details: Stargate Norway (Kvandal bei Narvik).",
    );
  });

  it("says only the date going back in time, and in English for an English reader", () => {
    expect(stepSummary(at("2026-04-15", "en"), at("2025-10-15", "en"), null)).toBe(
      "Map as of 15 October 2025.",
    );
  });

  it("says nothing has changed where nothing has", () => {
    expect(stepSummary(at("2026-06"), at("2026-07"), null)).toBe("Stand der Karte: Juli 2026.");
  });
});
