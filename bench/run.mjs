/**
 * npm run bench: the app against a bare MapLibre page with the app's own style and data, in one run, on one
 * loopback server, alternating A B A B … after a warm-up pair. Prints min, median and max of each figure and
 * the ratio of the medians (app / reference). Timings are printed, never asserted: these machines are shared.
 *
 * Besides the load, each pair times what a reader feels: from navigation until a tap on Loughton is answered
 * (the app: a tap on its picture as soon as that has painted; the reference: a tap on its map once ready),
 * and the same for the app in a browser without WebGL, where the reference shows no map at all.
 *
 * The live channel has a table of its own: the same element snippet in an article, through live/ and pinned
 * to v/<version>/ (paint and ready), and when the pinned copy asks for releases.json, against its ready.
 *
 * Story mode has a table of its own: the demo story page's ready against the standalone page's (the same
 * pair), the frame times of a step's flight (the story moves the map from its "uk" step to Kvandal, with the
 * step's change of date) against the reference flying the same way for as long, and the longest task of a
 * change of date without a camera move (the element's asOf), for which the reference has no counterpart.
 *
 * With --breakdown it prints instead where the time until ready goes, app beside reference (bench/breakdown.mjs).
 *
 * Usage: npm run bench [-- --pairs 10] [--breakdown]
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build, runnerImport } from "vite";
import { CHROMIUM_ARGS } from "../scripts/chromium-args.mjs";
import { findChromium } from "../scripts/find-browsers.mjs";
import { BREAKDOWN_ROWS, breakdownOf } from "./breakdown.mjs";

const root = resolve(import.meta.dirname, "..");
const pairs = Number(process.argv[process.argv.indexOf("--pairs") + 1]) || 10;
const VIEWPORT = { width: 1280, height: 800 };
const LOUGHTON = [0.0905, 51.6465];
const KVANDAL = [17.5571, 68.5492];

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const appDir = join(root, "dist", "v", version);
const referenceDir = join(root, "bench", ".out", "reference");

// 1. The app, built exactly as it ships.
process.env.NODE_ENV = "production";
await build({ root, logLevel: "warn", mode: "production" });

// 2. One server for both pages, gzip on the fly as a web server would, so transfer sizes are realistic.
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
const hostDir = join(root, "bench", ".out", "host");
const mounts = [
  ["/reference/", referenceDir],
  [`/v/${version}/`, appDir],
  ["/host/", hostDir],
  // The live channel and the release log, as the build wrote them beside v/.
  ["/live/", join(root, "dist", "live")],
  ["/releases.json", join(root, "dist", "releases.json")],
];
/** Every response body the server sent (gzip where compressed), with its time: the worker's requests included. */
const sent = [];
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  const mount = mounts.find(([prefix]) => path.startsWith(prefix));
  const rest = mount ? path.slice(mount[0].length) : "";
  const file = mount
    ? normalize(mount[0].endsWith("/") ? join(mount[1], rest || "index.html") : mount[1])
    : "";
  if (!mount || !file.startsWith(mount[1]) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  // Like a static host: revalidate with an ETag, so a file fetched twice in one page costs a 304 the second time.
  const stat = statSync(file);
  const etag = `"${stat.size}-${stat.mtimeMs}"`;
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, { ETag: etag }).end();
    return;
  }
  let body = readFileSync(file);
  const headers = { "Content-Type": type, "Cache-Control": "no-cache", ETag: etag };
  if (!/png|woff2/.test(type) && /gzip/.test(String(request.headers["accept-encoding"]))) {
    body = gzipSync(body, { level: 6 });
    headers["Content-Encoding"] = "gzip";
  }
  response.writeHead(200, headers).end(body);
  sent.push({ at: Date.now(), bytes: body.length, url: request.url });
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;
const appBase = `${origin}/v/${version}/`;

// 3. The reference page: MapLibre's own distribution files and the app's style, exported now.
rmSync(referenceDir, { recursive: true, force: true });
mkdirSync(referenceDir, { recursive: true });
const maplibreDist = join(root, "node_modules", "maplibre-gl", "dist");
for (const file of ["maplibre-gl.mjs", "maplibre-gl-worker.mjs", "maplibre-gl.css"])
  copyFileSync(join(maplibreDist, file), join(referenceDir, file));
for (const file of ["reference.html", "reference.js", "reference.css"])
  copyFileSync(
    join(root, "bench", file),
    join(referenceDir, file === "reference.html" ? "index.html" : file),
  );
const { module } = await runnerImport(join(root, "bench", "reference-style.ts"));
writeFileSync(join(referenceDir, "style.json"), JSON.stringify(module.referenceStyle(root, appDir, appBase)));

// The article pages of the live channel's table: one element snippet each, live and pinned.
const snippets = (await runnerImport(join(root, "bench", "snippets.ts"))).module;
const staticList = readFileSync(join(appDir, "static", "list-de.html"), "utf8");
mkdirSync(hostDir, { recursive: true });
for (const [kind, base] of [
  ["live", `${origin}/live/`],
  ["pinned", appBase],
]) {
  const snippet = snippets.elementSnippet({ lang: "de", site: null, theme: "auto", base }, staticList);
  writeFileSync(
    join(hostDir, `${kind}.html`),
    `<!doctype html><html lang="de"><meta charset="utf-8"><title>Artikel</title><body><h1>Artikel</h1>${snippet}</body></html>`,
  );
}

// 4. Measuring one load.
function observe(watchTap = false) {
  const m = { paint: null, fcp: null, ready: null, answered: null, longTasks: [] };
  window.__bench = m;
  // The answer to a tap: the app's details or chooser (in its shadow root), or the reference's popup. Looked
  // for once a frame, and only in the tap runs, so that the load runs carry no extra work.
  const watch = () => {
    const root = document.querySelector("ai-infra-map")?.shadowRoot;
    if (root?.querySelector(".aim-surface") || document.querySelector(".maplibregl-popup")) {
      m.answered = performance.now();
      return;
    }
    requestAnimationFrame(watch);
  };
  if (watchTap) requestAnimationFrame(watch);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === "static-picture") m.paint ??= e.renderTime || e.startTime;
  }).observe({ type: "element", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") m.fcp ??= e.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) m.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  // The element's ready event does not bubble; a capturing listener on the document still hears it.
  document.addEventListener(
    "ready",
    (event) => {
      if (event.target?.localName === "ai-infra-map") m.ready ??= performance.now();
    },
    true,
  );
}

async function flight({ isApp, loughton, kvandal }) {
  const map = isApp ? document.querySelector("ai-infra-map").map : window.map;
  const once = (type) => new Promise((done) => map.once(type, done));
  map.jumpTo({ center: loughton, zoom: 8 });
  await once("idle");
  const frames = [];
  let last = 0;
  let running = true;
  const tick = (time) => {
    if (last) frames.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  map.flyTo({ center: kvandal, zoom: 8, duration: 4000, essential: true });
  await once("moveend");
  for (let step = 0; step < 10; step++) {
    map.zoomTo(map.getZoom() + (step < 5 ? 0.6 : -0.6), { duration: 300, essential: true });
    await once("moveend");
  }
  running = false;
  return frames;
}

async function measure(browser, kind, canvasSize) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(observe);
  // The server's record of this run alone: runs never overlap, and the worker's requests are in it too.
  const firstSent = sent.length;
  const isApp = kind === "app";
  const url = isApp
    ? `${appBase}index.html`
    : `${origin}/reference/index.html?w=${canvasSize.width}&h=${canvasSize.height}`;
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 180_000, polling: 50 });
  const load = await page.evaluate(() => {
    const m = window.__bench;
    const during = m.longTasks.filter(([start]) => start <= m.ready);
    return {
      origin: performance.timeOrigin,
      paint: m.paint ?? m.fcp,
      ready: m.ready,
      longTaskCount: during.length,
      longTaskMs: during.reduce((sum, [, duration]) => sum + duration, 0),
    };
  });
  const transfers = sent.slice(firstSent);
  const bytesBy = (pageTime) =>
    transfers.filter((t) => t.at <= load.origin + pageTime).reduce((sum, t) => sum + t.bytes, 0);
  const bytesPaint = bytesBy(load.paint);
  const bytesReady = bytesBy(load.ready);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const size = await page.evaluate((app) => {
    const map = app ? document.querySelector("ai-infra-map").map : window.map;
    const canvas = map.getCanvas();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  }, isApp);
  const frames = await page.evaluate(flight, { isApp, loughton: LOUGHTON, kvandal: KVANDAL });
  const total = sent.slice(firstSent).reduce((sum, t) => sum + t.bytes, 0);
  if (process.argv.includes("--resources"))
    for (const t of sent.slice(firstSent))
      process.stderr.write(`${kind} ${(t.bytes / 1024).toFixed(1)} KB ${t.url}\n`);
  const pct = (p) => percentile(frames, p);
  await context.close();
  return {
    result: {
      paint: load.paint,
      ready: load.ready,
      bytesPaint,
      bytesReady,
      bytesTotal: total,
      longTaskCount: load.longTaskCount,
      longTaskMs: load.longTaskMs,
      heapMb: usedSize / 1024 / 1024,
      frameP50: pct(50),
      frameP95: pct(95),
    },
    size,
  };
}

/**
 * One load of the element snippet in an article, live or pinned: paint and ready, and for the pinned copy when
 * (after ready, ms) it asked for the release log; NaN where it did not ask.
 */
async function measureEmbed(browser, kind) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const firstSent = sent.length;
  await page.goto(`${origin}/host/${kind}.html`);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 180_000, polling: 50 });
  const load = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    paint: window.__bench.paint ?? window.__bench.fcp,
    ready: window.__bench.ready,
  }));
  // The pinned copy's look waits for an idle moment (at most 2 s): wait for it, or as long, for the live one.
  const asked = () => sent.slice(firstSent).find((t) => t.url === "/releases.json");
  for (let waited = 0; !asked() && waited < 3000; waited += 100) await page.waitForTimeout(100);
  const log = asked();
  await context.close();
  return {
    paint: load.paint,
    ready: load.ready,
    logAfterReady: log ? log.at - load.origin - load.ready : Number.NaN,
  };
}

/** The frame times of one camera move on the page's map, from its movestart to its moveend (in the page). */
function framesOfNextMove({ isApp }) {
  const map = isApp ? document.querySelector("ai-infra-map").map : window.map;
  return new Promise((done) => {
    const frames = [];
    let last = 0;
    let moving = true;
    const tick = (time) => {
      if (last) frames.push(time - last);
      last = time;
      if (moving) requestAnimationFrame(tick);
    };
    map.once("movestart", () => requestAnimationFrame(tick));
    map.once("moveend", () => {
      moving = false;
      done(frames);
    });
  });
}

/** The value at percentile `p` of some values. */
const percentile = (values, p) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** The step of the demo story whose camera is "uk", and the next one, which flies to Kvandal. */
const STORY_FROM = 1;
const STORY_TO = 2;
// The story's named views, its flight's length and the zoom it shows a site at, from the app's own module.
const { module: camera } = await runnerImport(join(root, "src", "story", "camera.ts"));

/**
 * The demo story in the app: its ready, a step's flight (frames from the flight's start to its end) and a change
 * of date through the element's asOf (the app's script until asOf returns, and the longest task in the 1.5 s
 * after it).
 */
async function measureStory(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${appBase}demo/story.html`);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 180_000, polling: 50 });
  const ready = await page.evaluate(() => window.__bench.ready);
  const toStep = (index) =>
    page.evaluate(
      (i) =>
        new Promise((done, fail) => {
          const map = document.querySelector("ai-infra-map").map;
          const late = setTimeout(() => fail(new Error(`story step ${i + 1} not reached in 30 s`)), 30_000);
          const reached = () =>
            map.once("idle", () => {
              clearTimeout(late);
              done();
            });
          document.addEventListener("storystep", reached, { once: true, capture: true });
          document
            .querySelectorAll("[data-aim-step]")
            [i].scrollIntoView({ block: "center", behavior: "instant" });
        }),
      index,
    );
  await toStep(STORY_FROM);
  const flight = page.evaluate(framesOfNextMove, { isApp: true });
  await toStep(STORY_TO);
  const frames = await flight;
  const size = await page.evaluate(() => {
    const canvas = document.querySelector("ai-infra-map").map.getCanvas();
    return { width: canvas.clientWidth, height: canvas.clientHeight };
  });
  const change = await page.evaluate(async () => {
    const element = document.querySelector("ai-infra-map");
    const start = performance.now();
    element.asOf = "2026-04-15";
    // The app's own script: the new view, the list, the legend, the words, the map's new data handed over.
    const script = performance.now() - start;
    await new Promise((done) => setTimeout(done, 1500));
    const during = window.__bench.longTasks.filter(([at]) => at >= start);
    return { script, longest: Math.max(0, ...during.map(([, duration]) => duration)) };
  });
  await context.close();
  return {
    ready,
    stepP95: percentile(frames, 95),
    dateChangeLongest: change.longest,
    dateChangeScript: change.script,
    size,
  };
}

/**
 * The reference flying as the story's step does: from the "uk" view to Kvandal, for as long, in a box as big.
 * As in the story, it has been at Kvandal before (the story's first step), so neither loads Kvandal's region in
 * the flight.
 */
async function measureReferenceStep(browser, storySize) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${origin}/reference/index.html?w=${storySize.width}&h=${storySize.height}`);
  await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 180_000, polling: 50 });
  await page.evaluate(
    ({ uk, kvandal, zoom }) =>
      new Promise((done) => {
        window.map.jumpTo({ center: kvandal, zoom });
        window.map.once("idle", () => {
          window.map.fitBounds(uk, { padding: 40, animate: false });
          window.map.once("idle", done);
        });
      }),
    { uk: camera.NAMED_VIEWS.uk, kvandal: KVANDAL, zoom: camera.FEATURE_ZOOM },
  );
  const flight = page.evaluate(framesOfNextMove, { isApp: false });
  await page.evaluate(
    ({ center, zoom, duration }) => window.map.flyTo({ center, zoom, duration, essential: false }),
    { center: KVANDAL, zoom: camera.FEATURE_ZOOM, duration: camera.STEP_FLIGHT_MS },
  );
  const frames = await flight;
  await context.close();
  return { stepP95: percentile(frames, 95) };
}

/**
 * From navigation until a tap on Loughton is answered. The app is tapped on its picture's link as soon as the
 * picture has painted (before the element's script, the link's fragment carries the tap); the reference on its
 * map once it is ready, since before that it has nothing to tap.
 */
let pictureLink = null;

async function measureTap(browser, kind, canvasSize) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(observe, true);
  const isApp = kind === "app";
  const url = isApp
    ? `${appBase}index.html`
    : `${origin}/reference/index.html?w=${canvasSize.width}&h=${canvasSize.height}`;
  await page.goto(url, { waitUntil: "commit" });
  if (isApp) {
    // Where the link is does not depend on the load: it is measured once, so that the tap needs no round trip
    // to a page whose main thread may be busy (that round trip alone delayed the tap by up to a second).
    pictureLink ??= await page.locator('.picture-target[data-id="loughton"]').boundingBox();
    await page.waitForFunction(() => window.__bench?.paint, null, { timeout: 60_000, polling: "raf" });
    await page.mouse.click(pictureLink.x + pictureLink.width / 2, pictureLink.y + pictureLink.height / 2);
  } else {
    await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 180_000, polling: 50 });
    const point = await page.evaluate((lngLat) => {
      const p = window.map.project(lngLat);
      const rect = window.map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, LOUGHTON);
    await page.mouse.click(point.x, point.y);
  }
  await page.waitForFunction(() => window.__bench?.answered, null, { timeout: 180_000, polling: "raf" });
  const answered = await page.evaluate(() => window.__bench.answered);
  await context.close();
  return answered;
}

// 5. The run: a warm-up pair, then A B A B ….
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const machine = await (async () => {
  const page = await browser.newPage();
  const renderer = await page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl?.getExtension("WEBGL_debug_renderer_info");
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unknown";
  });
  await page.close();
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), Chromium ${browser.version()}, WebGL: ${renderer}`;
})();

// The same Chromium without WebGL, for the app's tap where no live map can run.
const noWebgl = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"],
});
if (process.argv.includes("--breakdown")) {
  await printBreakdown();
  process.exit(0);
}

/** The --breakdown run: a warm-up load for the canvas size, then app and reference in turn, medians side by side. */
async function printBreakdown() {
  const { size } = await measure(browser, "app", { width: 800, height: 600 });
  const options = {
    viewport: VIEWPORT,
    setup: observe,
    isReady: () => window.__bench?.ready,
    readyAt: () => window.__bench.ready,
  };
  const loads = { app: [], reference: [] };
  for (let pair = 0; pair < pairs; pair++) {
    loads.app.push(await breakdownOf(browser, `${appBase}index.html`, options));
    const reference = `${origin}/reference/index.html?w=${size.width}&h=${size.height}`;
    loads.reference.push(await breakdownOf(browser, reference, options));
    process.stderr.write(`breakdown pair ${pair + 1}/${pairs} done\n`);
  }
  await browser.close();
  await noWebgl.close();
  server.close();
  const median = (values) => {
    const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
    if (!sorted.length) return Number.NaN;
    const mid = sorted.length / 2;
    return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const cell = (n) => (Number.isFinite(n) ? n.toFixed(0) : "–");
  console.log(
    `\nai-infra-map ${version}: where the time until ready goes, median of ${pairs} loads each; machine: ${machine}\n`,
  );
  console.log("| until ready | app | reference | app − reference |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [key, label] of BREAKDOWN_ROWS) {
    const a = median(loads.app.map((load) => load[key]));
    const b = median(loads.reference.map((load) => load[key]));
    console.log(`| ${label} | ${cell(a)} | ${cell(b)} | ${cell(a - b)} |`);
  }
}

const runs = { app: [], reference: [], story: [], channel: [] };
let canvasSize = { width: 800, height: 600 };
for (let pair = -1; pair < pairs; pair++) {
  const app = await measure(browser, "app", canvasSize);
  canvasSize = app.size;
  const reference = await measure(browser, "reference", canvasSize);
  app.result.tap = await measureTap(browser, "app", canvasSize);
  reference.result.tap = await measureTap(browser, "reference", canvasSize);
  app.result.tapNoWebgl = await measureTap(noWebgl, "app", canvasSize);
  // Without WebGL the reference has no map to tap.
  reference.result.tapNoWebgl = Number.NaN;
  const story = await measureStory(browser);
  const referenceStep = await measureReferenceStep(browser, story.size);
  const live = await measureEmbed(browser, "live");
  const pinned = await measureEmbed(browser, "pinned");
  if (pair < 0) continue;
  runs.channel.push({ live, pinned });
  runs.app.push(app.result);
  runs.reference.push(reference.result);
  runs.story.push({
    ready: { app: story.ready, reference: app.result.ready },
    stepP95: { app: story.stepP95, reference: referenceStep.stepP95 },
    dateChangeLongest: { app: story.dateChangeLongest, reference: Number.NaN },
    dateChangeScript: { app: story.dateChangeScript, reference: Number.NaN },
  });
  process.stderr.write(`pair ${pair + 1}/${pairs} done\n`);
}
await browser.close();
await noWebgl.close();
server.close();

// 6. The table.
const ROWS = [
  ["map picture painted (ms)", "paint"],
  ["ready: idle, all layers drawn (ms)", "ready"],
  ["tap on Loughton answered (ms)", "tap"],
  ["tap on Loughton answered, no WebGL (ms)", "tapNoWebgl"],
  ["KB transferred before paint", "bytesPaint", 1 / 1024],
  ["KB transferred before ready", "bytesReady", 1 / 1024],
  ["KB transferred in total", "bytesTotal", 1 / 1024],
  ["long tasks until ready (count)", "longTaskCount"],
  ["long tasks until ready (ms)", "longTaskMs"],
  ["frame time p50 in flight + zoom (ms)", "frameP50"],
  ["frame time p95 in flight + zoom (ms)", "frameP95"],
  ["JS heap after load, after GC (MB)", "heapMb"],
];
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
};
const fmt = (n) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1)) : "–");
const line = (cells) => `| ${cells.join(" | ")} |`;
console.log(
  `\nai-infra-map ${version} benchmark, ${pairs} pairs after a warm-up pair, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
);
console.log(`machine: ${machine}`);
console.log(
  `reference: bare MapLibre ${JSON.parse(readFileSync(join(root, "node_modules/maplibre-gl/package.json"), "utf8")).version} with the app's style, map canvas ${canvasSize.width}×${canvasSize.height} px as in the app\n`,
);
console.log(line(["figure", "app min / median / max", "reference min / median / max", "ratio of medians"]));
console.log(line(["---", "---", "---", "---"]));
for (const [label, key, scale = 1] of ROWS) {
  const a = stats(runs.app.map((r) => r[key] * scale));
  const b = stats(runs.reference.map((r) => r[key] * scale));
  const triple = (s) => `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;
  // A figure the reference cannot have (no map without WebGL) says so instead of a number.
  const reference = Number.isNaN(b.median) ? "no map without WebGL" : triple(b);
  const ratio = Number.isFinite(b.median) && b.median ? (a.median / b.median).toFixed(2) : "–";
  console.log(line([label, triple(a), reference, ratio]));
}

// 7. Story mode: the demo story page against the standalone page (ready) and the reference (a step's flight).
const STORY_ROWS = [
  ["ready: the story page (app) against the standalone page (ms)", "ready", "standalone page"],
  ["frame time p95 in a step's flight, with its change of date (ms)", "stepP95", "reference"],
  ["longest task in a change of date without a camera move (ms)", "dateChangeLongest", "no dates"],
  ["the app's script of that change of date, until asOf returns (ms)", "dateChangeScript", "no dates"],
];
console.log("\nStory mode (demo/story.html, the same pairs):\n");
console.log(line(["figure", "story min / median / max", "against min / median / max", "ratio of medians"]));
console.log(line(["---", "---", "---", "---"]));
for (const [label, key, against] of STORY_ROWS) {
  const a = stats(runs.story.map((r) => r[key].app));
  const b = stats(runs.story.map((r) => r[key].reference));
  const triple = (s) => `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;
  const other = Number.isNaN(b.median) ? against : `${against}: ${triple(b)}`;
  const ratio = Number.isFinite(b.median) && b.median ? (a.median / b.median).toFixed(2) : "–";
  console.log(line([label, triple(a), other, ratio]));
}

// 8. The live channel: the same element snippet through live/ and pinned to v/<version>/.
const CHANNEL_ROWS = [
  ["element snippet: map picture painted (ms)", "paint"],
  ["element snippet: ready (ms)", "ready"],
];
console.log("\nThe live channel (an article with the element snippet, the same pairs):\n");
console.log(line(["figure", "live min / median / max", "pinned min / median / max", "ratio of medians"]));
console.log(line(["---", "---", "---", "---"]));
const triple = (s) => `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;
for (const [label, key] of CHANNEL_ROWS) {
  const a = stats(runs.channel.map((r) => r.live[key]));
  const b = stats(runs.channel.map((r) => r.pinned[key]));
  console.log(line([label, triple(a), triple(b), b.median ? (a.median / b.median).toFixed(2) : "–"]));
}
const asked = runs.channel.map((r) => r.pinned.logAfterReady);
const liveAsked = runs.channel.filter((r) => Number.isFinite(r.live.logAfterReady)).length;
console.log(
  line([
    "pinned copy: releases.json asked for, ms after ready (never before)",
    "–",
    triple(stats(asked.filter(Number.isFinite))),
    `asked in ${asked.filter(Number.isFinite).length} of ${asked.length} pinned loads, ${liveAsked} live`,
  ]),
);
