/**
 * Shared steps of the browser tests: launch the system Chromium, open the built app, collect console errors
 * and every request, and wait for the element's own ready state (never for a fixed time).
 */
import { mkdirSync } from "node:fs";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Frame,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { CHROMIUM_ARGS } from "../../scripts/chromium-args.mjs";

export { CHROMIUM_ARGS };

export const SCREENSHOT_DIR = "tests/screenshots";

/** Contexts that outlive a test: the shared pages of useMapPage() and keepAcrossTests(), closed with the browser. */
const kept = new WeakSet<BrowserContext>();

/**
 * Keeps a context open from one test to the next (the tests of a describe block that share a page); the caller
 * closes it in its afterAll.
 */
export function keepAcrossTests(context: BrowserContext): BrowserContext {
  kept.add(context);
  return context;
}

/** Chromium's flags for a browser without WebGL: the picture stays the map, and MapLibre is never requested. */
export const WITHOUT_WEBGL = ["--disable-webgl", "--disable-3d-apis"] as const;

/**
 * A Chromium for the calling test file. The default one is launched once for all files by the global setup
 * (global-setup.ts), and each file connects to it: a launch and its first page cost about 2 s of CPU here, once
 * per file before. A file's connection sees only the contexts it opened, and closing it closes them. With
 * `extraArgs` (e.g. WITHOUT_WEBGL) the file launches a Chromium of its own.
 */
export function connectBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (extraArgs.length === 0) return chromium.connect(inject("chromiumEndpoint"));
  return chromium.launch({ executablePath: inject("chromePath"), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * The Chromium for the calling test file (see connectBrowser): connected or launched before its tests, and
 * closed after them with every context the file kept. Every context a test opened is closed after that test,
 * passed or failed, so that no map it left loading or moving keeps the cores busy during the next test.
 * Returns a getter, because the browser exists only once the hook has run.
 */
export function useBrowser(extraArgs: readonly string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(extraArgs);
  });
  afterEach(async () => {
    const open = browser?.contexts().filter((context) => !kept.has(context)) ?? [];
    await Promise.allSettled(open.map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is launched in beforeAll; use it inside a test");
    return browser;
  };
}

/**
 * What every test page is opened with unless its test says otherwise: a desktop window, and a reader who prefers
 * reduced motion, so that a selection or a step jumps instead of easing for 700 ms or more. Each such move costs
 * its time in frames drawn by software WebGL; the tests that are about a flight (the desktop story, the three
 * engines' pages, the touch gestures) ask for motion with `MOTION`, and one test per kind of move checks the jump.
 */
export const PAGE_DEFAULTS = {
  viewport: { width: 1280, height: 800 },
  reducedMotion: "reduce",
} as const satisfies BrowserContextOptions;

/** For a test about a flight or a gesture's momentum: the reader has no preference. */
export const MOTION = { reducedMotion: "no-preference" } as const satisfies BrowserContextOptions;

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  warnings: string[];
}

export async function openPage(
  browser: Browser,
  path: string,
  context: BrowserContextOptions = {},
  /** A context prepared by the caller (routes, init scripts); `context` options are ignored then. */
  existing?: BrowserContext,
): Promise<OpenedPage> {
  const browserContext = existing ?? (await browser.newContext({ ...PAGE_DEFAULTS, ...context }));
  const page = await browserContext.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    requests.push(request.url());
  });
  // Chromium's console message for a failed load omits the URL; record it here so a failure names the file.
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(new URL(path, inject("baseUrl")).href);
  return { page, errors, requests, warnings };
}

/** MapLibre's chunk of the build: the live map's script. */
export const MAPLIBRE_SCRIPT = /\/assets\/maplibre-gl-[^/]*\.js$/;

/**
 * Opens a page whose live map never arrives: MapLibre's script is requested (the element asks for it as soon as
 * the picture has painted) and never answered. The picture, the list and the details work as they do before
 * the live map in any reader's browser (the app needs no MapLibre), and the cores are spared the live map's
 * start in software WebGL (about 2.5 s of CPU per page here). For tests of what does not depend on the live
 * map: the picture, the details, the data, the embeds' text and options.
 */
export async function openWithoutLiveMap(
  browser: Browser,
  path: string,
  context: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const browserContext = await browser.newContext({ ...PAGE_DEFAULTS, ...context });
  await browserContext.route(MAPLIBRE_SCRIPT, () => {
    // Held: never answered, so the live map never starts.
  });
  return openPage(browser, path, {}, browserContext);
}

/**
 * Waits until the element's app answers the reader (its list is up; the live map may still be loading or held
 * back), and returns the element's state then: "loading" while the live map has not arrived.
 */
export async function waitForApp(target: Page | Frame, selector = "ai-infra-map"): Promise<string> {
  const handle = await target.waitForFunction(
    (sel) => {
      const host = document.querySelector<HTMLElement>(sel);
      return host?.shadowRoot?.querySelector("button.row") ? (host.dataset.state ?? "") : null;
    },
    selector,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Waits until the first <ai-infra-map> says it is ready (or failed), and returns that state. */
export async function waitForMapState(page: Page, selector = "ai-infra-map"): Promise<string> {
  const handle = await page.waitForFunction(
    (sel) => {
      const state = document.querySelector<HTMLElement>(sel)?.dataset.state;
      return state === "ready" || state === "error" ? state : null;
    },
    selector,
    { timeout: 90_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Waits until the map has finished loading and drawing everything the current view needs. */
export async function waitForIdle(page: Page, selector = "ai-infra-map"): Promise<void> {
  await page.evaluate(
    (sel) =>
      new Promise<void>((resolve) => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const map = (document.querySelector(sel) as any).map;
        if (map.loaded() && !map.isMoving()) {
          map.once("idle", () => resolve());
          map.triggerRepaint();
        } else {
          map.once("idle", () => resolve());
        }
      }),
    selector,
  );
}

/** A page that the tests of one describe block share, and the way back to its first state. */
export interface SharedPage extends OpenedPage {
  /**
   * Returns the map to the state it was opened in, through the element's public API and the reader's own
   * means: no selection (select(null)), nothing hovered or focused, the first camera, the page scrolled to its
   * top, the date it was opened at, no emulated media beyond the context's; then waits until the map has drawn
   * that view. Fails if details or a chooser are still open, so that no test starts on another's state.
   */
  reset(): Promise<void>;
}

/**
 * One page with a ready live map for the tests of the calling describe block: opened before the first of them
 * (so each test can still run alone) and closed after the last. A fresh page costs about 1.5 s of software
 * WebGL to `ready` here, and most tests only need a live map in its first state, which reset() restores.
 * Its console errors are collected over all its tests: a test that asserts none sees those of the earlier
 * tests too.
 */
export function useMapPage(
  browser: () => Browser,
  path: string,
  context: BrowserContextOptions = {},
): () => SharedPage {
  let shared: SharedPage | undefined;
  beforeAll(async () => {
    const browserContext = await browser().newContext({ ...PAGE_DEFAULTS, ...context });
    kept.add(browserContext);
    const opened = await openPage(browser(), path, {}, browserContext);
    const { page } = opened;
    const state = await waitForMapState(page);
    if (state !== "ready") throw new Error(`the shared page ${path} is ${state}, not ready`);
    await waitForIdle(page);
    const first = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const element = document.querySelector("ai-infra-map") as any;
      const map = element.map;
      return {
        center: map.getCenter().toArray() as [number, number],
        zoom: map.getZoom() as number,
        bearing: map.getBearing() as number,
        pitch: map.getPitch() as number,
        asOf: element.asOf as string | null,
      };
    });
    const reset = async () => {
      // Back to the context's own reduced motion: null would mean the system's (no preference), not the context's.
      const reducedMotion = context.reducedMotion ?? PAGE_DEFAULTS.reducedMotion;
      await page.emulateMedia({ colorScheme: context.colorScheme ?? null, reducedMotion, media: null });
      // With theme "auto" a test may have changed the scheme: wait until the map follows the one restored.
      await page.waitForFunction((scheme) => {
        const element = document.querySelector<HTMLElement & { options: { theme: string } }>("ai-infra-map");
        return element?.options.theme !== "auto" || element.dataset.theme === scheme;
      }, context.colorScheme ?? "light");
      await page.mouse.move(0, 0);
      await page.evaluate((camera) => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public API and map.
        const element = document.querySelector("ai-infra-map") as any;
        element.select(null);
        element.asOf = camera.asOf;
        element.shadowRoot?.activeElement?.blur();
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
        element.shadowRoot?.querySelector(".panel-body")?.scrollTo(0, 0);
        element.map.jumpTo(camera);
      }, first);
      await waitForIdle(page);
      const left = await page.evaluate(() => {
        const root = document.querySelector("ai-infra-map")?.shadowRoot;
        return {
          open: root?.querySelectorAll(".aim-popup, .aim-chooser").length ?? -1,
          state: document.querySelector<HTMLElement>("ai-infra-map")?.dataset.state,
        };
      });
      if (left.open !== 0 || left.state !== "ready")
        throw new Error(`reset left the shared page with ${left.open} open surfaces, state ${left.state}`);
    };
    shared = { ...opened, reset };
  });
  afterAll(async () => {
    await shared?.page.context().close();
  });
  return () => {
    if (!shared) throw new Error("the shared page is opened in beforeAll; use it inside a test");
    return shared;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** Ids of the features rendered in the given layers of the first element's map (runs in the page). */
export function renderedIds(layerIds: string[]): string[] {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const ids = map
    .queryRenderedFeatures({ layers: layerIds })
    .map((f: { properties: { id: string } }) => f.properties.id);
  return [...new Set<string>(ids)].sort();
}

/** Distinct colours of a PNG and the share (0 to 1) of its pixels in one colour, decoded by the browser itself. */
export async function pngStats(
  page: Page,
  png: Buffer,
  hex = "#000000",
): Promise<{ distinct: number; share: number }> {
  return page.evaluate(
    async ([base64, colour]) => {
      const target = Number.parseInt((colour ?? "").slice(1), 16);
      const bytes = Uint8Array.from(atob(base64 ?? ""), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d");
      if (!context) return { distinct: 0, share: 0 };
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const colours = new Set<number>();
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
        colours.add(rgb);
        if (rgb === target) hits++;
      }
      return { distinct: colours.size, share: hits / (data.length / 4) };
    },
    [png.toString("base64"), hex] as const,
  );
}

/** The map's iframe embed on a host page: brought into view (it loads lazily, as in an article) and awaited. */
export async function embedFrame(page: Page): Promise<Frame> {
  await page.locator("iframe.ai-infra-map").scrollIntoViewIfNeeded();
  await expect
    .poll(() => page.frames().some((f) => f.url().includes("embed=1")), { timeout: 30_000 })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().includes("embed=1"));
  if (!frame) throw new Error("the iframe embed did not load");
  return frame;
}

/** What a page or frame has stored on the device: every kind of storage a map could use. */
export function storedOnDevice(target: Page | Frame) {
  return target.evaluate(async () => ({
    cookies: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/** storedOnDevice() for a page that stored nothing. */
export const NOTHING_STORED = {
  cookies: "",
  localStorage: 0,
  sessionStorage: 0,
  indexedDB: 0,
  caches: 0,
  serviceWorkers: 0,
} as const;

/**
 * Runs in a host fixture page (tests/fixtures/host/blank.html): puts the embed markup into its article between
 * paragraphs of text, and re-creates the markup's scripts, which do not run when inserted through innerHTML.
 * One argument, so that Playwright's evaluate and the engines' driver layer both can pass it.
 */
export function fillArticle({
  html,
  text,
  paragraphsAfter,
}: {
  html: string;
  text: string;
  paragraphsAfter: number;
}) {
  const article = document.getElementById("article") as HTMLElement;
  const paragraph = () => Object.assign(document.createElement("p"), { textContent: text });
  article.append(paragraph(), paragraph());
  const slot = document.createElement("div");
  slot.innerHTML = html;
  article.append(slot);
  for (let i = 0; i < paragraphsAfter; i++) article.append(paragraph());
  for (const old of slot.querySelectorAll("script")) {
    const script = document.createElement("script");
    for (const attribute of old.attributes) script.setAttribute(attribute.name, attribute.value);
    old.replaceWith(script);
  }
}

/** The serious and critical axe-core violations on the page, as "rule: targets" lines (none is the goal). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  return page.evaluate(async () => {
    // The page at rest: a figure that fades in after a change of date is checked once it is whole (axe measures
    // the contrast of what is painted now). Animations that never end have no rest to wait for.
    const roots = [
      document,
      ...[...document.querySelectorAll("*")].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
    ];
    await Promise.all(
      roots
        .flatMap((root) => root.getAnimations())
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => {})),
    );
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global.
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v: { id: string; nodes: { target: unknown }[] }) =>
          `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`,
      );
  });
}
