import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "vitest/config";
import { channelPlugin } from "./scripts/channel.ts";
import { geoDataPlugin } from "./scripts/geo-data-plugin.ts";
import { staticPicturePlugin } from "./scripts/static-picture-plugin.ts";
import { wordsPlugin } from "./scripts/words-plugin.ts";

// A test may build a later release from the same code (AIM_VERSION), next to this one in dist/.
const version =
  process.env.AIM_VERSION ??
  (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
// The facts live in geo/; a test may build the same app from another set (e.g. one with hostile text).
const geoDir = process.env.AIM_GEO_DIR ?? "geo";

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** Each module with the modules it imports statically, itself included; computed once per build. */
const closures = new WeakMap<ModuleGraph, Map<string, Set<string>>>();
function modulesOf(graph: ModuleGraph) {
  const known = closures.get(graph) ?? new Map<string, Set<string>>();
  closures.set(graph, known);
  return (file: string): Set<string> => {
    const id = resolve(file);
    const cached = known.get(id);
    if (cached) return cached;
    const found = new Set<string>();
    const visit = (next: string) => {
      if (found.has(next)) return;
      found.add(next);
      for (const imported of graph.getModuleInfo(next)?.importedIds ?? []) visit(imported);
    };
    visit(id);
    known.set(id, found);
    return found;
  };
}

/** What a page may load before the app (or without it): the Embed dialog, the iframe's height report. */
const BEFORE_APP = [
  "src/embed/embed-dialog.ts",
  "src/embed/iframe-height.ts",
  "src/picture/picture-language.ts",
];

/*
 * The modules that are always loaded together are one chunk. Left to itself, the bundler splits off small
 * chunks of the element's and the app's modules (the words' loader, the dates, the map in
 * words) wherever a chunk loaded on demand shares them: each one more request before the map can start, and
 * worse compression (1.1 KB gzip more in all, measured 2026-12-07).
 */

/**
 * Everything the element imports statically is loaded with it, and so is what the picture's language swap
 * imports, which the element loads before the app has come (the swap's own module stays a chunk of its own).
 */
const inElementChunk = (id: string, modules: (file: string) => Set<string>) =>
  modules("src/element/element.ts").has(id) ||
  (modules("src/picture/picture-language.ts").has(id) && id !== resolve("src/picture/picture-language.ts"));

/** Everything else the app imports statically, except what code loaded before the app shares: it must not pull the app in. */
const inAppChunk = (id: string, modules: (file: string) => Set<string>) =>
  modules("src/app/app.ts").has(id) && !BEFORE_APP.some((file) => modules(file).has(id));

export default defineConfig({
  // Relative asset URLs let the build be hosted under any path, which an embed needs.
  base: "./",
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    geoDataPlugin({ dir: geoDir }),
    staticPicturePlugin({ geoDir }),
    // Each language's words as their values, the keys once for both (the browser loads one language's).
    wordsPlugin(),
    // After the release's directory is written: the live channel (dist/live/) and dist/releases.json.
    channelPlugin({ geoDir, version }),
  ],
  build: {
    // Every release has its own directory, which never changes: a pinned snippet keeps showing that version.
    outDir: `dist/v/${version}`,
    target: "es2022",
    // Every browser the map supports (ES2022) preloads modules natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        index: "index.html",
        embed: "src/embed/embed.ts",
        "embed-host": "src/embed/embed-host.ts",
      },
      output: {
        // MapLibre in a chunk of its own: the size budget counts the app's JavaScript apart from it, and a
        // release that changes only the app leaves the big file cached.
        // Its CSS stays out: the element inlines it, and must not pull the library in with it.
        codeSplitting: {
          groups: [
            {
              name: "maplibre-gl",
              test: (id) => /node_modules[\\/]maplibre-gl[\\/]/.test(id) && !/\.css\b/.test(id),
            },
            // What is always loaded together is one chunk (see below); the element's first, as a group also
            // takes the modules its modules import, and the app's modules import the element's.
            {
              name: (id, context) => (inElementChunk(id, modulesOf(context)) ? "element" : null),
              priority: 2,
            },
            { name: (id, context) => (inAppChunk(id, modulesOf(context)) ? "app" : null), priority: 1 },
            // The words' keys, once for both languages (scripts/words-plugin.ts).
            { name: "word-keys", test: /ai-infra-map-word-keys/ },
          ],
        },
        // The two embed scripts keep stable names, so a snippet can point at them; everything else is hashed.
        entryFileNames: (chunk) =>
          chunk.name === "embed" || chunk.name === "embed-host" ? "[name].js" : "assets/[name]-[hash].js",
      },
    },
  },
  test: {
    // Both languages' words at hand in every test file, as in the build (see tests/every-language.ts).
    setupFiles: ["tests/every-language.ts"],
    // The default report, then a table of the time per test file (scripts/timing-reporter.ts), slowest first.
    reporters: ["default", "./scripts/timing-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**"],
          environment: "node",
          // Every file still gets a fresh module graph and environment (isolation stays on); worker threads
          // start faster than forked processes, and both cores are free while the unit tests run (the browser
          // files come after them). Measured on 2 cores: 27 s one fork at a time, 15 to 18 s like this.
          pool: "threads",
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One Chromium at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false,
          // One worker runs the files in turn and keeps its imports (Playwright, the drivers, the helpers) from
          // one file to the next, instead of a fresh process per file that imports them again: about 1 s of CPU
          // and 3 s under load per file here. The files share no state but the browsers they connect to
          // (helpers.ts, connectBrowser), and each closes what it opened.
          isolate: false,
          // After the unit files, which have both cores to themselves (a project of its own kind of worker
          // needs a group of its own).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
