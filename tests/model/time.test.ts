import { describe, expect, it } from "vitest";
import { realView } from "../map/fixtures.ts";

describe("the time control's steps", () => {
  it("are the story's dated events, oldest first, one per day, with the article's week and the edition marked", () => {
    const { steps, article, edition } = realView().time;
    const days = steps.map((s) => s.day);
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
    expect(steps[article.index]).toMatchObject({
      mark: "article",
      label: "16./17. September 2025 (Artikel)",
    });
    expect(steps[edition.index]).toMatchObject({ mark: "edition", label: "November 2026 (aktuell)" });
    for (const day of ["2025-07-31", "2025-10-15", "2026-04-09", "2026-04-14"]) expect(days).toContain(day);
  });

  it("step to the day an event is first shown: OpenAI's exit of 14/15 April 2026 on reports of April 2026", () => {
    const steps = realView().time.steps;
    expect(steps.map((s) => s.day)).not.toContain("2026-04-15");
    expect(steps.find((s) => s.day === "2026-04-30")?.label).toBe("30. April 2026");
    // A month whose reports are of that month: its step is its last day, written as the month.
    expect(steps.find((s) => s.day === "2025-01-31")?.label).toBe("Januar 2025");
  });

  it("show the edition by default, and the last step on or before any other date", () => {
    const latest = realView().time;
    expect(latest.index).toBe(latest.edition.index);
    const article = realView("en", undefined, undefined, "2025-09-17").time;
    expect(article.index).toBe(article.article.index);
    const between = realView("en", undefined, undefined, "2025-12").time;
    expect(between.steps[between.index]?.day).toBe("2025-10-15");
    expect(between.showing).toBe("Map as of December 2025.");
  });
});
