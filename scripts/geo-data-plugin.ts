/**
 * Vite plugin: validates geo/ at the start of every build and dev server, fails with the validator's messages
 * (and, in a build, with every view that says what is not certain by its date: certain-views.ts),
 * and serves the files as `data/<file>` (emitted into dist/ unchanged, served from memory in dev).
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { GEO_FILES } from "../src/data/files.ts";
import { formatIssue } from "../src/data/issues.ts";
import { useEveryLanguage } from "../src/i18n/every-language.ts";
import { checkedDays, checkViews, storyStepDays } from "./certain-views.ts";
import { validateGeoDir } from "./geo-files.ts";

export interface GeoDataPluginOptions {
  /** The data directory, relative to the project root. */
  dir: string;
}

export function geoDataPlugin(options: GeoDataPluginOptions): Plugin {
  // The build checks the views in every language.
  useEveryLanguage();
  let dir = "";
  let root = "";
  let isBuild = false;
  const validate = () => {
    const result = validateGeoDir(dir);
    if (!result.ok) {
      throw new Error(`geo/ data is invalid:\n${result.issues.map(formatIssue).join("\n")}`);
    }
    return result;
  };
  return {
    name: "ai-infra-map:geo-data",
    configResolved(config) {
      dir = resolve(config.root, options.dir);
      root = config.root;
      isBuild = config.command === "build";
    },
    buildStart() {
      // Only a real build validates here. The dev server validates on every data request instead, and under
      // vitest tests/facts/geo-data.test.ts reports the issues as a failing test rather than a crashed runner.
      if (!isBuild) return;
      const { dataset, texts } = validate();
      // Every view at every date (the time control's and the demo stories' steps), in both languages, says only
      // what is certain by its date (issue 28). It renders about 40 views; the dev server skips it,
      // tests/scripts/certain-views.test.ts runs it too.
      const untrue = checkViews(dataset, [...new Set([...checkedDays(dataset), ...demoStoryDays(root)])]);
      if (untrue.length > 0)
        throw new Error(
          `geo/ data makes a view say what is not certain yet:\n${untrue.map(formatIssue).join("\n")}`,
        );
      for (const [key, file] of Object.entries(GEO_FILES) as [keyof typeof GEO_FILES, string][]) {
        this.emitFile({ type: "asset", fileName: `data/${file}`, source: texts[key] ?? "" });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/data\/([a-z-]+\.(?:geo)?json)$/.exec(request.url?.split("?")[0] ?? "");
        const file = match?.[1];
        if (!file || !(Object.values(GEO_FILES) as string[]).includes(file)) return next();
        try {
          const { texts } = validate();
          const key = (Object.keys(GEO_FILES) as (keyof typeof GEO_FILES)[]).find(
            (k) => GEO_FILES[k] === file,
          );
          response.setHeader("Content-Type", "application/json");
          response.end(key ? texts[key] : "");
        } catch (error) {
          response.statusCode = 500;
          response.end((error as Error).message);
        }
      });
    },
  };
}

/** The dates of the demo stories' steps (src/demo/*.html), which the build's check looks at too. */
function demoStoryDays(root: string): string[] {
  const demo = join(root, "src", "demo");
  if (!existsSync(demo)) return [];
  return readdirSync(demo)
    .filter((file) => file.endsWith(".html"))
    .flatMap((file) => storyStepDays(readFileSync(join(demo, file), "utf8")));
}
