/**
 * The core of the browser suite, one test body for each engine readers use: Chromium, Firefox and WebKit
 * (Safari's engine). Each test goes through tests/browser/engines.ts, so it can only use what all three offer;
 * where an engine's automation lacks something, the test says so by name.
 */
import { describe, expect, inject, it } from "vitest";
import { elementSnippet, iframeSnippet, type SnippetOptions } from "../../src/embed/embed-snippets.ts";
import {
  ENGINE_TITLES,
  ENGINES,
  type EngineName,
  type EnginePage,
  useEngine,
  waitInPage,
} from "./engines.ts";
import { fillArticle, NOTHING_STORED } from "./helpers.ts";

const SNIPPET: SnippetOptions = { base: "", lang: "de", site: null, theme: "auto" };
const LOUGHTON: [number, number] = [0.0905, 51.6465];
const KVANDAL: [number, number] = [17.5571, 68.5492];
const SITES: [number, number][] = [LOUGHTON, KVANDAL, [-1.534, 54.9911]];
const PARAGRAPH =
  "Die führenden Unternehmen im Bereich künstliche Intelligenz werden Milliarden in neue Rechenzentren zusagen. ".repeat(
    8,
  );

// In-page functions: their source is sent to the browser, so each one uses only its own arguments.

/** The element's state once it is ready or failed, else null. */
function settledState(selector: string): string | null {
  const state = document.querySelector(selector)?.getAttribute("data-state");
  return state === "ready" || state === "error" ? state : null;
}

/** True once the element's picture has faded out completely (its transition has ended). */
function pictureGone(selector: string): boolean {
  const picture = document.querySelector(selector)?.querySelector('[slot="static"]');
  return Boolean(picture && getComputedStyle(picture).visibility === "hidden");
}

/**
 * For each site, the distance in px between its circle in the static picture and the live map's projection of
 * it: at most a pixel or two when the map replaces the picture without a jump. Works for the inline SVG picture.
 */
function pictureOffsets(sites: [number, number][]): number[] {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const canvas = map.getCanvas().getBoundingClientRect();
  const circles = [...document.querySelectorAll(".static-picture svg circle")];
  return sites.map((lngLat) => {
    const live = map.project(lngLat);
    return Math.min(
      ...circles.map((circle) => {
        const box = circle.getBoundingClientRect();
        return Math.hypot(
          box.x + box.width / 2 - canvas.x - live.x,
          box.y + box.height / 2 - canvas.y - live.y,
        );
      }),
    );
  });
}

/** The viewport point of a place on the element's live map. */
function pointOf(lngLat: [number, number]): { x: number; y: number } {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const canvas = map.getCanvas().getBoundingClientRect();
  const point = map.project(lngLat);
  return { x: canvas.x + point.x, y: canvas.y + point.y };
}

/** Ids of the features drawn in the given layers of the element's live map. */
function renderedIds(layers: string[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const ids = map
    .queryRenderedFeatures({ layers })
    .map((f: { properties: { id: string } }) => f.properties.id);
  return [...new Set<string>(ids)].sort();
}

/** The text of the open details popup in the element's shadow root, or null when none is open. */
function popupText(): string | null {
  const popup = document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".aim-popup");
  return popup ? (popup.textContent ?? "") : null;
}

/** The heading of the open details popup, or null. */
function popupHeading(): string | null {
  return (
    document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".aim-popup h2")?.textContent ?? null
  );
}

/** The id of the list row that has focus, or null. */
function focusedRow(): string | null {
  const active = document.querySelector("ai-infra-map")?.shadowRoot?.activeElement;
  return active?.matches("button.row") ? active.getAttribute("data-id") : null;
}

function popupClosed(): boolean {
  return !document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".aim-popup");
}

/** The fault message the element shows over its map, or null when it shows none. */
function faultShown(): string | null {
  const fault = document.querySelector("ai-infra-map")?.shadowRoot?.querySelector<HTMLElement>(".map-fault");
  return fault && !fault.hidden ? (fault.textContent ?? "") : null;
}

/** True once the map has stopped moving and drawn every tile of its view, so a screenshot shows an end state. */
function mapSettled(): boolean {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  return !map.isMoving() && map.areTilesLoaded();
}

/** What the page has stored on the device: every kind of storage a map could use. */
async function stored() {
  return {
    cookies: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  };
}

/**
 * Records every gesture the map turned away with its hint ("Use Ctrl + scroll to zoom the map"), from now on,
 * and returns the zoom and the page's scroll position before the gesture.
 */
function recordHints(): { zoom: number; scroll: number } {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const hints: string[] = [];
  (window as unknown as { __hints: string[] }).__hints = hints;
  map.on("cooperativegestureprevented", (event: { gestureType: string }) => hints.push(event.gestureType));
  return { zoom: map.getZoom(), scroll: scrollY };
}

function scrollToEmbed(selector: string): void {
  document.querySelector(selector)?.scrollIntoView({ block: "center" });
}

/** Records, in the test report, what this engine's automation could not check. */
type Annotate = (message: string, type?: string) => Promise<unknown>;

/** Says what went unchecked: in the report's annotations, and in the run's output where a reader sees it. */
async function reportGap(annotate: Annotate, message: string) {
  console.info(message);
  await annotate(message, "notice");
}

async function expectNoConsoleErrors(page: EnginePage, lacks: string | undefined, annotate: Annotate) {
  const errors = page.consoleErrors();
  if (errors === null) {
    await reportGap(annotate, `${ENGINE_TITLES[page.engine]}: console errors not checked: ${lacks}`);
    return;
  }
  expect(errors).toEqual([]);
}

/**
 * Nothing requested from another origin than `allowed`: every request of the page, its frames and workers where
 * the engine's automation reports them, else the page's own Resource Timing (which misses workers and frames).
 */
async function expectOnlyOrigins(
  page: EnginePage,
  allowed: string[],
  lacks: string | undefined,
  annotate: Annotate,
) {
  let requested = page.requests();
  if (requested === null) {
    await reportGap(
      annotate,
      `${ENGINE_TITLES[page.engine]}: requests read from Resource Timing only: ${lacks}`,
    );
    requested = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => entry.name),
    );
  }
  const foreign = requested.filter(
    (url) => !allowed.some((origin) => url.startsWith(`${origin}/`)) && !/^(data|blob|about):/.test(url),
  );
  expect(foreign).toEqual([]);
}

/** The number of distinct colours inside a box of the viewport in a screenshot: a blank map has one or two. */
function distinctColours(base64: string, box: { x: number; y: number; width: number; height: number }) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: "image/png" })).then((bitmap) => {
    const scale = bitmap.width / innerWidth;
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(box.width);
    canvas.height = Math.round(box.height);
    const context = canvas.getContext("2d");
    if (!context) return 0;
    context.drawImage(
      bitmap,
      box.x * scale,
      box.y * scale,
      box.width * scale,
      box.height * scale,
      0,
      0,
      box.width,
      box.height,
    );
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4)
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return colours.size;
  });
}

/**
 * When the element's picture counted as painted (its performance mark) and when the app's or MapLibre's script
 * was first requested, in page time.
 */
function paintAndLibrary(): { painted: number | null; library: number | null } {
  const painted = performance.getEntriesByName("ai-infra-map:picture-painted", "mark")[0]?.startTime ?? null;
  const library = performance
    .getEntriesByType("resource")
    .find((entry) => /\/assets\/(maplibre-gl|app)-[^/]*\.js$/.test(entry.name));
  return { painted, library: library?.startTime ?? null };
}

/** Clicks a row of the element's list (a click event, not the pointer: this is about what runs under the policy). */
function clickRow(id: string): void {
  document
    .querySelector("ai-infra-map")
    ?.shadowRoot?.querySelector<HTMLElement>(`button.row[data-id="${id}"]`)
    ?.click();
}

/** The map's iframe in a host page, as something waitInPage and evaluate work on. */
function mapFrame(page: EnginePage): Pick<EnginePage, "evaluate"> {
  return {
    evaluate: (fn, ...args) => page.evaluateInFrame("iframe.ai-infra-map", fn, ...args),
  };
}

async function openHost(open: (path: string) => Promise<EnginePage>, markup: string, paragraphsAfter = 3) {
  const page = await open(`${inject("otherOrigin")}/host/blank.html`);
  await page.evaluate(fillArticle, { html: markup, text: PARAGRAPH, paragraphsAfter });
  return page;
}

/** A story step's middle, from the viewport's middle (px): how far the wheel turns to bring it to the line. */
function stepDistance(index: number): number {
  const box = document.querySelectorAll("[data-aim-step]")[index]?.getBoundingClientRect();
  return box ? Math.round(box.top + box.height / 2 - innerHeight / 2) : 0;
}

/** What the story's map shows, once it shows step `index`'s date and details; else null. */
function storyAt(index: number) {
  const step = document.querySelectorAll<HTMLElement>("[data-aim-step]")[index];
  // biome-ignore lint/suspicious/noExplicitAny: the element's public API.
  const element = document.querySelector("ai-infra-map") as any;
  const open = element?.shadowRoot?.querySelector(".aim-popup")?.dataset.id ?? null;
  const asOf = step?.dataset.asOf === "latest" ? null : (step?.dataset.asOf ?? null);
  const site = step?.dataset.site === "none" ? null : (step?.dataset.site ?? null);
  const position = element?.shadowRoot?.querySelector(".story-position")?.textContent;
  return element?.asOf === asOf && open === site && position === `Schritt ${index + 1} von 6`
    ? { asOf, open, scrollY }
    : null;
}

/** Whether the map has come to rest with its centre on a point (within a hundredth of a degree). */
function cameraOn(lngLat: [number, number]): boolean {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const { lng, lat } = map.getCenter();
  return (
    !map.isMoving() &&
    map.areTilesLoaded() &&
    Math.abs(lng - lngLat[0]) < 0.01 &&
    Math.abs(lat - lngLat[1]) < 0.01
  );
}

/** The centre of the story's "next step" button in the viewport. */
function nextButton() {
  const box = document
    .querySelector("ai-infra-map")
    ?.shadowRoot?.querySelector(".story-next")
    ?.getBoundingClientRect();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

describe.each(ENGINES.map((name) => [ENGINE_TITLES[name], name] as [string, EngineName]))(
  "in %s",
  (_, name) => {
    const { engine, open } = useEngine(name);

    it("the standalone page: picture first, replaced without a jump; Tab and Enter open a row's details, Escape closes them", async ({
      annotate,
    }) => {
      const page = await open("index.html");
      expect(await waitInPage(page, "the map to be ready", 45_000, settledState, "ai-infra-map")).toBe(
        "ready",
      );
      await waitInPage(page, "the picture to fade out", 10_000, pictureGone, "ai-infra-map");
      for (const offset of await page.evaluate(pictureOffsets, SITES)) expect(offset).toBeLessThanOrEqual(2);
      // The picture counted as painted (Element Timing in Chromium, a frame after it in the others) before the
      // app's script and MapLibre were even requested; and the inline picture is in the first contentful paint.
      const order = await page.evaluate(paintAndLibrary);
      expect(order.painted).toBeGreaterThan(0);
      expect(order.library).toBeGreaterThan(0);
      expect(order.painted).toBeLessThan(order.library ?? 0);
      const firstPaint = await page.evaluate(
        () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      );
      expect(firstPaint).toBeGreaterThan(0);
      expect(firstPaint).toBeLessThan(order.library ?? 0);
      const png = await page.screenshot("app");
      expect(await page.evaluate(faultShown)).toBeNull();
      // The live map really draws: many colours inside its box, where a blank canvas has one.
      const mapBox = await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const box = (document.querySelector("ai-infra-map") as any).map.getCanvas().getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height };
      });
      expect(await page.evaluate(distinctColours, png.toString("base64"), mapBox)).toBeGreaterThan(20);
      // The sites and headquarters from geo/ are drawn: the sites in this view, the American companies in the world.
      expect(await page.evaluate(renderedIds, ["sites-circle", "sites-hollow"])).toEqual([
        "cobalt-park",
        "loughton",
        "stargate-norway",
      ]);
      await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const map = (document.querySelector("ai-infra-map") as any).map;
        map.jumpTo({ center: [-50, 52], zoom: 1.3 });
        // Idle: every tile loaded and every symbol placed (a jump does not move, so isMoving() says nothing).
        await new Promise((resolve) => map.once("idle", resolve));
      });
      await page.screenshot("app-world");
      expect(await page.evaluate(renderedIds, ["headquarters-symbol"])).toEqual([
        "aker",
        "microsoft",
        "nscale",
        "nvidia",
        "openai",
      ]);
      expect(
        await page.evaluate(
          () => document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".credits")?.textContent,
        ),
      ).toContain("Stand: November 2026");
      // Tab from the page's start until the Kvandal row has focus: the list is in the normal tab order.
      for (let i = 0; i < 30 && (await page.evaluate(focusedRow)) !== "stargate-norway"; i++) {
        await page.press("Tab");
      }
      expect(await page.evaluate(focusedRow)).toBe("stargate-norway");
      await page.press("Enter");
      expect(await waitInPage(page, "the details of Stargate Norway", 10_000, popupHeading)).toBe(
        "Stargate Norway (Kvandal bei Narvik)",
      );
      await waitInPage(page, "the camera to arrive", 10_000, mapSettled);
      await page.screenshot("list-enter");
      const selected = await page.evaluate(() => ({
        pressed: document
          .querySelector("ai-infra-map")
          ?.shadowRoot?.querySelector('button.row[data-id="stargate-norway"]')
          ?.getAttribute("aria-pressed"),
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        longitude: (document.querySelector("ai-infra-map") as any).map.getCenter().lng as number,
        site: new URL(location.href).searchParams.get("site"),
      }));
      expect(selected.pressed).toBe("true");
      expect(selected.longitude).toBeCloseTo(17.56, 0);
      expect(selected.site).toBe("stargate-norway");
      await page.press("Escape");
      await waitInPage(page, "the details to close", 10_000, popupClosed);
      expect(await page.evaluate(focusedRow)).toBe("stargate-norway");
      expect(await page.evaluate(() => new URL(location.href).searchParams.get("site"))).toBeNull();

      await expectOnlyOrigins(page, [new URL(inject("baseUrl")).origin], engine().lacks.requests, annotate);
      expect(await page.evaluate(stored)).toEqual(NOTHING_STORED);
      await expectNoConsoleErrors(page, engine().lacks.console, annotate);
    });

    it("the element embed in another origin's article: picture first, no jump, a wheel that scrolls the article, a click on a site", async ({
      annotate,
    }) => {
      const base = inject("baseUrl");
      const page = await openHost(
        open,
        elementSnippet({ ...SNIPPET, base }, '<div class="static-list"></div>'),
        8,
      );
      await page.evaluate(scrollToEmbed, "ai-infra-map");
      // Once the element has upgraded, and before the map starts, it shows its picture file in the map's frame.
      const before = await waitInPage(page, "the picture in the element's frame", 20_000, () => {
        const host = document.querySelector("ai-infra-map") as HTMLElement;
        const img = host.querySelector<HTMLImageElement>('img[slot="static"]');
        if (!host.shadowRoot?.querySelector(".frame") || !img?.complete || img.naturalWidth === 0)
          return null;
        const box = img.getBoundingClientRect();
        return { top: box.top + scrollY, height: box.height, width: box.width };
      });
      expect(before.height).toBeGreaterThan(300);
      expect(await waitInPage(page, "the map to be ready", 45_000, settledState, "ai-infra-map")).toBe(
        "ready",
      );
      await waitInPage(page, "the picture to fade out", 10_000, pictureGone, "ai-infra-map");
      const after = await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const box = (document.querySelector("ai-infra-map") as any).map.getCanvas().getBoundingClientRect();
        return { top: box.top + scrollY, height: box.height, width: box.width };
      });
      for (const key of ["top", "height", "width"] as const)
        expect(Math.abs(after[key] - before[key])).toBeLessThanOrEqual(1);

      // A plain wheel over the map scrolls the article; the map shows its hint and keeps its zoom.
      const { zoom, scroll } = await page.evaluate(recordHints);
      const centre = await page.evaluate(() => {
        const box = document.querySelector("ai-infra-map")?.getBoundingClientRect() as DOMRect;
        return { x: box.x + box.width / 3, y: box.y + box.height / 2 };
      });
      await page.wheel(centre.x, centre.y, 200);
      await waitInPage(page, "the article to scroll", 10_000, (from: number) => scrollY > from + 50, scroll);
      expect(await page.evaluate(() => (window as unknown as { __hints: string[] }).__hints)).toContain(
        "wheel_zoom",
      );
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      expect(await page.evaluate(() => (document.querySelector("ai-infra-map") as any).map.getZoom())).toBe(
        zoom,
      );
      await page.screenshot("element-wheel");

      // Kvandal: Loughton shares its spot with Nscale's headquarters at this zoom, and a click there offers a choice.
      const kvandal = await page.evaluate(pointOf, KVANDAL);
      await page.click(kvandal.x, kvandal.y);
      expect(await waitInPage(page, "the details of Stargate Norway", 10_000, popupText)).toContain(
        "Kvandal",
      );
      await waitInPage(page, "the camera to arrive", 10_000, mapSettled);
      await page.screenshot("element-click");
      expect(await page.evaluate(faultShown)).toBeNull();
      // The article's own URL and language stay untouched by an element that does not own the page.
      expect(
        await page.evaluate(() => ({ url: location.href, lang: document.documentElement.lang })),
      ).toEqual({
        url: `${inject("otherOrigin")}/host/blank.html`,
        lang: "de",
      });
      await expectOnlyOrigins(
        page,
        [new URL(inject("baseUrl")).origin, inject("otherOrigin")],
        engine().lacks.requests,
        annotate,
      );
      expect(await page.evaluate(stored)).toEqual(NOTHING_STORED);
      await expectNoConsoleErrors(page, engine().lacks.console, annotate);
    });

    it("the iframe embed becomes ready and its host sizes it to the height it posts", async ({
      annotate,
    }) => {
      const base = inject("baseUrl");
      const page = await openHost(open, iframeSnippet({ ...SNIPPET, base }));
      await page.evaluate(scrollToEmbed, "iframe.ai-infra-map");
      const frame = mapFrame(page);
      // The lazy iframe may still be about:blank: wait for the map's own document first.
      await waitInPage(page, "the iframe to load the map", 30_000, () => {
        const frameElement = document.querySelector<HTMLIFrameElement>("iframe.ai-infra-map");
        return performance.getEntriesByType("resource").some((entry) => entry.name === frameElement?.src);
      });
      expect(
        await waitInPage(frame, "the iframe's map to be ready", 45_000, settledState, "ai-infra-map"),
      ).toBe("ready");
      const inner = await frame.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      expect(inner).not.toBe(575);
      await waitInPage(
        page,
        "the host to size the iframe to its content",
        15_000,
        (height: number) =>
          Math.abs(
            (document.querySelector("iframe.ai-infra-map") as HTMLElement).getBoundingClientRect().height -
              height,
          ) <= 2,
        inner,
      );
      expect(await frame.evaluate(stored)).toEqual(NOTHING_STORED);
      expect(await frame.evaluate(faultShown)).toBeNull();
      await page.screenshot("iframe");
      await expectNoConsoleErrors(page, engine().lacks.console, annotate);
    });

    // Chromium scrolls the same story, and much more of it, in story.test.ts.
    it.skipIf(name === "chromium")(
      "the demo story: the wheel over the article reaches each step's date and details, and the step button moves the article",
      async ({ annotate }) => {
        const page = await open("demo/story.html");
        expect(await waitInPage(page, "the map to be ready", 45_000, settledState, "ai-infra-map")).toBe(
          "ready",
        );
        for (const index of [0, 1, 2]) {
          // A reader turns the wheel until the step is where they read: the distance is measured again each turn,
          // as a wheel's scroll need not match its delta to the pixel.
          for (let turns = 0; ; turns++) {
            const distance = await page.evaluate(stepDistance, index);
            if (Math.abs(distance) < 100) break;
            expect(turns, `wheel turns to step ${index + 1}`).toBeLessThan(8);
            const from = await page.evaluate(() => scrollY);
            await page.wheel(250, 400, distance);
            await waitInPage(page, "the article to scroll", 10_000, (y: number) => scrollY !== y, from);
          }
          await waitInPage(page, `step ${index + 1}'s date and details`, 20_000, storyAt, index);
        }
        // The third step's camera is Kvandal's (the demo's data-camera="stargate-norway").
        await waitInPage(page, "the camera on Kvandal", 20_000, cameraOn, KVANDAL);
        await page.screenshot("story-step-3");
        // The map's own button: the article scrolls to the next step, and the map follows it there.
        const before = await page.evaluate(() => scrollY);
        const button = await waitInPage(page, "the step buttons", 10_000, nextButton);
        await page.click(button.x, button.y);
        const fourth = await waitInPage(page, "step 4's date and details", 20_000, storyAt, 3);
        expect(fourth.scrollY).toBeGreaterThan(before);
        await waitInPage(page, "the camera on Loughton", 20_000, cameraOn, LOUGHTON);
        await page.screenshot("story-step-4");
        expect(await page.evaluate(faultShown)).toBeNull();
        await expectNoConsoleErrors(page, engine().lacks.console, annotate);
      },
    );

    it("the demo article runs both embeds under the strict Content-Security-Policy without a violation", async ({
      annotate,
    }) => {
      const reports = inject("cspReportsUrl");
      await fetch(reports, { method: "DELETE" });
      const page = await open(new URL("demo/article.html", inject("cspBaseUrl")).href);
      await page.evaluate(scrollToEmbed, "ai-infra-map");
      expect(
        await waitInPage(page, "the element's map to be ready", 45_000, settledState, "ai-infra-map"),
      ).toBe("ready");
      // The details open under the policy too (popups, fonts, the worker's data).
      await page.evaluate(clickRow, "loughton");
      await waitInPage(page, "the details of Loughton", 10_000, popupText);
      await page.evaluate(scrollToEmbed, "iframe.ai-infra-map");
      const frame = mapFrame(page);
      await waitInPage(page, "the iframe to load the map", 30_000, () =>
        performance.getEntriesByType("resource").some((entry) => entry.name.includes("embed=1")),
      );
      expect(
        await waitInPage(frame, "the iframe's map to be ready", 45_000, settledState, "ai-infra-map"),
      ).toBe("ready");
      await frame.evaluate(clickRow, "stargate-norway");
      expect(await waitInPage(frame, "the iframe's details of Stargate Norway", 10_000, popupText)).toContain(
        "Kvandal",
      );
      await page.screenshot("demo-article");
      expect(await page.evaluate(faultShown)).toBeNull();
      expect(await frame.evaluate(faultShown)).toBeNull();
      expect(await page.evaluate(stored)).toEqual(NOTHING_STORED);
      expect(await frame.evaluate(stored)).toEqual(NOTHING_STORED);
      await expectOnlyOrigins(
        page,
        [new URL(inject("cspBaseUrl")).origin],
        engine().lacks.requests,
        annotate,
      );

      // Before the refused script below, which the browser reports as a console error of its own.
      await expectNoConsoleErrors(page, engine().lacks.console, annotate);

      // The policy is in force and its reports arrive: an inline script is refused, and that is the only report.
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.body.append(script);
      });
      expect(await page.evaluate(() => "__inlineRan" in window)).toBe(false);
      type Report = { "blocked-uri"?: string; "violated-directive"?: string; "effective-directive"?: string };
      const read = async () => (await (await fetch(reports)).json()) as Report[];
      await expect.poll(async () => (await read()).length, { timeout: 10_000 }).toBeGreaterThan(0);
      const received = (await read()).map(
        (report) =>
          `${report["effective-directive"] ?? report["violated-directive"]} ${report["blocked-uri"]}`,
      );
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/^script-src(-elem)? inline$/);
    });
  },
);
