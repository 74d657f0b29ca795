// @vitest-environment jsdom
/**
 * The store is the one owner of the view's date: the time control, a story step, the URL and the public API
 * send it intents in any order, and after each one every view shows the same date, the store's listeners
 * hear of it once, and nothing asks the store again for what it already holds.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AppHandle, mountApp } from "../../src/app/app.ts";
import { DEFAULTS, parseOptions } from "../../src/contract/options.ts";
import { GEO_FILES, type GeoFileKey } from "../../src/data/files.ts";
import type { State } from "../../src/state/store.ts";

const raw = Object.fromEntries(
  (Object.entries(GEO_FILES) as [GeoFileKey, string][]).map(([key, file]) => [
    key,
    JSON.parse(readFileSync(`geo/${file}`, "utf8")),
  ]),
);
const edition = raw.edition as { asOf: string; articleDate: string };

function box(name: string) {
  const element = document.createElement("div");
  element.className = name;
  document.body.append(element);
  return element;
}

/** Mounts the app as the element does, without WebGL (the picture and panel are the map), from a URL's options. */
async function mount(search: string): Promise<AppHandle> {
  const url = parseOptions(Object.fromEntries(new URLSearchParams(search)), () => {});
  const app = mountApp({
    options: { ...DEFAULTS, ...url },
    mapContainer: box("map"),
    mapArea: box("area"),
    picture: null,
    liveMapModule: null,
    panelContainer: box("panel"),
    creditsContainer: box("credits"),
    downloadsContainer: null,
    fullscreenContainer: box("frame"),
    cooperativeGestures: true,
    interactive: true,
    urlState: false,
    timeContainer: box("time"),
    dateNotice: box("date-notice"),
    dataFiles: Promise.resolve({ raw, issues: [] }),
  });
  // Without WebGL the live map never starts: `ready` says so, and everything else works.
  await expect(app.ready).rejects.toThrow();
  await app.interactive;
  return app;
}

/** What each view shows as the date, read from the DOM and the view model. */
function shown(app: AppHandle) {
  const view = app.view();
  const range = document.querySelector<HTMLInputElement>(".time input[type=range]");
  return {
    view: view?.asOf,
    timeControl: range?.getAttribute("aria-valuetext"),
    step: view?.time.steps[view.time.index]?.label,
    credits: document.querySelector(".credits")?.textContent?.includes(view?.credits.asOf ?? "\u0000"),
  };
}

beforeEach(() => {
  vi.stubGlobal(
    "matchMedia",
    (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener() {},
        removeEventListener() {},
      }) as unknown as MediaQueryList,
  );
  window.requestAnimationFrame = (callback: FrameRequestCallback) => window.setTimeout(() => callback(0), 0);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe("one owner of the view's date", () => {
  it("takes intents from the URL, the time control, a story step and the API in mixed order, and every view shows the store's date after each", async () => {
    const app = await mount("?as-of=2025-09-17&lang=de");
    const heard: Pick<State, "asOf" | "dateSource">[] = [];
    app.store.subscribe((state, previous) => {
      if (state.asOf !== previous.asOf) heard.push({ asOf: state.asOf, dateSource: state.dateSource });
    });
    const article = () => document.querySelector<HTMLButtonElement>('.time button[data-step="article"]');
    const latest = () => document.querySelector<HTMLButtonElement>('.time button[data-step="edition"]');
    const steps: [string, () => void, string | null][] = [
      ["the time control's latest", () => latest()?.click(), null],
      ["a story step", () => app.store.setAsOf("2025-07-31", "story"), "2025-07-31"],
      ["the API", () => app.store.setAsOf("2026-04-09", "api"), "2026-04-09"],
      ["the time control's article", () => article()?.click(), edition.articleDate],
      ["the element's attribute", () => app.store.setAsOf("2025-01-13", "attribute"), "2025-01-13"],
      ["a story step back to the latest", () => app.store.setAsOf(null, "story"), null],
    ];
    expect(app.store.get().asOf).toBe("2025-09-17");
    expect(shown(app).view).toBe("2025-09-17");
    for (const [who, intent, expected] of steps) {
      intent();
      const now = shown(app);
      expect(app.store.get().asOf, who).toBe(expected);
      expect(now.view, who).toBe(expected ?? edition.asOf);
      expect(now.timeControl, who).toBe(now.step);
      expect(now.credits, who).toBe(true);
    }
    // One change heard per intent, each from the hand that sent it.
    expect(heard.map((h) => h.dateSource)).toEqual(["time", "story", "api", "time", "attribute", "story"]);
    expect(heard.map((h) => h.asOf)).toEqual(steps.map(([, , expected]) => expected));
    app.destroy();
  });

  it("holds one representation of the latest: the edition's own step asks for null, never the edition's date", async () => {
    const app = await mount("?as-of=2025-09-17");
    document.querySelector<HTMLButtonElement>('.time button[data-step="edition"]')?.click();
    expect(app.store.get().asOf).toBeNull();
    expect(app.view()?.asOf).toBe(edition.asOf);
    app.destroy();
  });

  it("stays quiet when an intent asks for the date it already shows, from whatever hand", async () => {
    const app = await mount("?as-of=2026-04-09");
    let calls = 0;
    app.store.subscribe(() => calls++);
    const viewBefore = app.view();
    app.store.setAsOf("2026-04-09", "api");
    app.store.setAsOf("2026-04-09", "story");
    app.store.setAsOf("2026-04-09", "attribute");
    expect(calls).toBe(0);
    // Nothing was rebuilt either.
    expect(app.view()).toBe(viewBefore);
    app.destroy();
  });

  it("offers on the map the latest and the way back to the date the embed started at, as intents to the store", async () => {
    const app = await mount("?as-of=2025-09-17&lang=de");
    const notice = document.querySelector<HTMLElement>(".date-notice");
    const button = () => notice?.querySelector("button");
    const heard: State["dateSource"][] = [];
    app.store.subscribe((state, previous) => {
      if (state.asOf !== previous.asOf) heard.push(state.dateSource);
    });
    expect(notice?.hidden).toBe(false);
    expect(notice?.textContent).toBe(
      "Stand: 16./17. September 2025 · seitdem fünf Änderungen, zuletzt 30. April 2026 Aktuellen Stand zeigen",
    );
    const first = button();
    first?.click();
    expect(app.store.get().asOf).toBeNull();
    expect(app.view()?.asOf).toBe(edition.asOf);
    // The same button, so a keyboard's focus stays where it was.
    expect(button()).toBe(first);
    expect(notice?.textContent).toBe("Aktueller Stand: November 2026 Zurück zum 16./17. September 2025");
    button()?.click();
    expect(app.store.get().asOf).toBe("2025-09-17");
    expect(heard).toEqual(["notice", "notice"]);
    // A date with nothing after it up to the edition needs no line.
    app.store.setAsOf("2026-05", "time");
    expect(notice?.hidden).toBe(true);
    app.destroy();
  });

  it("shows no way back at the latest when the embed started at the latest", async () => {
    const app = await mount("?lang=de");
    const notice = document.querySelector<HTMLElement>(".date-notice");
    expect(notice?.hidden).toBe(true);
    app.store.setAsOf("2026-03", "time");
    expect(notice?.hidden).toBe(false);
    expect(notice?.textContent).toContain("Stand: März 2026 · seitdem drei Änderungen");
    notice?.querySelector("button")?.click();
    expect(app.store.get().asOf).toBeNull();
    expect(notice?.hidden).toBe(true);
    app.destroy();
  });
});
