import { describe, expect, it } from "vitest";
import { creditsLines } from "../../src/model/credits.ts";
import { realDataset, realView } from "../map/fixtures.ts";

describe("the caption of a downloaded picture", () => {
  it("ends with the credits exactly as they stand under the map, corrections included", () => {
    for (const lang of ["de", "en"] as const) {
      const view = realView(lang);
      const credits = creditsLines(view.credits);
      expect(view.caption.slice(-credits.length)).toEqual(credits);
      expect(credits.length).toBeGreaterThan(1);
    }
    expect(realView("de").caption[1]).toMatch(/Stand: November 2026$/);
  });

  it("names the view's date as its credits do, which follows the view", () => {
    expect(realView("en", undefined, realDataset(), "2025-09-16/2025-09-17").caption[1]).toMatch(
      /As of 16\/17 September 2025 · Sources checked: November 2026$/,
    );
  });

  it("names who stated the headline figures the map labels, each once, in the reader's language", () => {
    const line = realView("en").caption[0] ?? "";
    expect(line).toMatch(/^Figures in the picture: /);
    const bylines = line.replace(/^Figures in the picture: /, "").split("; ");
    expect(new Set(bylines).size).toBe(bylines.length);
    expect(bylines).toContain("Nscale press release (via GlobeNewswire)");
    expect(realView("de").caption[0]).toContain("Pressemitteilung von Nscale (über GlobeNewswire)");
  });
});
