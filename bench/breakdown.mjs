/**
 * Where the time until ready goes, for one load of a page (npm run bench -- --breakdown): a Chromium trace from
 * navigation to ready, read into the page's main thread by kind of work (self time, so nothing counts twice),
 * the busy time of its workers and of the GPU process, and from Resource Timing when the files the first view
 * needs had arrived (the page's own requests: what MapLibre's worker fetches, the basemap, is not in them).
 * Tracing slows every load down; compare the rows with each other, not with the main table's times. The app and the reference page are read the same way, so the rows compare.
 */

/** Trace categories: the main thread's tasks and what runs in them, script compile and run, GC, the GPU's tasks. */
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "disabled-by-default-v8.compile",
  "blink",
  "gpu",
  "blink.user_timing",
  "loading",
  "__metadata",
];

/** The kinds of main-thread work, by the trace event that does it; the rest of a task is "other". */
const KINDS = [
  [
    "compile script",
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|v8\.produceCache)/,
  ],
  [
    "run script",
    /^(v8\.run|v8\.callFunction|v8\.evaluateModule|v8\.callAsConstructor|FunctionCall|EvaluateScript|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|V8\.Execute)$/,
  ],
  ["garbage collection", /(GC|Scavenger|MarkCompact|V8\.GC)/],
  ["parse HTML and CSS", /^(ParseHTML|ParseAuthorStyleSheet)$/],
  ["style and layout", /^(UpdateLayoutTree|Layout|RecalculateStyles|UpdateLayout)$/],
  ["paint and commit", /^(Paint|PrePaint|Commit|Layerize|UpdateLayer|CompositeLayers|PaintImage)$/],
  ["waiting for the GPU", /^(GLES2::ReadPixels|ImplementationBase::WaitForCmd|CommandBufferHelper::Finish)$/],
  ["image decode", /Decode/],
];
const KIND_NAMES = [...KINDS.map(([name]) => name), "other"];

/** The files the first view needs, by how each page names them. */
const FILES = [
  ["MapLibre's script", /maplibre-gl(-[\w-]+)?\.m?js$/],
  ["the map's data", /\/data\/[^/]+\.json$|style\.json$/],
  ["the font", /\.woff2$|\/fonts?\//],
];

/**
 * Loads `url` in a fresh context of `browser` with `setup` as an init script, waits until `isReady` (a page
 * function) is true, and returns the breakdown of that load (ms).
 */
export async function breakdownOf(browser, url, { viewport, setup, isReady, readyAt }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(setup);
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url);
  await page.waitForFunction(isReady, null, { timeout: 180_000, polling: 50 });
  const ready = await page.evaluate(readyAt);
  const files = await page.evaluate(
    (patterns) => {
      const entries = performance.getEntriesByType("resource");
      return patterns.map(([name, source]) => {
        const pattern = new RegExp(source);
        const ends = entries
          .filter((e) => pattern.test(new URL(e.name).pathname) && e.responseEnd > 0)
          .map((e) => e.responseEnd);
        return [name, ends.length ? Math.min(...ends) : Number.NaN];
      });
    },
    FILES.map(([name, pattern]) => [name, pattern.source]),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  await context.close();
  return { ready, ...busyOf(trace.traceEvents, ready), ...Object.fromEntries(files) };
}

/** The trace read into busy times until `ready` (ms after navigation start), by thread and by kind of work. */
function busyOf(events, ready) {
  const threads = threadNames(events);
  const start = navigationStart(events);
  const end = start + ready * 1000;
  const renderer = rendererOf(events);
  const inWindow = (e) => e.ph === "X" && e.dur > 0 && e.ts >= start && e.ts <= end;
  const onThread = (pattern, pid) =>
    events.filter(
      (e) =>
        inWindow(e) &&
        (pid === undefined || e.pid === pid) &&
        pattern.test(threads.get(`${e.pid}:${e.tid}`) ?? ""),
    );
  const tasks = (list) =>
    list.filter((e) => e.cat.includes("toplevel")).reduce((sum, e) => sum + e.dur, 0) / 1000;
  const main = onThread(/^CrRendererMain$/, renderer);
  const result = {
    "main thread busy": tasks(main),
    "workers busy": tasks(onThread(/DedicatedWorker/, renderer)),
    "GPU process busy": tasks(onThread(/^(CrGpuMain|VizCompositorThread)$/)),
  };
  const selfTimes = selfTimeByKind(main);
  for (const name of KIND_NAMES) result[name] = selfTimes.get(name) ?? 0;
  return result;
}

/** Exclusive time of each kind of work on one thread: an event's duration less that of the events nested in it. */
function selfTimeByKind(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      totals.set(done.kind, (totals.get(done.kind) ?? 0) + done.self / 1000);
    }
  };
  for (const e of sorted) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur;
    const kind = KINDS.find(([, pattern]) => pattern.test(e.name))?.[0] ?? parent?.kind ?? "other";
    stack.push({ end: e.ts + e.dur, self: e.dur, kind });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

function threadNames(events) {
  const names = new Map();
  for (const e of events)
    if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args.name);
  return names;
}

/** The page's renderer process, as the trace's start names it. */
function rendererOf(events) {
  const started = events.find((e) => e.name === "TracingStartedInBrowser");
  return started?.args?.data?.frames?.[0]?.processId;
}

/** The trace clock's time of the page's navigation start (µs), the zero of performance.now(). */
function navigationStart(events) {
  const marks = events.filter((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame);
  const last = marks.at(-1) ?? events.find((e) => e.name === "navigationStart");
  if (!last) throw new Error("the trace has no navigationStart");
  return last.ts;
}

/** The rows of the breakdown table, in order: each figure's key and its label. */
export const BREAKDOWN_ROWS = [
  ["ready", "ready (ms after navigation start)"],
  ...FILES.map(([name]) => [name, `${name} arrived (ms after navigation start)`]),
  ["main thread busy", "main thread busy (ms)"],
  ...KIND_NAMES.map((kind) => [kind, `  of which ${kind} (ms)`]),
  ["workers busy", "workers busy (ms)"],
  ["GPU process busy", "GPU process busy (ms)"],
];
