/**
 * The map without sight (issue 23), in the built app. A virtual screen reader (@guidepup/virtual-screen-reader
 * 0.33, loaded into the page) listens while the reader enters the map, walks every marker by arrow keys, opens
 * and closes details and changes the date, in German and English; the keyboard walk then runs in Chromium,
 * Firefox and WebKit; axe checks every state; the table "Wer mit wem" and the edge pointer are photographed.
 *
 * The virtual screen reader observes one container. Given the element's shadow root (where the map region,
 * its markers, the live region and the details are), it hears everything the live map says; the picture's
 * links live in the page's light DOM, outside that container, so on the picture it hears the live region and
 * the focus is read from the document instead.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createI18n, type Lang } from "../../src/i18n/index.ts";
import { WALK_KEYS } from "../../src/map/markers.ts";
import { describeChange, describeView, walkAnnouncement } from "../../src/model/describe.ts";
import { walkEverything } from "../a11y/walk-plan.ts";
import { realView } from "../map/fixtures.ts";
import { ENGINE_TITLES, ENGINES, useEngine, waitInPage } from "./engines.ts";
import {
  openPage,
  openWithoutLiveMap,
  screenshot,
  seriousAxeViolations,
  useBrowser,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();
const ARTICLE = "2025-09-16/2025-09-17";

/** The virtual screen reader's browser build, as a classic script that leaves it on `window.__vsr`. */
const VSR = (() => {
  const source = readFileSync(
    "node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js",
    "utf8",
  );
  const name = /export\{[^}]*?([\w$]+) as virtual\b/.exec(source)?.[1];
  if (!name) throw new Error("the virtual screen reader's browser build no longer exports `virtual`");
  return source.replace(/export\{[^}]*\};?/, `window.__vsr=${name};`);
})();

/** What the map's live region says now. */
const announced = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".map-announcer")?.textContent ?? "",
  );

/** The id of the live map's marker that has focus, or null. */
const focusedMarker = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector("ai-infra-map")?.shadowRoot?.activeElement;
    return active?.matches("button.map-marker") ? active.getAttribute("data-id") : null;
  });

/** The keys that visit every marker from the first site, with what the live region says after each. */
function plan(lang: Lang, asOf?: string) {
  const view = realView(lang, undefined, undefined, asOf);
  const points = view.targets.map((t) => ({ id: t.id, lngLat: t.lngLat }));
  const start = points[0]?.id ?? "";
  const walk = walkEverything(points, start);
  // The walk the tests follow reaches every site and company: each key press below is one of its steps.
  expect(points.length).toBeGreaterThan(1);
  expect(new Set([start, ...walk.map((step) => step.to)])).toEqual(new Set(points.map((p) => p.id)));
  return {
    view,
    start,
    steps: walk.map((step) => ({ ...step, says: walkAnnouncement(view, step.from, step.to) })),
  };
}

describe("with a virtual screen reader on the live map", () => {
  it.each(["de", "en"] as const)(
    "in %s: entering the map, walking every marker, opening and closing details, changing the date",
    async (lang) => {
      const i18n = createI18n(lang);
      const { page, errors } = await openPage(browser(), `index.html?lang=${lang}`);
      expect(await waitForMapState(page)).toBe("ready");
      await page.addScriptTag({ content: VSR });
      await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the virtual screen reader is injected as a global.
        await (window as any).__vsr.start({
          container: document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".frame"),
        });
      });
      const log = () =>
        // biome-ignore lint/suspicious/noExplicitAny: the virtual screen reader is injected as a global.
        page.evaluate(() => (window as any).__vsr.spokenPhraseLog() as Promise<string[]>);

      // Entering the map: the region says its name and the map in words, as of the edition.
      const { view, start, steps } = plan(lang);
      const entered = (await log()).find((phrase) => phrase.startsWith("region, "));
      expect(entered).toBe(`region, ${i18n.t("app.mapLabel")}, ${describeView(view).text}`);

      // The first site's marker, as Tab from the map's canvas reaches it (one marker is in the Tab order).
      await page.locator("ai-infra-map canvas.maplibregl-canvas").focus();
      await page.keyboard.press("Tab");
      expect(await focusedMarker(page)).toBe(start);
      const scrollBefore = await page.evaluate(() => window.scrollY);
      for (const step of steps) {
        await page.keyboard.press(step.key);
        await expect.poll(() => focusedMarker(page)).toBe(step.to);
        await expect.poll(() => announced(page)).toBe(step.says);
      }
      // The keys moved the focus and nothing else: the page did not scroll.
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      const spoken = await log();
      const label = (id: string) => view.targets.find((t) => t.id === id)?.label;
      // Each move is heard twice over: the focused marker's name, then the live region's where and how far.
      for (const step of steps) {
        // (The virtual screen reader says "key shortcuts" in its own English, whatever the page's language.)
        expect(spoken).toContain(`button, ${label(step.to)}, key shortcuts ${WALK_KEYS}`);
        expect(spoken).toContain(`polite: ${step.says}`);
      }
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Enter opens the details of the focused marker; Escape closes them and returns to that marker.
      const last = steps.at(-1)?.to ?? start;
      await page.keyboard.press("Enter");
      const heading = view.details(last)?.heading ?? "";
      await expect
        .poll(async () => (await log()).some((p) => p.startsWith("dialog, ") && p.includes(heading)))
        .toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await expect.poll(() => focusedMarker(page)).toBe(last);

      // Changing the date: the slider says the date, the live region only what the map now draws otherwise.
      const article = realView(lang, undefined, undefined, ARTICLE);
      await page.locator("ai-infra-map .time-button[data-step=article]").click();
      const change = describeChange(view, article).changes.join(" ");
      await expect.poll(() => announced(page)).toBe(change);
      await expect.poll(async () => (await log()).includes(`polite: ${change}`)).toBe(true);
      expect(await log()).toContain(`polite: ${article.time.showing}`);
      // The region's description follows the date: the map as of the article, knowing nothing later.
      const description = () =>
        document.querySelector("ai-infra-map")?.shadowRoot?.querySelector("#map-description")?.textContent;
      expect(await page.evaluate(description)).toBe(describeView(article).text);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the virtual screen reader is injected as a global.
        await (window as any).__vsr.stop();
      });
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe("the table 'Wer mit wem' and the edge pointer, for the eye", () => {
  it("lists the arcs drawn row for row in the panel, at 375 and 1280 px, light and dark", async () => {
    for (const [width, theme] of [
      [1280, "light"],
      [375, "dark"],
      [375, "light"],
      [1280, "dark"],
    ] as const) {
      // The table is the panel's, drawn from the view model before the live map: MapLibre is held back, so
      // the four pages spare the cores four starts of the live map in software WebGL.
      const { page } = await openWithoutLiveMap(browser(), `index.html?theme=${theme}`, {
        viewport: { width, height: 800 },
      });
      const table = page.locator("ai-infra-map details.who-with-whom");
      await table.waitFor({ state: "attached" });
      const toggle = page.locator("ai-infra-map .panel-toggle");
      if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
      await table.locator("summary").click();
      const view = realView("de");
      expect(
        await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id"))),
      ).toEqual(view.relations.rows.map((r) => r.id));
      expect(await table.locator("thead th").allTextContents()).toEqual(view.relations.columns);
      await table.scrollIntoViewIfNeeded();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await table.screenshot({ path: `tests/screenshots/who-with-whom-${width}-${theme}.png` });
      await page.context().close();
    }
  });

  it("shows at town zoom where London lies, with the description's distance", async () => {
    const { page } = await openPage(browser(), "index.html");
    expect(await waitForMapState(page)).toBe("ready");
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      (document.querySelector("ai-infra-map") as any).map.jumpTo({ center: [0.0905, 51.6465], zoom: 12 });
    });
    const pointer = page.locator("ai-infra-map .edge-pointer");
    await expect.poll(() => pointer.isVisible()).toBe(true);
    expect(await pointer.textContent()).toBe("London · 21 km");
    expect(await pointer.getAttribute("aria-label")).toBe(
      "London liegt rund 21 km südwestlich der Kartenmitte",
    );
    await screenshot(page, "edge-pointer-town-zoom");
    await page.context().close();
  });
});

describe("keyboard walking in every engine", () => {
  for (const engine of ENGINES) {
    describe(ENGINE_TITLES[engine], () => {
      const { open } = useEngine(engine);
      it("walks every marker by arrow keys, says where each lies, opens details with Enter and closes them with Escape", async () => {
        const page = await open("index.html?lang=en");
        await waitInPage(page, "the map to be ready", 60_000, () => {
          const state = document.querySelector("ai-infra-map")?.getAttribute("data-state");
          return state === "ready" || state === "error" ? state : null;
        });
        const { start, steps } = plan("en");
        const read = () =>
          page.evaluate(() => {
            const root = document.querySelector("ai-infra-map")?.shadowRoot;
            const active = root?.activeElement;
            return {
              id: active?.matches("button.map-marker") ? active.getAttribute("data-id") : null,
              says: root?.querySelector(".map-announcer")?.textContent ?? "",
              scrollY: Math.round(window.scrollY),
            };
          });
        await page.evaluate((id) => {
          document
            .querySelector("ai-infra-map")
            ?.shadowRoot?.querySelector<HTMLElement>(`button.map-marker[data-id="${id}"]`)
            ?.focus();
        }, start);
        expect((await read()).id).toBe(start);
        for (const step of steps) {
          await page.press(step.key);
          const now = await waitInPage(
            page,
            `focus on ${step.to}`,
            10_000,
            (to) => {
              const root = document.querySelector("ai-infra-map")?.shadowRoot;
              return root?.activeElement?.getAttribute("data-id") === to;
            },
            step.to,
          );
          expect(now).toBe(true);
          expect(await read()).toEqual({ id: step.to, says: step.says, scrollY: 0 });
        }
        await page.press("Enter");
        const heading = await waitInPage(
          page,
          "the details",
          10_000,
          () =>
            document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".aim-popup h2")?.textContent,
        );
        const last = steps.at(-1)?.to ?? start;
        expect(heading).toBe(realView("en").details(last)?.heading);
        await page.press("Escape");
        await waitInPage(
          page,
          "the focus back on the marker",
          10_000,
          (id) => {
            const root = document.querySelector("ai-infra-map")?.shadowRoot;
            return !root?.querySelector(".aim-popup") && root?.activeElement?.getAttribute("data-id") === id;
          },
          last,
        );
        await page.screenshot("walk-end");
      });
    });
  }
});
