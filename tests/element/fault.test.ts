// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFaultReporter } from "../../src/element/fault.ts";
import { createI18n } from "../../src/i18n/index.ts";

function mount() {
  const events: string[] = [];
  let fatal = 0;
  let retries = 0;
  const reporter = createFaultReporter({
    doc: document,
    onRetry: () => retries++,
    onFatal: () => fatal++,
    dispatch: ({ kind }) => events.push(kind),
  });
  reporter.begin(createI18n("de"));
  return { reporter, events, fatal: () => fatal, retries: () => retries };
}

afterEach(() => vi.restoreAllMocks());

describe("the fault reporter", () => {
  it("stays hidden until something fails, then tells the reader in their language, as an alert", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { reporter, fatal } = mount();
    expect(reporter.shown).toBe(false);
    reporter.report("data", new Error("x"), true);
    expect(reporter.shown).toBe(true);
    expect(reporter.element.querySelector('[role="alert"]')?.textContent).toBe(
      "Die Kartendaten konnten nicht geladen werden. Die Liste zeigt den Stand bei Veröffentlichung der Karte.",
    );
    expect(fatal()).toBe(1);
  });

  it("tells the page the first fault of a start, and any later fatal one", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { reporter, events } = mount();
    reporter.report("font", new Error("font"), false);
    reporter.report("basemap", new Error("tile"), false);
    reporter.report("context-lost", new Error("gl"), true);
    expect(events).toEqual(["font", "context-lost"]);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("offers a retry, labelled in the reader's language, and starts afresh", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { reporter, retries, events } = mount();
    const retry = reporter.element.querySelector("button");
    expect(retry?.textContent).toBe("Erneut versuchen");
    retry?.click();
    expect(retries()).toBe(1);
    reporter.report("font", new Error("font"), false);
    reporter.begin(createI18n("en"));
    expect(reporter.shown).toBe(false);
    reporter.report("font", new Error("font"), false);
    expect(events).toEqual(["font", "font"]);
    reporter.destroy();
    retry?.click();
    expect(retries()).toBe(1);
  });

  it("without the language's words says no key: the page and the console hear of the fault, the reader keeps the list", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { reporter, events, fatal } = mount();
    reporter.begin(null);
    reporter.report("map", new Error("no words"), true);
    expect(reporter.shown).toBe(false);
    expect(reporter.element.textContent).toBe("");
    expect(events).toEqual(["map"]);
    expect(fatal()).toBe(1);
  });
});
