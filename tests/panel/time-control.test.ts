// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createTimeControl } from "../../src/panel/time-control.ts";
import { realView } from "../map/fixtures.ts";

function mount(asOf?: string) {
  const container = document.createElement("div");
  const changes: (string | null)[] = [];
  const control = createTimeControl({
    container,
    time: realView("de", undefined, undefined, asOf).time,
    onChange: (date) => changes.push(date),
  });
  const range = container.querySelector<HTMLInputElement>("input[type=range]");
  const button = (step: string) => container.querySelector<HTMLButtonElement>(`button[data-step="${step}"]`);
  return { container, control, changes, range, button };
}

describe("the time control", () => {
  it("is a labelled slider over the story's dates that says the date it shows", () => {
    const { range, container } = mount();
    const time = realView().time;
    expect(range?.max).toBe(String(time.steps.length - 1));
    expect(range?.value).toBe(String(time.edition.index));
    expect(range?.getAttribute("aria-valuetext")).toBe("November 2026 (aktuell)");
    expect(container.querySelector(`#${range?.getAttribute("aria-labelledby")}`)?.textContent).toBe(
      "Stand der Karte",
    );
    expect(container.querySelectorAll(".tick")).toHaveLength(time.steps.length);
  });

  it("asks for the date of the step a reader moves it to", () => {
    const { range, changes } = mount();
    if (!range) throw new Error("no slider");
    range.value = "4";
    range.dispatchEvent(new Event("input"));
    expect(changes).toEqual([realView().time.steps[4]?.asOf]);
  });

  it("takes the reader to the article's date and back to the latest with one button each, and marks which is shown", () => {
    const { button, changes, control } = mount();
    expect(button("edition")?.getAttribute("aria-pressed")).toBe("true");
    button("edition")?.click();
    button("article")?.click();
    expect(changes).toEqual(["2025-09-16/2025-09-17"]);
    control.setTime(realView("de", undefined, undefined, "2025-09-16/2025-09-17").time);
    expect(button("article")?.getAttribute("aria-pressed")).toBe("true");
    // The latest is asked for as null, never as the edition's date: a date equal to it would pin the view.
    button("edition")?.click();
    expect(changes).toEqual(["2025-09-16/2025-09-17", null]);
  });

  it("between two steps, takes the reader to the step it stands on, and marks no button as shown", () => {
    // December 2025 lies between the steps of 15 October 2025 and the next: the slider stands on 15 October and
    // says "Dezember 2025".
    const { range, button, changes } = mount("2025-12");
    const time = realView("de", undefined, undefined, "2025-12").time;
    if (!range) throw new Error("no slider");
    expect(range.getAttribute("aria-valuetext")).toBe("Dezember 2025");
    const step = time.steps[time.index];
    expect(step?.mark).toBeNull();
    range.value = String(time.index);
    range.dispatchEvent(new Event("input"));
    expect(changes).toEqual([step?.asOf]);
    // The article's date is not shown, nor the latest.
    expect(button("article")?.getAttribute("aria-pressed")).toBe("false");
    expect(button("edition")?.getAttribute("aria-pressed")).toBe("false");
  });

  it("between the article's step and the next, the article's button goes to the article's date", () => {
    const article = realView().time.steps[realView().time.article.index];
    const between = "2025-09-20";
    const { button, changes } = mount(between);
    const time = realView("de", undefined, undefined, between).time;
    expect(time.index).toBe(time.article.index);
    expect(button("article")?.getAttribute("aria-pressed")).toBe("false");
    button("article")?.click();
    expect(changes).toEqual([article?.asOf]);
  });

  it("tells screen readers the new date after a change, not on first paint", () => {
    const { container, control } = mount();
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe("");
    control.setTime(realView("de", undefined, undefined, "2025-09-16/2025-09-17").time);
    expect(live?.textContent).toBe("Stand der Karte: 16./17. September 2025.");
  });

  it("stops listening and leaves when destroyed", () => {
    const { control, container, changes, range } = mount();
    if (!range) throw new Error("no slider");
    control.destroy();
    // A move to another step, which a listening control would ask for.
    range.value = "4";
    range.dispatchEvent(new Event("input"));
    expect(changes).toEqual([]);
    expect(container.childElementCount).toBe(0);
  });
});
