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
