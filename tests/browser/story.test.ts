/**
 * Story mode in Chromium against the built demo story (demo/story.html and its iframe twin): the reader scrolls
 * the article with a real wheel or real fingers, and each step's date, details, highlight and camera reach the
 * map; scrolling back restores the step before; a jump past several steps applies only the last; the step
 * buttons scroll the article; reduced motion shows no frame between two states; the iframe embed follows its
 * host page's steps; hostile and unknown step attributes are warned about and ignored; two maps on one page
 * follow their own steps, and a removed one stops watching; without JavaScript and without WebGL the picture
 * sticks beside the steps and follows them. Firefox and WebKit scroll the same story in engines.test.ts.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { elementSnippet } from "../../src/embed/embed-snippets.ts";
import { FEATURE_ZOOM, NAMED_VIEWS } from "../../src/story/camera.ts";
import {
  fillArticle,
  keepAcrossTests,
  MAPLIBRE_SCRIPT,
  MOTION,
  type OpenedPage,
  openPage,
  PAGE_DEFAULTS,
  screenshot,
  useBrowser,
  WITHOUT_WEBGL,
  waitForApp,
  waitForIdle,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();
const withoutWebgl = useBrowser(WITHOUT_WEBGL);
/** Waits in this file: generous for a busy machine, and named in the failure. */
const WAIT = { timeout: 20_000 };

// In-page functions: their source is sent to the browser, so each one uses only its own arguments.

/** Records every story step an element reports, in every frame, from before any script of the page runs. */
function recordSteps() {
  const record = {
    steps: [] as number[],
    ids: [] as string[],
    frames: [] as unknown[],
    /** Where the step's heading and the map's sticking box were at the moment the step counted. */
    at: [] as { headingTop: number; headingBottom: number; mapBottom: number; viewport: number }[],
  };
  Object.assign(window, { __story: record });
  document.addEventListener(
    "storystep",
    (event) => {
      const { index, id } = (event as CustomEvent<{ index: number; id: string }>).detail;
      record.steps.push(index);
      record.ids.push(id);
      const heading = document.getElementById(id)?.querySelector("h2")?.getBoundingClientRect();
      const box = document.querySelector(".story-map")?.getBoundingClientRect();
      record.at.push({
        headingTop: heading?.top ?? Number.NaN,
        headingBottom: heading?.bottom ?? Number.NaN,
        mapBottom: box?.bottom ?? Number.NaN,
        viewport: innerHeight,
      });
    },
    true,
  );
}

/** The steps as the article's markup writes them. */
function stepsOf(selector: string) {
  return [...document.querySelectorAll<HTMLElement>(`${selector} [data-aim-step]`)].map((step) => ({
    id: step.id,
    asOf: step.dataset.asOf ?? null,
    site: step.dataset.site ?? null,
    camera: step.dataset.camera ?? null,
    highlight: step.dataset.highlight ?? null,
    title: step.querySelector("h2")?.textContent ?? "",
  }));
}

/** What the first map shows: its date, open details, camera, dimmed features, step buttons, steps reported. */
function mapNow() {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public API and its maplibregl.Map.
  const element = document.querySelector("ai-infra-map") as any;
  const root = element.shadowRoot as ShadowRoot;
  const map = element.map;
  const dimmed = (source: string, ids: string[]) =>
    ids.filter((id) => map?.getFeatureState({ source, id })?.dimmed === true);
  return {
    steps: (window as unknown as { __story: { steps: number[] } }).__story.steps.slice(),
    asOf: element.asOf as string | null,
    open: root.querySelector<HTMLElement>(".aim-popup")?.dataset.id ?? null,
    center: map ? (map.getCenter().toArray() as [number, number]) : null,
    zoom: map ? (map.getZoom() as number) : null,
    dimmed: map
      ? [
          ...dimmed("sites", ["loughton", "stargate-norway", "cobalt-park"]),
          ...dimmed("headquarters", ["nscale", "openai", "nvidia", "aker", "microsoft"]),
        ]
      : [],
    position: root.querySelector(".story-position")?.textContent ?? null,
    focusInMap: root.activeElement !== null,
  };
}

/** Where a step lies in the viewport, and where the map's sticky box ends. */
function layoutOf(index: number) {
  const step = document.querySelectorAll("[data-aim-step]")[index];
  const heading = step?.querySelector("h2")?.getBoundingClientRect();
  const rect = step?.getBoundingClientRect();
  const box = document.querySelector(".story-map")?.getBoundingClientRect();
  return {
    stepTop: rect?.top ?? Number.NaN,
    stepMiddle: rect ? rect.top + rect.height / 2 : Number.NaN,
    headingTop: heading?.top ?? Number.NaN,
    headingBottom: heading?.bottom ?? Number.NaN,
    mapBottom: box?.bottom ?? Number.NaN,
    mapBeside: box && rect ? box.left >= rect.right : false,
    viewport: innerHeight,
  };
}

/** Geography of the data, for the cameras the steps name. */
const features = ["geo/sites.geojson", "geo/headquarters.geojson"].flatMap(
  (file) =>
    (
      JSON.parse(readFileSync(file, "utf8")) as {
        features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
      }
    ).features,
);
const lngLatOf = (id: string) => features.find((f) => f.properties.id === id)?.geometry.coordinates;

/** The Web Mercator centre of a box: where a map that fits it looks. */
function mercatorCentre([west, south, east, north]: readonly number[]): [number, number] {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const lat = (value: number) => (360 / Math.PI) * Math.atan(Math.exp(value)) - 90;
  return [((west ?? 0) + (east ?? 0)) / 2, lat((y(south ?? 0) + y(north ?? 0)) / 2)];
}

type StepMarkup = Awaited<ReturnType<typeof stepsOf>>[number];
type MapNow = ReturnType<typeof mapNow>;

/** The date, details and highlight a step leaves, with what earlier steps set and it does not name. */
function expectedAt(steps: StepMarkup[], index: number) {
  const last = (key: "asOf" | "site" | "camera" | "highlight") =>
    steps
      .slice(0, index + 1)
      .map((step) => step[key])
      .filter((value) => value !== null)
      .at(-1) ?? null;
  const asOf = last("asOf");
  const site = last("site");
  const highlight = last("highlight");
  return {
    asOf: asOf === "latest" ? null : asOf,
    open: site === "none" ? null : site,
    highlight: highlight === "none" ? null : highlight,
    camera: last("camera"),
  };
}

/** Checks what the map shows against what the step at `index` asks for. */
function expectStep(now: MapNow, steps: StepMarkup[], index: number) {
  const wanted = expectedAt(steps, index);
  expect(now.asOf, `step ${index + 1}'s date`).toBe(wanted.asOf);
  expect(now.open, `step ${index + 1}'s details`).toBe(wanted.open);
  // The highlighted company, else the site whose details are open, stands out; what it is not tied to recedes.
  const emphasis = wanted.highlight ?? wanted.open;
  if (emphasis) {
    expect(now.dimmed, `step ${index + 1}'s emphasis on ${emphasis}`).not.toContain(emphasis);
    expect(now.dimmed.length, `step ${index + 1}'s emphasis on ${emphasis}`).toBeGreaterThan(0);
  } else expect(now.dimmed, `step ${index + 1}: nothing stands out`).toEqual([]);
  expect(now.position).toBe(`Schritt ${index + 1} von ${steps.length}`);
  const camera = wanted.camera ?? "";
  const [lng, lat] = now.center ?? [Number.NaN, Number.NaN];
  if (camera in NAMED_VIEWS) {
    const [x, y] = mercatorCentre(NAMED_VIEWS[camera as keyof typeof NAMED_VIEWS]);
    expect(Math.abs(lng - x), `step ${index + 1}'s camera "${camera}"`).toBeLessThan(0.5);
    expect(Math.abs(lat - y), `step ${index + 1}'s camera "${camera}"`).toBeLessThan(0.5);
  } else {
    const [x, y] = lngLatOf(camera) ?? [Number.NaN, Number.NaN];
    expect(Math.abs(lng - x), `step ${index + 1}'s camera on ${camera}`).toBeLessThan(0.01);
    expect(Math.abs(lat - y), `step ${index + 1}'s camera on ${camera}`).toBeLessThan(0.01);
    expect(now.zoom).toBeCloseTo(FEATURE_ZOOM, 1);
  }
}

/** Waits until the map reports step `index` as the latest, and its camera has come to rest. */
async function reached(page: Page, index: number): Promise<MapNow> {
  await page.waitForFunction(
    (i) => (window as unknown as { __story: { steps: number[] } }).__story.steps.at(-1) === i,
    index,
    WAIT,
  );
  await waitForIdle(page);
  return page.evaluate(mapNow);
}

/** Turns the mouse wheel over the steps' column until step `index`'s middle is at the viewport's middle. */
async function wheelTo(page: Page, index: number): Promise<void> {
  const { stepMiddle, viewport } = await page.evaluate(layoutOf, index);
  await page.mouse.move(250, viewport / 2);
  await page.mouse.wheel(0, Math.round(stepMiddle - viewport / 2));
}

/** A context whose pages record their story steps from the start. */
async function recordingContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser().newContext({ ...PAGE_DEFAULTS, ...options });
  await context.addInitScript(recordSteps);
  return context;
}

describe("the demo story, scrolled on a desktop", () => {
  // One page for these tests, as a reader's: each test begins by scrolling to where it starts.
  let shared: OpenedPage | undefined;
  const storyPage = () => {
    if (!shared) throw new Error("the story page is opened in beforeAll");
    return shared;
  };
  beforeAll(async () => {
    shared = await openPage(
      browser(),
      "demo/story.html",
      {},
      keepAcrossTests(await recordingContext(MOTION)),
    );
    expect(await waitForMapState(shared.page)).toBe("ready");
  });
  afterAll(async () => {
    await shared?.page.context().close();
  });

  it("reaches each step's date, details, highlight and camera with the wheel, and scrolling back restores the one before", async () => {
    const { page, errors } = storyPage();
    const steps = await page.evaluate(stepsOf, "#geschichte");
    // Each step's state is under test here, not the flight to its camera, which the tests below fly (and compare
    // with a jump): with reduced motion the map jumps, sparing the cores seven flights in software WebGL.
    await page.emulateMedia({ reducedMotion: "reduce" });
    try {
      expect(steps.length).toBeGreaterThanOrEqual(5);
      const seen: MapNow[] = [];
      for (let index = 0; index < steps.length; index++) {
        await wheelTo(page, index);
        const now = await reached(page, index);
        expectStep(now, steps, index);
        // Scrolling never takes the reader's focus into the map.
        expect(now.focusInMap).toBe(false);
        seen.push(now);
        await screenshot(page, `story-desktop-step-${index + 1}`);
      }
      // Each step was reported once, in order: no step skipped, none repeated (the first maybe at load already).
      expect(seen.at(-1)?.steps).toEqual(steps.map((_, index) => index));
      // Back up to the fourth step: the map shows exactly what it showed there.
      await wheelTo(page, 3);
      const back = await reached(page, 3);
      expectStep(back, steps, 3);
      expect({ ...back, steps: [] }).toEqual({ ...seen[3], steps: [] });
      expect(errors).toEqual([]);
    } finally {
      await page.emulateMedia({ reducedMotion: null });
    }
  });

  it("applies only the last step of a jump past several, and jumps without flying when the reader prefers reduced motion", async () => {
    const { page } = storyPage();
    const steps = await page.evaluate(stepsOf, "#geschichte");
    await wheelTo(page, 0);
    await reached(page, 0);
    // One instant jump from the first step to the fifth: the steps in between are never applied.
    await page.evaluate((i) => {
      const step = document.querySelectorAll("[data-aim-step]")[i];
      step?.scrollIntoView({ block: "center", behavior: "instant" });
    }, 4);
    const jumped = await reached(page, 4);
    expect(jumped.steps.slice(-2)).toEqual([0, 4]);
    expectStep(jumped, steps, 4);

    /** The camera at the step's event and at every frame after it until the map rests, for one step. */
    const framesTo = async (index: number) => {
      await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public maplibregl.Map.
        const map = (document.querySelector("ai-infra-map") as any).map;
        const record = (window as unknown as { __story: { frames: unknown[] } }).__story;
        record.frames = [];
        const sample = () => record.frames.push([...map.getCenter().toArray(), map.getZoom()]);
        document.addEventListener(
          "storystep",
          () => {
            sample();
            const each = () => {
              sample();
              if (map.isMoving()) requestAnimationFrame(each);
            };
            requestAnimationFrame(each);
          },
          { once: true, capture: true },
        );
      });
      // An instant jump, so that no step between is passed on the way.
      await page.evaluate((i) => {
        document
          .querySelectorAll("[data-aim-step]")
          [i]?.scrollIntoView({ block: "center", behavior: "instant" });
      }, index);
      await reached(page, index);
      return page.evaluate(() => (window as unknown as { __story: { frames: number[][] } }).__story.frames);
    };
    // Flying from Europe to Loughton passes through frames between the two views...
    const flown = await framesTo(3);
    expect(new Set(flown.map((frame) => frame.join())).size).toBeGreaterThan(2);
    // ...and with reduced motion the map is at the new view from the step's own moment on.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const jumpedTo = await framesTo(1);
    expect(jumpedTo.length).toBeGreaterThan(0);
    expect(new Set(jumpedTo.map((frame) => frame.map((n) => n.toFixed(6)).join())).size).toBe(1);
    expectStep(await page.evaluate(mapNow), steps, 1);
    await page.emulateMedia({ reducedMotion: null });
  });

  it("lets the keyboard step with the buttons under the map, which scroll the article to the step", async () => {
    const { page } = storyPage();
    const steps = await page.evaluate(stepsOf, "#geschichte");
    const next = page.locator("ai-infra-map .story-next");
    const previous = page.locator("ai-infra-map .story-previous");
    await wheelTo(page, 0);
    expectStep(await reached(page, 0), steps, 0);
    // At the first step there is nothing to go back to.
    expect(await previous.isDisabled()).toBe(true);
    await next.focus();
    await page.keyboard.press("Enter");
    expectStep(await reached(page, 1), steps, 1);
    await page.keyboard.press("Enter");
    expectStep(await reached(page, 2), steps, 2);
    // The article came along: the step's heading is in view, beside the map.
    const layout = await page.evaluate(layoutOf, 2);
    expect(layout.headingTop).toBeGreaterThanOrEqual(0);
    expect(layout.headingBottom).toBeLessThanOrEqual(layout.viewport);
    // The focus stays on the button the reader pressed.
    expect(await next.evaluate((button) => button.matches(":focus"))).toBe(true);
    await previous.focus();
    await page.keyboard.press("Enter");
    expectStep(await reached(page, 1), steps, 1);
    expect(await previous.isDisabled()).toBe(false);
    await screenshot(page, "story-desktop-buttons");
  });
});

describe("the demo story on a phone", () => {
  it("sticks the map above the steps, and a step changes it once its text is in view below the map, by finger or button", async () => {
    // With motion, as a phone reader without a preference has it: the step buttons scroll the article smoothly
    // under a map that sticks at the top, and no other test scrolls a phone's story.
    const context = await recordingContext({
      ...MOTION,
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const { page, errors } = await openPage(browser(), "demo/story.html", {}, context);
    expect(await waitForMapState(page)).toBe("ready");
    const steps = await page.evaluate(stepsOf, "#geschichte");
    const cdp = await context.newCDPSession(page);
    /** One finger drawn up the lower part of the screen: the article scrolls down under the map. */
    const swipe = async () => {
      const points = (y: number) => [{ x: 180, y, id: 0 }];
      // The events carry their own times: the finger moves for 160 ms and rests 200 ms before it lifts, as a
      // reader's does when reading on, so the page does not fling on.
      const start = Date.now() / 1000;
      const at = (seconds: number) => start + seconds;
      const touch = (type: string, y: number | null, seconds: number) =>
        cdp.send("Input.dispatchTouchEvent", {
          type: type as "touchStart",
          touchPoints: y === null ? [] : points(y),
          timestamp: at(seconds),
        });
      await touch("touchStart", 700, 0);
      for (let y = 690, t = 0.016; y >= 600; y -= 10, t += 0.016) await touch("touchMove", y, t);
      await touch("touchMove", 600, 0.36);
      await touch("touchEnd", null, 0.37);
    };
    /**
     * Whether a step has come up to the middle of what the map leaves of the screen once it sticks (its sticky
     * top and its height): where the reader reads it.
     */
    const upToReadingLine = (i: number) =>
      page.evaluate((at) => {
        const step = document.querySelectorAll("[data-aim-step]")[at]?.getBoundingClientRect();
        const box = document.querySelector(".story-map");
        if (!step || !box) return false;
        const mapBottom =
          (Number.parseFloat(getComputedStyle(box).top) || 0) + box.getBoundingClientRect().height;
        return step.top <= mapBottom + (innerHeight - mapBottom) / 2;
      }, i);
    for (let index = 0; index < 2; index++) {
      // Swipes of about 100 px until the step's beginning is read below the map.
      for (let swipes = 0; !(await upToReadingLine(index)); swipes++) {
        expect(swipes, `swipes to step ${index + 1}`).toBeLessThan(40);
        const before = await page.evaluate(() => scrollY);
        await swipe();
        await page.waitForFunction(
          (start) =>
            new Promise((resolve) => {
              // The scroll has moved and come to rest: two frames at the same place.
              requestAnimationFrame(() => {
                const y = scrollY;
                requestAnimationFrame(() => resolve(scrollY === y && scrollY !== start));
              });
            }),
          before,
          WAIT,
        );
      }
      const now = await reached(page, index);
      expect(now.asOf).toBe(expectedAt(steps, index).asOf);
      expect((await page.evaluate(layoutOf, index)).mapBeside).toBe(false);
      // At the moment the step counted, its beginning was in view below the map, not behind it.
      const at = await page.evaluate(
        () => (window as unknown as { __story: { at: Record<string, number>[] } }).__story.at.at(-1) ?? {},
      );
      expect(at.headingTop, `step ${index + 1}'s heading below the map`).toBeGreaterThanOrEqual(
        at.mapBottom ?? Number.NaN,
      );
      expect(at.headingBottom).toBeLessThanOrEqual(at.viewport ?? Number.NaN);
      await screenshot(page, `story-phone-step-${index + 1}`);
    }
    // The step button under the map brings the next step's text just below the map, and the map with it.
    await page.locator("ai-infra-map .story-next").tap();
    const third = await reached(page, 2);
    expect(third.asOf).toBe(expectedAt(steps, 2).asOf);
    const layout = await page.evaluate(layoutOf, 2);
    expect(layout.headingTop).toBeGreaterThanOrEqual(layout.mapBottom);
    expect(layout.headingBottom).toBeLessThanOrEqual(layout.viewport);
    // On a phone a step rings its site without a card over the map; the date is on the map.
    const site = expectedAt(steps, 2).open ?? "";
    expect(third.open).toBeNull();
    expect(
      await page.evaluate(
        () => document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".story-date")?.textContent,
      ),
    ).toBe("Stand: 15. Oktober 2025");
    await screenshot(page, "story-phone-button");
    // A tap on the ringed site opens its details.
    const point = await page.evaluate((lngLat) => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const at = map.project(lngLat);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    }, lngLatOf(site));
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(async () => (await page.evaluate(mapNow)).open, WAIT).toBe(site);
    await screenshot(page, "story-phone-tap");
    expect(errors).toEqual([]);
  });
});

describe("the demo story in the iframe embed", () => {
  it("follows its host page's steps, and its step buttons scroll the host page", async () => {
    // With motion: the host script scrolls the host page smoothly to a step (src/embed/embed-host.ts), a path
    // no other test takes.
    const { page, errors } = await openPage(
      browser(),
      "demo/story-iframe.html",
      {},
      await recordingContext(MOTION),
    );
    const frame = page.frameLocator("iframe.ai-infra-map");
    await frame.locator("ai-infra-map[data-state='ready']").waitFor(WAIT);
    const steps = await page.evaluate(stepsOf, "#geschichte");
    const inFrame = () => {
      const target = page.frames().find((f) => f !== page.mainFrame());
      if (!target) throw new Error("no map frame");
      return target;
    };
    for (const index of [0, 1, 2]) {
      await wheelTo(page, index);
      await inFrame().waitForFunction(
        (i) => (window as unknown as { __story: { steps: number[] } }).__story.steps.at(-1) === i,
        index,
        WAIT,
      );
      const now = await inFrame().evaluate(mapNow);
      const wanted = expectedAt(steps, index);
      expect(now.asOf).toBe(wanted.asOf);
      expect(now.open).toBe(wanted.open);
      expect(now.position).toBe(`Schritt ${index + 1} von ${steps.length}`);
    }
    // The map's own button: the host page scrolls to the next step, which the map then shows.
    const before = await page.evaluate(() => scrollY);
    await frame.locator("ai-infra-map .story-next").click();
    await inFrame().waitForFunction(
      () => (window as unknown as { __story: { steps: number[] } }).__story.steps.at(-1) === 3,
      null,
      WAIT,
    );
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before);
    expect((await inFrame().evaluate(mapNow)).asOf).toBe(expectedAt(steps, 3).asOf);
    // The picture of the step once its camera has arrived.
    await inFrame().evaluate(
      () =>
        new Promise<void>((resolve) => {
          // biome-ignore lint/suspicious/noExplicitAny: the element's public maplibregl.Map.
          const map = (document.querySelector("ai-infra-map") as any).map;
          if (!map.isMoving() && map.loaded()) resolve();
          else map.once("idle", () => resolve());
        }),
    );
    await screenshot(page, "story-iframe");
    expect(errors).toEqual([]);
  });
});

describe("steps an editor wrote", () => {
  /** A host page with two maps, each with its own steps, and MapLibre held back (the picture is the map). */
  async function twoStories(extraSteps = "") {
    const context = await recordingContext();
    await context.route(MAPLIBRE_SCRIPT, () => {
      // Held: the picture, the list and the details are all these tests need.
    });
    // Which steps each IntersectionObserver watches, so that a removed map can be seen to stop watching.
    await context.addInitScript(() => {
      const watched = new Set<Element>();
      Object.assign(window, { __watched: watched });
      const Native = window.IntersectionObserver;
      window.IntersectionObserver = class extends Native {
        #mine = new Set<Element>();
        override observe(target: Element) {
          this.#mine.add(target);
          watched.add(target);
          super.observe(target);
        }
        override disconnect() {
          for (const target of this.#mine) watched.delete(target);
          this.#mine.clear();
          super.disconnect();
        }
      };
    });
    const { page, warnings, errors } = await openPage(
      browser(),
      `${inject("otherOrigin")}/host/blank.html`,
      {},
      context,
    );
    const map = (story: string) =>
      elementSnippet({ base: inject("baseUrl"), lang: "de", site: null, theme: "light", story }, "");
    const tall = 'style="min-height: 80vh"';
    const html = `
      ${map("#first")}
      <div id="first">
        <section data-aim-step id="a1" data-as-of="2025-07-31" ${tall}><h2>A1</h2></section>
        ${extraSteps}
        <section data-aim-step id="a2" data-as-of="2025-10-15" data-site="stargate-norway" ${tall}><h2>A2</h2></section>
      </div>
      <div id="second-map">${map("#second")}</div>
      <div id="second">
        <section data-aim-step id="b1" data-as-of="2026-04-15" ${tall}><h2>B1</h2></section>
        <section data-aim-step id="b2" data-as-of="2025-09-16/2025-09-17" data-site="loughton" ${tall}><h2>B2</h2></section>
      </div>`;
    await page.evaluate(fillArticle, { html, text: "Absatz.", paragraphsAfter: 1 });
    expect(await waitForApp(page, "ai-infra-map")).toBe("loading");
    // The second map starts, as any map does, once the reader nears it.
    const states = () =>
      page.evaluate(() =>
        // biome-ignore lint/suspicious/noExplicitAny: the elements' public API.
        [...document.querySelectorAll("ai-infra-map")].map((element: any) => ({
          asOf: element.asOf as string | null,
          open: element.shadowRoot?.querySelector(".aim-popup")?.dataset.id ?? null,
        })),
      );
    const scrollTo = (id: string) =>
      page.evaluate((target) => document.getElementById(target)?.scrollIntoView({ block: "center" }), id);
    return { page, warnings, errors, states, scrollTo };
  }

  it("follow their own map: two maps on a page each take their own steps, before the live map, and a removed map stops watching", async () => {
    const { page, errors, states, scrollTo } = await twoStories();
    await scrollTo("a2");
    await expect.poll(states, WAIT).toEqual([
      { asOf: "2025-10-15", open: "stargate-norway" },
      { asOf: null, open: null },
    ]);
    // The picture is the map here (MapLibre held back): it shows the step's date, as a redrawn copy of its file.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            document.querySelector("ai-infra-map img[slot='static']")?.getAttribute("src")?.slice(0, 19),
          ),
        WAIT,
      )
      .toBe("data:image/svg+xml;");
    await scrollTo("b2");
    await expect.poll(states, WAIT).toEqual([
      { asOf: "2025-10-15", open: "stargate-norway" },
      { asOf: "2025-09-16/2025-09-17", open: "loughton" },
    ]);
    const watched = () =>
      page.evaluate(() =>
        [...(window as unknown as { __watched: Set<Element> }).__watched].map((step) => step.id).sort(),
      );
    expect(await watched()).toEqual(["a1", "a2", "b1", "b2"]);
    await page.evaluate(() => document.querySelector("ai-infra-map")?.remove());
    expect(await watched()).toEqual(["b1", "b2"]);
    await scrollTo("b1");
    await expect.poll(states, WAIT).toEqual([{ asOf: "2026-04-15", open: null }]);
    expect(errors).toEqual([]);
  });

  it("are warned about and ignored when unknown or hostile, as text, never as markup or an error", async () => {
    const hostile = `
      <section data-aim-step id="bad" data-as-of="2025-13-45" data-site="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"
        data-camera="999,999,99" data-highlight="javascript:window.__pwned=2" style="min-height: 80vh"><h2>Bad</h2></section>`;
    const { page, warnings, errors, states, scrollTo } = await twoStories(hostile);
    await scrollTo("a1");
    await expect.poll(states, WAIT).toEqual([
      { asOf: "2025-07-31", open: null },
      { asOf: null, open: null },
    ]);
    await scrollTo("bad");
    await page.waitForFunction(
      () => (window as unknown as { __story: { ids: string[] } }).__story.ids.includes("bad"),
      null,
      WAIT,
    );
    // Every part of the bad step was ignored: the map stays as the step before left it.
    expect((await states())[0]).toEqual({ asOf: "2025-07-31", open: null });
    const said = warnings.join("\n");
    expect(said).toContain('data-as-of "2025-13-45" is not a date');
    expect(said).toContain('data-site "<img src=x onerror="window.__pwned=1">" is no site or company');
    expect(said).toContain('data-camera "999,999,99" is no view');
    expect(said).toContain('data-highlight "javascript:window.__pwned=2" is no company');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.evaluate(
        () => document.querySelector("ai-infra-map")?.shadowRoot?.querySelectorAll("img").length,
      ),
    ).toBe(0);
    // The next good step still works.
    await scrollTo("a2");
    await expect
      .poll(async () => (await states())[0], WAIT)
      .toEqual({ asOf: "2025-10-15", open: "stargate-norway" });
    expect(errors).toEqual([]);
  });
});

describe("the demo story without JavaScript or WebGL", () => {
  it("keeps the picture in view beside the steps without JavaScript, on a desktop and a phone", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      const { page } = await openPage(browser(), "demo/story.html", { viewport, javaScriptEnabled: false });
      const last = await page.evaluate(() => document.querySelectorAll("[data-aim-step]").length - 1);
      await page.evaluate((i) => {
        document.querySelectorAll("[data-aim-step]")[i]?.scrollIntoView({ block: "end" });
      }, last);
      const picture = await page.evaluate(() => {
        const box = document.querySelector("ai-infra-map img[slot='static']")?.getBoundingClientRect();
        return box ? { top: box.top, bottom: box.bottom } : null;
      });
      // The picture sticks: after scrolling to the last step it is still on screen, whole.
      expect(picture?.top).toBeGreaterThanOrEqual(0);
      expect(picture?.bottom).toBeLessThanOrEqual(viewport.height);
      await screenshot(page, `story-no-js-${viewport.width}`);
      await page.context().close();
    }
  });

  it("lets the picture follow each step's date and details without WebGL, under the strict Content-Security-Policy", async () => {
    const context = await withoutWebgl().newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordSteps);
    // The page and its files come with the policy the README gives (img-src 'self' data:): the picture's
    // redrawn copies are data: images, which it must allow, and nothing else may be refused.
    const reports = inject("cspReportsUrl");
    await fetch(reports, { method: "DELETE" });
    const url = new URL("demo/story.html", inject("cspBaseUrl")).href;
    const { page, errors } = await openPage(withoutWebgl(), url, {}, context);
    expect(await waitForMapState(page)).toBe("error");
    const steps = await page.evaluate(stepsOf, "#geschichte");
    // The picture fills the map's box, though the article's CSS sizes its images ("height: auto"): its links
    // and rings are placed for that box.
    const boxes = await page.evaluate(() => {
      const element = document.querySelector("ai-infra-map");
      const img = element?.querySelector("img[slot='static']")?.getBoundingClientRect();
      const map = element?.shadowRoot?.querySelector(".map")?.getBoundingClientRect();
      return { img: img?.height, map: map?.height };
    });
    expect(boxes.map).toBeGreaterThan(300);
    expect(Math.abs((boxes.img ?? 0) - (boxes.map ?? 0))).toBeLessThanOrEqual(1);
    /** The picture's corner as the image shows it (a redrawn copy of the build's file for another date). */
    const corner = () =>
      page.evaluate(async () => {
        const img = document.querySelector<HTMLImageElement>("ai-infra-map img[slot='static']");
        if (!img) return null;
        // A copy is read from its data: URL (the policy lets no script fetch one), the file from its origin.
        const copy = img.src.match(/^data:image\/svg\+xml;charset=utf-8,(.*)$/);
        const text = copy ? decodeURIComponent(copy[1] ?? "") : await (await fetch(img.src)).text();
        return new DOMParser().parseFromString(text, "image/svg+xml").querySelector("text.label-edition")
          ?.textContent;
      });
    for (const index of [0, 3]) {
      await page.evaluate((i) => {
        document.querySelectorAll("[data-aim-step]")[i]?.scrollIntoView({ block: "center" });
      }, index);
      await page.waitForFunction(
        (i) => (window as unknown as { __story: { steps: number[] } }).__story.steps.at(-1) === i,
        index,
        WAIT,
      );
      const wanted = expectedAt(steps, index);
      const now = await page.evaluate(mapNow);
      expect(now.asOf).toBe(wanted.asOf);
      expect(now.open).toBe(wanted.open);
      await expect.poll(corner, WAIT).toBe(index === 0 ? "Stand: 31. Juli 2025" : "Stand: 31. März 2026");
      await screenshot(page, `story-no-webgl-step-${index + 1}`);
    }
    expect(errors.filter((error) => error.startsWith("uncaught"))).toEqual([]);
    expect(await (await fetch(reports)).json()).toEqual([]);
  });
});
