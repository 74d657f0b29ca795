import { describe, expect, it } from "vitest";
import { realDataset, realView } from "../map/fixtures.ts";

describe("the caption of a downloaded picture", () => {
  it("ends with the credits line exactly as it stands under the map", () => {
    for (const lang of ["de", "en"] as const) {
      const view = realView(lang);
      expect(view.caption.at(-1)).toBe(`${view.credits.line}${view.credits.edition}`);
    }
    expect(realView("de").caption.at(-1)).toMatch(/Stand: November 2026$/);
  });

  it("starts with the date the map shows, which follows the view's date", () => {
    expect(realView("de").caption[0]).toBe("Die Karte zeigt den Stand vom November 2026.");
    expect(realView("en", undefined, realDataset(), "2025-09-16/2025-09-17").caption[0]).toBe(
      "The map shows the story as of 16–17 September 2025.",
    );
  });

  it("names the publishers of the headline figures the map labels, each once", () => {
    const line = realView("en").caption[1] ?? "";
    expect(line).toMatch(/^Figures in the picture: /);
    const publishers = line.replace(/^Figures in the picture: /, "").split(", ");
    expect(new Set(publishers).size).toBe(publishers.length);
    expect(line).toContain("Nscale");
  });
});
