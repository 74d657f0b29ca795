import { describe, expect, it } from "vitest";
import { creditsLines, pictureCaption } from "../../src/model/caption.ts";
import { realDataset, realView } from "../map/fixtures.ts";

describe("the caption of a downloaded picture", () => {
  it("ends with the credits exactly as they stand under the map, corrections included", () => {
    for (const lang of ["de", "en"] as const) {
      const view = realView(lang);
      const credits = creditsLines(view.credits);
      expect(pictureCaption(view.captionContext()).slice(-credits.length)).toEqual(credits);
      expect(credits.length).toBeGreaterThan(1);
    }
    expect(pictureCaption(realView("de").captionContext())[1]).toMatch(/Stand: November 2026$/);
  });

  it("names the view's date as its credits do, which follows the view", () => {
    expect(
      pictureCaption(realView("en", undefined, realDataset(), "2025-09-16/2025-09-17").captionContext())[1],
    ).toMatch(/As of 16\/17 September 2025 · Sources checked: November 2026$/);
    // A date on a step's last day is said as the step says it, in a picture of any frame as on screen.
    const view = realView("de", undefined, realDataset(), "2025-09-17");
    for (const inFrame of [undefined, (id: string) => id === "loughton"])
      expect(pictureCaption(view.captionContext(), inFrame)[1]).toMatch(
        /Stand: 16\.\/17\. September 2025 · Quellen geprüft: November 2026$/,
      );
  });

  it("names who stated the headline figures the map labels, each once, in the reader's language", () => {
    const line = pictureCaption(realView("en").captionContext())[0] ?? "";
    expect(line).toMatch(/^Figures in the picture: /);
    const bylines = line.replace(/^Figures in the picture: /, "").split("; ");
    expect(new Set(bylines).size).toBe(bylines.length);
    expect(bylines).toContain("Nscale press release (via GlobeNewswire)");
    expect(pictureCaption(realView("de").captionContext())[0]).toContain(
      "Pressemitteilung von Nscale (über GlobeNewswire)",
    );
  });

  it("carries the corrections that concern a site or company in the picture's frame, each whole and dated", () => {
    const view = realView("de", undefined, realDataset(), "2025-09-16/2025-09-17");
    const all = pictureCaption(view.captionContext()).slice(2).join(" ");
    const loughtonOnly = pictureCaption(view.captionContext(), (id) => id === "loughton")
      .slice(2)
      .join(" ");
    // In a picture of Loughton alone: Loughton's corrections, not those of a company elsewhere.
    expect(loughtonOnly).toContain(
      "Korrigiert am 30. November 2026: Loughton: Der Artikel nennt GB200-Superchips",
    );
    expect(loughtonOnly).not.toContain("Zusagen hießen Investitionen");
    const withNvidia = pictureCaption(view.captionContext(), (id) => id === "loughton" || id === "nvidia")
      .slice(2)
      .join(" ");
    expect(withNvidia).toContain("Zusagen hießen Investitionen");
    expect(all).toMatch(/Cobalt Park: |Kvandal|Narvik: /);
    expect(loughtonOnly).not.toMatch(/Cobalt Park: |Narvik: |Kvandal: /);
    // A relation concerns both its ends: Microsoft's use at Loughton is Loughton's too.
    expect(loughtonOnly).toContain("Microsofts Nutzung für Azure ist angekündigt");
    expect(loughtonOnly.length).toBeLessThan(all.length);
    // With nothing in the frame, only what concerns the whole map.
    expect(
      pictureCaption(view.captionContext(), () => false)
        .slice(2)
        .join(" "),
    ).not.toContain("Loughton: ");
  });
});
