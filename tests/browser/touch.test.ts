/**
 * Fingers on an embedded map, on a 375 px phone (Chromium with touch emulation). Touches go through the
 * DevTools protocol's Input.dispatchTouchEvent, which feeds them to the browser's own input pipeline, so the
 * browser itself decides whether a finger scrolls the page, exactly as on a phone.
 */
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { elementSnippet } from "../../src/embed/embed-snippets.ts";
import {
  fillArticle,
  keepAcrossTests,
  screenshot,
  useBrowser,
  waitForIdle,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();
/** Waits in this file: generous for a busy machine, and named in the failure. */
const POLL = { timeout: 10_000 };

const PARAGRAPH =
  "Die führenden Unternehmen im Bereich künstliche Intelligenz werden Milliarden in neue Rechenzentren zusagen. ".repeat(
    4,
  );

type Point = { x: number; y: number };

/** An article on a phone with the element embed between paragraphs, the map in the middle of the screen. */
async function phoneArticle(gestures?: "greedy"): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const context = keepAcrossTests(
    await browser().newContext({
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${inject("otherOrigin")}/host/blank.html`);
  const snippet = elementSnippet({ base: inject("baseUrl"), lang: "de", site: null, theme: "auto" }, "");
  await page.evaluate(fillArticle, {
    html: gestures ? snippet.replace("<ai-infra-map", `<ai-infra-map gestures="${gestures}"`) : snippet,
    text: PARAGRAPH,
    paragraphsAfter: 4,
  });
  await page.evaluate(() => document.querySelector("ai-infra-map")?.scrollIntoView({ block: "center" }));
  expect(await waitForMapState(page)).toBe("ready");
  return { page, cdp: await context.newCDPSession(page), errors };
}

/**
 * One phone for the tests below, opened before the first (so each test can still run alone) and closed after
 * the last: the gestures are under test, not the page's load, which costs a live map's start in software WebGL.
 * Each test begins from the phone's first state (see firstState). Its console errors are collected over all its
 * tests.
 */
let phone: { page: Page; cdp: CDPSession; errors: string[]; camera: unknown } | undefined;
beforeAll(async () => {
  const opened = await phoneArticle();
  const camera = await opened.page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
    const map = (document.querySelector("ai-infra-map") as any).map;
    return {
      center: map.getCenter().toArray(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    };
  });
  phone = { ...opened, camera };
});
afterAll(async () => {
  await phone?.page.context().close();
});

/**
 * The phone as it was opened: nothing selected, the map's first view, drawn, in the middle of the screen, and
 * the article at rest (a swipe may leave it flinging). Fails if details are still open.
 */
async function firstState(): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  if (!phone) throw new Error("the phone is opened in beforeAll; use it inside a test");
  const { page, camera } = phone;
  await page.evaluate((first) => {
    // biome-ignore lint/suspicious/noExplicitAny: the element's public API and map.
    const element = document.querySelector("ai-infra-map") as any;
    element.select(null);
    element.map.jumpTo(first);
    element.scrollIntoView({ block: "center" });
  }, camera);
  await waitForIdle(page);
  // At rest: ten frames in a row without a scroll. Two were not enough: a fling from the swipe before can pause
  // for a frame and go on (7 px in one CI run, read as the two-finger pan scrolling the article).
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        let y = scrollY;
        let still = 0;
        const check = () => {
          still = scrollY === y ? still + 1 : 0;
          y = scrollY;
          if (still >= 10) resolve(true);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
  const open = await page.locator("ai-infra-map .aim-popup").count();
  if (open !== 0) throw new Error(`the phone's first state has ${open} details open`);
  return phone;
}

/** Moves one or more fingers in a straight line from `from` to `to` (one point per finger), in steps. */
async function drag(cdp: CDPSession, from: Point[], to: Point[], steps = 12): Promise<void> {
  const at = (t: number) =>
    from.map((start, finger) => {
      const end = to[finger] ?? start;
      return { x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t, id: finger };
    });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(step / steps) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

async function tap(cdp: CDPSession, point: Point): Promise<void> {
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ ...point, id: 0 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

const camera = (page: Page) =>
  page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
    const map = (document.querySelector("ai-infra-map") as any).map;
    const { lng, lat } = map.getCenter();
    return {
      lng,
      lat,
      zoom: map.getZoom() as number,
      scroll: window.scrollY,
      // A pinch the browser took for itself would zoom the page (the visual viewport), not the map.
      pageScale: window.visualViewport?.scale ?? 1,
    };
  });

/** The map's box on screen. */
const mapBox = (page: Page) =>
  page.evaluate(() => {
    const box = document
      .querySelector("ai-infra-map")
      ?.shadowRoot?.querySelector(".map")
      ?.getBoundingClientRect();
    if (!box) throw new Error("no map");
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  });

/** Records every gesture the map turns away with its hint ("Use two fingers to move the map") from now on. */
const recordHints = (page: Page) =>
  page.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
    const map = (document.querySelector("ai-infra-map") as any).map;
    const hints: string[] = [];
    (window as unknown as { __hints: string[] }).__hints = hints;
    map.on("cooperativegestureprevented", (event: { gestureType: string }) => hints.push(event.gestureType));
  });
const hints = (page: Page) => page.evaluate(() => (window as unknown as { __hints: string[] }).__hints);

describe("on a phone, with fingers", () => {
  it("one finger over the map scrolls the article and shows the two-finger hint; the map stays put", async () => {
    const { page, cdp, errors } = await firstState();
    const box = await mapBox(page);
    const before = await camera(page);
    await recordHints(page);
    const x = box.x + box.width / 2;
    await drag(cdp, [{ x, y: box.y + box.height * 0.7 }], [{ x, y: box.y + box.height * 0.2 }]);
    await expect.poll(async () => (await camera(page)).scroll, POLL).toBeGreaterThan(before.scroll + 100);
    expect(await hints(page)).toContain("touch_pan");
    await screenshot(page, "touch-one-finger");
    const after = await camera(page);
    expect({ lng: after.lng, lat: after.lat, zoom: after.zoom }).toEqual({
      lng: before.lng,
      lat: before.lat,
      zoom: before.zoom,
    });
    expect(errors).toEqual([]);
  });

  it("two fingers pan the map and pinch-zoom it, and the article stays where it is", async () => {
    const { page, cdp } = await firstState();
    const box = await mapBox(page);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = await camera(page);
    // Both fingers move 120 px up together: a pan that moves the map north. The same move with one finger
    // scrolls the article (the test above); with two, the article stays where it is.
    const fingers = [
      { x: centre.x - 40, y: centre.y + 60 },
      { x: centre.x + 40, y: centre.y + 60 },
    ];
    await drag(
      cdp,
      fingers,
      fingers.map((f) => ({ x: f.x, y: f.y - 120 })),
    );
    await expect.poll(async () => (await camera(page)).lat, POLL).toBeLessThan(before.lat - 1);
    const panned = await camera(page);
    expect(panned.scroll).toBe(before.scroll);
    // The fingers spread from 60 px apart to 220 px: a pinch that zooms in.
    await drag(
      cdp,
      [
        { x: centre.x - 30, y: centre.y },
        { x: centre.x + 30, y: centre.y },
      ],
      [
        { x: centre.x - 110, y: centre.y },
        { x: centre.x + 110, y: centre.y },
      ],
    );
    await expect.poll(async () => (await camera(page)).zoom, POLL).toBeGreaterThan(panned.zoom + 0.5);
    const pinched = await camera(page);
    expect(pinched.scroll).toBe(before.scroll);
    expect(pinched.pageScale).toBe(1);
    await screenshot(page, "touch-two-fingers");
  });

  it("a tap on a site opens its details, and a tap on their close button closes them", async () => {
    const { page, cdp } = await firstState();
    // Kvandal stands alone; Loughton shares its spot with Nscale's headquarters at this zoom.
    const kvandal = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const canvas = map.getCanvas().getBoundingClientRect();
      const point = map.project([17.5571, 68.5492]);
      return { x: canvas.x + point.x, y: canvas.y + point.y };
    });
    await tap(cdp, kvandal);
    const popup = page.locator("ai-infra-map .aim-popup");
    await expect.poll(() => popup.count(), POLL).toBe(1);
    expect(await popup.textContent()).toContain("Kvandal");
    await screenshot(page, "touch-tap-open");
    const close = await page.locator("ai-infra-map .aim-popup .surface-close").boundingBox();
    if (!close) throw new Error("the details have no close button");
    await tap(cdp, { x: close.x + close.width / 2, y: close.y + close.height / 2 });
    await expect.poll(() => popup.count(), POLL).toBe(0);
  });
});
