/**
 * Many instances, clean teardown and long sessions. Heap figures are taken after a forced garbage collection
 * (DevTools protocol) and compared with each other in the same run, never with a fixed time.
 */
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { MOTION, PAGE_DEFAULTS, screenshot, useBrowser, waitForIdle } from "./helpers.ts";

const browser = useBrowser();

/** Counts the WebGL contexts a page creates and how many of them are still alive (not lost, not collected). */
function trackWebglContexts() {
  const contexts: WeakRef<WebGLRenderingContext | WebGL2RenderingContext>[] = [];
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    const context = (original as (...a: unknown[]) => unknown).apply(this, args);
    const type = String(args[0]);
    if (context && (type === "webgl" || type === "webgl2")) {
      const gl = context as WebGL2RenderingContext;
      if (!contexts.some((ref) => ref.deref() === gl)) contexts.push(new WeakRef(gl));
    }
    return context;
  } as typeof original;
  (window as unknown as { __liveContexts: () => number }).__liveContexts = () =>
    contexts.filter((ref) => {
      const gl = ref.deref();
      return gl !== undefined && !gl.isContextLost();
    }).length;
}

/** A page of the map's own origin with embed.js loaded and no map on it yet. */
async function emptyHostPage(): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  // A small window: what is measured here (contexts, heap, independence) does not depend on the map's size, and
  // software WebGL draws a smaller map faster.
  // With motion: the long session's selections ease and are cut short, as a reader's are.
  const context = await browser().newContext({
    ...PAGE_DEFAULTS,
    ...MOTION,
    viewport: { width: 640, height: 480 },
  });
  await context.addInitScript(trackWebglContexts);
  // The host page is a bare fragment without an icon; the browser's own favicon request is not the map's.
  await context.route("**/favicon.ico", (route) => route.fulfill({ status: 204, body: "" }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  // Any page of the build will do as a host; the fragment of the static list is the smallest.
  await page.goto(new URL("static/list-de.html", inject("baseUrl")).href);
  await page.evaluate(
    async (src) => {
      const script = document.createElement("script");
      script.type = "module";
      script.src = src;
      const loaded = new Promise((resolve) => script.addEventListener("load", resolve));
      document.body.append(script);
      await loaded;
      await customElements.whenDefined("ai-infra-map");
    },
    new URL("embed.js", inject("baseUrl")).href,
  );
  return { page, cdp: await page.context().newCDPSession(page), errors };
}

/**
 * The size of the page's JavaScript objects after a forced garbage collection, from a heap snapshot: every
 * node's own size except compiled code. V8 keeps compiling hot code to faster machine code for a while, which
 * grows the used heap by hundreds of KB with no object of ours behind it (seen in snapshot diffs); counted as
 * objects, a leak shows and the compiler does not.
 */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  // Two collections: the first can leave garbage that finalizers release for the second.
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  const snapshot = JSON.parse(chunks.join("")) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeAt = fields.indexOf("type");
  const sizeAt = fields.indexOf("self_size");
  const code = types[0].indexOf("code");
  let bytes = 0;
  for (let at = 0; at < snapshot.nodes.length; at += fields.length) {
    if (snapshot.nodes[at + typeAt] !== code) bytes += snapshot.nodes[at + sizeAt] ?? 0;
  }
  return bytes;
}

const liveContexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __liveContexts: () => number }).__liveContexts());

/** Mounts a map, waits until it is ready, and returns nothing that keeps it alive. */
const mountOne = (page: Page) =>
  page.evaluate(async () => {
    const map = document.createElement("ai-infra-map") as HTMLElement & { ready: Promise<void> };
    map.id = "lifecycle";
    document.body.append(map);
    await map.ready;
  });
const removeOne = (page: Page) =>
  page.evaluate(() => {
    document.getElementById("lifecycle")?.remove();
    // The browser's own timing buffer grows with every file loaded; it is not the map's memory.
    performance.clearResourceTimings();
  });

/**
 * After the warm-up, the mount that measures one instance and three more rounds may leave less than a quarter of
 * one instance's objects: a leak of a sixteenth of an instance per round (0.12 MB of the 1.92 MB one instance
 * holds here) reaches that limit. Six rounds against a whole instance, as before, let through up to a seventh per
 * round, and took twice the time. The rounds leave
 * about 0.18 MB (caches that fill once; measured after six rounds, 2026-12-07), so the limit has room for it.
 * It caught a real leak while this was written: font-failure handlers on the document's never-loaded latin-ext
 * faces held every removed element (1.6 to 2 MB after eight to ten rounds, against 0.2 MB once the handlers held
 * only a per-document status).
 */
const WARM_UP_ROUNDS = 3;
const ROUNDS = 3;
/** What the rounds may leave, as a share of one instance's objects. */
const LEFT_AT_MOST = 1 / 4;
/**
 * The two heavy tests here take 40 to 50 s on an idle machine and 68 s with one core kept busy by another
 * process: well within this, where the default 120 s left the long session at 57 % under that load.
 */
const HEAVY_TIMEOUT = 150_000;

describe("removing an element", () => {
  it(
    `releases its WebGL context and its memory, ${ROUNDS} times over`,
    async () => {
      const { page, cdp, errors } = await emptyHostPage();
      // Warm-up: the first instances load the shared code and MapLibre's workers, which stay on purpose, and
      // V8 compiles the hot code to optimized machine code, which also stays (heap snapshots before and after
      // more rounds differ almost only in compiled code and the browser's own timing buffers).
      for (let round = 0; round < WARM_UP_ROUNDS; round++) {
        await mountOne(page);
        await removeOne(page);
      }
      const baseline = { heap: await heapAfterGc(cdp), contexts: await liveContexts(page) };
      await mountOne(page);
      const oneInstance = (await heapAfterGc(cdp)) - baseline.heap;
      expect(await liveContexts(page)).toBe(baseline.contexts + 1);
      await removeOne(page);
      for (let round = 0; round < ROUNDS; round++) {
        await mountOne(page);
        await removeOne(page);
      }
      const after = { heap: await heapAfterGc(cdp), contexts: await liveContexts(page) };
      console.log(
        `teardown, JS objects after GC: baseline ${(baseline.heap / 1e6).toFixed(2)} MB, one instance ${(oneInstance / 1e6).toFixed(2)} MB, ` +
          `after ${ROUNDS} mounts and removals ${(after.heap / 1e6).toFixed(2)} MB`,
      );
      expect(after.contexts).toBe(baseline.contexts);
      expect(oneInstance).toBeGreaterThan(0);
      expect(after.heap - baseline.heap).toBeLessThan(oneInstance * LEFT_AT_MOST);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    HEAVY_TIMEOUT,
  );
});

describe("four maps on one page", () => {
  it("work and stay independent: selection, hover and URL never cross over", async () => {
    const { page, errors } = await emptyHostPage();
    const url = page.url();
    await page.evaluate(() => {
      for (const [index, lang] of ["de", "en", "de", "en"].entries()) {
        const map = document.createElement("ai-infra-map");
        map.id = `map-${index}`;
        map.setAttribute("lang", lang);
        map.setAttribute("height", "400");
        document.body.append(map);
      }
    });
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll("ai-infra-map")].map(
          (map) => (map as unknown as { ready: Promise<void> }).ready,
        ),
      ),
    );
    const states = () =>
      page.locator("ai-infra-map").evaluateAll((maps) => maps.map((map) => map.getAttribute("data-state")));
    expect(await states()).toEqual(["ready", "ready", "ready", "ready"]);

    await page.locator('#map-0 button.row[data-id="loughton"]').click();
    await expect.poll(() => page.locator("#map-0 .aim-popup").count()).toBe(1);
    const pressed = () =>
      page
        .locator('ai-infra-map button.row[aria-pressed="true"]')
        .evaluateAll((rows) =>
          rows.map(
            (row) =>
              `${((row.getRootNode() as ShadowRoot).host as HTMLElement).id}:${row.getAttribute("data-id")}`,
          ),
        );
    expect(await pressed()).toEqual(["map-0:loughton"]);
    expect(await page.locator("ai-infra-map .aim-popup").count()).toBe(1);

    await page.locator('#map-2 button.row[data-id="aker"]').hover();
    const dimmed = () =>
      page
        .locator("ai-infra-map")
        .evaluateAll((maps) =>
          maps.map((map) => map.shadowRoot?.querySelectorAll("button.row.dimmed").length ?? 0),
        );
    // Hovering Aker in the third map dims the unrelated rows there; the first keeps its selection's emphasis.
    const [first, second, third, fourth] = await dimmed();
    expect(third).toBeGreaterThan(0);
    expect([second, fourth]).toEqual([0, 0]);
    expect(first).toBeGreaterThan(0);
    await page.locator("#map-2 button.row[data-id='aker']").evaluate((row) => row.scrollIntoView());
    await screenshot(page, "four-instances");
    expect(await pressed()).toEqual(["map-0:loughton"]);
    // No instance owns this page: the address never changes.
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * The full run is npm run test:soak (SOAK=1). npm test runs a short one, 40 cycles and 20 steps: enough for a
 * leak of about 20 KB per cycle (a popup's details left behind would be more) to cross the limit below.
 */
const SOAK = process.env.SOAK === "1";
const CYCLES = SOAK ? 300 : 40;
const CAMERA_STEPS = SOAK ? 200 : 20;

describe("a long session", () => {
  it(
    `survives ${CYCLES} select/deselect cycles and ${CAMERA_STEPS} pan/zoom steps with a stable heap`,
    async () => {
      const { page, cdp, errors } = await emptyHostPage();
      await mountOne(page);
      const ids = [
        "loughton",
        "stargate-norway",
        "cobalt-park",
        "nscale",
        "openai",
        "nvidia",
        "aker",
        "microsoft",
      ];
      const cycles = (count: number) =>
        page.evaluate(
          async ([count, ids]) => {
            const map = document.getElementById("lifecycle") as unknown as {
              select(id: string | null): void;
            };
            for (let i = 0; i < count; i++) {
              map.select(ids[i % ids.length] ?? null);
              await new Promise((resolve) => requestAnimationFrame(resolve));
              map.select(null);
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
          },
          [count, ids] as const,
        );
      const steps = (count: number) =>
        page.evaluate(async (count) => {
          // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
          const map = (document.getElementById("lifecycle") as any).map;
          // From the same place every time, wherever the last selection left the camera.
          map.jumpTo({ center: [5, 58], zoom: 4 });
          for (let i = 0; i < count; i++) {
            // Back and forth, so every round visits the same places and the tile cache stops growing after
            // the first; a drifting camera would fill the cache with new tiles and look like a leak.
            if (i % 2) map.panBy(i % 4 === 1 ? [120, 40] : [-120, -40], { duration: 0 });
            else map.zoomTo(map.getZoom() + (i % 4 === 0 ? 0.7 : -0.7), { duration: 0 });
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        }, count);
      // A warm-up round on top of the session loads every basemap region and popup once; then the heap is read
      // after each fifth of the session.
      await cycles(8);
      await steps(CAMERA_STEPS / 5);
      const readings: number[] = [];
      for (let round = 0; round < 5; round++) {
        await cycles(CYCLES / 5);
        await steps(CAMERA_STEPS / 5);
        await waitForIdle(page, "#lifecycle");
        readings.push(await heapAfterGc(cdp));
      }
      console.log(
        `long session, JS objects after GC (MB): ${readings.map((bytes) => (bytes / 1e6).toFixed(2)).join(", ")}`,
      );
      expect(errors).toEqual([]);
      expect(await page.locator("#lifecycle").getAttribute("data-state")).toBe("ready");
      // Stable means no steady growth. A cache may fill once, in any fifth or spread over two (a one-off step of
      // 0.45 to 0.65 MB was seen in different fifths of different runs; one CI run read 13.26, 13.51, 13.81, 13.83,
      // 13.80 MB, which failed the median of the growths that this test used before); a leak grows in every
      // fifth. So the smallest of the four growths stays under 1 % of the first reading (a leak of about 20 KB
      // per cycle here, 2 KB in the full run, would exceed it in every fifth), and the whole session under 10 %.
      const first = readings[0] ?? 0;
      const growths = readings.slice(1).map((reading, index) => reading - (readings[index] ?? 0));
      expect(Math.min(...growths)).toBeLessThan(first * 0.01);
      expect((readings[4] ?? 0) - first).toBeLessThan(first * 0.1);
      await page.context().close();
    },
    HEAVY_TIMEOUT,
  );
});
