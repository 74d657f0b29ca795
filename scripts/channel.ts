/**
 * The live channel and the release log, written after each build of a release (dist/v/<version>/):
 * - dist/live/ holds the few entry files a live snippet names (embed.js, embed-host.js, index.html and its index.js, the snippet
 *   pictures and lists, the oEmbed files). Their paths never change; each release rewrites them to load its own
 *   immutable directory, so a snippet copied once shows every later release.
 * - dist/releases.json lists every release with its date, data edition and corrections as plain text in both
 *   languages, so that a pinned copy can learn of later corrections without a text renderer.
 * The history of earlier releases is committed in geo/releases.json; a version directory already in dist/ keeps
 * its entry from the log it was deployed with.
 */

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Plugin } from "vite";
import type { Dataset } from "../src/data/dataset.ts";
import { indexDataset } from "../src/data/derive.ts";
import {
  compareVersions,
  type Release,
  type ReleasedCorrection,
  type ReleasesFile,
} from "../src/data/releases.ts";
import { useEveryLanguage } from "../src/i18n/every-language.ts";
import { createI18n, LANGS, type Lang } from "../src/i18n/index.ts";
import { plainText, renderText } from "../src/model/text.ts";
import { buildView } from "../src/model/view.ts";
import { validateGeoDir } from "./geo-files.ts";
import { type OEmbedRich, oembedFileName, oembedResponse } from "./oembed.ts";

export type { Release, ReleasedCorrection, ReleasesFile };

export const RELEASES_FILE = "releases.json";
/** The files of a release that the live channel forwards to, by the same name. */
const ENTRY_MODULES = ["embed.js", "embed-host.js"] as const;

/** Today in UTC, or AIM_RELEASE_DATE when a build must be reproducible. */
export function releaseDate(env: NodeJS.ProcessEnv = process.env): string {
  const date = env.AIM_RELEASE_DATE ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(`AIM_RELEASE_DATE must be YYYY-MM-DD (got "${date}")`);
  return date;
}

/** The release a build makes: its corrections rendered to plain text with the renderer the credits use. */
export function releaseOf(dataset: Dataset, version: string, date: string): Release {
  const index = indexDataset(dataset);
  const contexts = LANGS.map((lang) => {
    const view = buildView(dataset, { lang, theme: "light" });
    return { lang, i18n: view.i18n, index, nameOf: (id: string) => view.entity(id)?.name ?? id };
  });
  const corrections = dataset.edition.corrections.map((correction) => ({
    date: correction.date,
    concerns: [...correction.concerns].sort(),
    text: Object.fromEntries(
      contexts.map((ctx) => [ctx.lang, plainText(renderText(correction.text, ctx))]),
    ) as Record<Lang, string>,
  }));
  return { version, date, edition: dataset.edition.asOf, corrections };
}

/**
 * The log: the earlier releases (oldest first, by date), the current one appended unless its version is there,
 * and the live channel naming the current version.
 */
export function releasesLog(earlier: readonly Release[], current: Release): ReleasesFile {
  const known = new Map(earlier.map((release) => [release.version, release]));
  if (!known.has(current.version)) known.set(current.version, current);
  // By day, and within a day by version: a day may see two releases.
  const releases = [...known.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || compareVersions(a.version, b.version),
  );
  return { format: 1, live: current.version, releases };
}

/**
 * A live entry module: it only imports the release's file of the same name. The element embed's entry also
 * says when that file cannot be had (see importOrSayFault).
 */
export function liveEntryModule(version: string, name: string): string {
  const file = `../v/${version}/${name}`;
  return name === "embed.js" ? importOrSayFault(file) : `import "${file}";\n`;
}

/**
 * A module that imports `file` and, when it cannot be had (an upload whose channel was written before its
 * version directory, a network failure), shows each map that never started the fault message, in its
 * language, over the content it has without JavaScript (the picture, the list, the link), which stays usable.
 */
function importOrSayFault(file: string): string {
  useEveryLanguage();
  const say = JSON.stringify(
    Object.fromEntries(LANGS.map((lang) => [lang, createI18n(lang).t("app.error.map")])),
  );
  return [
    `import("${file}").catch((error) => {`,
    `  const say = ${say};`,
    // A page's map (url-state) takes the reader's language from the URL, as the app would have.
    '  const asked = new URLSearchParams(location.search).get("lang");',
    '  for (const map of document.querySelectorAll("ai-infra-map:not(:defined)")) {',
    '    const lang = map.hasAttribute("url-state") && Object.hasOwn(say, asked) ? asked : map.getAttribute("lang");',
    '    const message = document.createElement("p");',
    '    message.setAttribute("role", "alert");',
    '    message.className = "aim-fault";',
    // Above the picture, which may draw beyond its box when the page's CSS is missing too; set through the
    // CSSOM, which a strict Content-Security-Policy allows.
    '    Object.assign(message.style, { position: "relative", zIndex: "1", margin: "0", padding: "0.5em", background: "Canvas", color: "CanvasText" });',
    "    message.textContent = say[lang] ?? say.de;",
    "    map.prepend(message);",
    "  }",
    "  console.error(error);",
    "});",
    "",
  ].join("\n");
}

/** The live page's own module, next to it in live/: it loads the release's page script, or says why not. */
export const LIVE_PAGE_MODULE = "index.js";
/** A relative URL ("./…") in an attribute of the page; not "//host/…", nor in-page links ("#…"). */
const RELATIVE_URL = /(\s(?:src|href|content)=")\.\/(?!\/)/g;
/** The release page's script, as the build writes it into index.html. */
const PAGE_SCRIPT = /<script type="module" crossorigin src="(\.\/assets\/index-[\w-]+\.js)"><\/script>/;

/**
 * The release's index.html for live/, and its module (LIVE_PAGE_MODULE). Every relative URL ("./…") points
 * into ../v/<version>/ (a <base> element would do it in one line, but would also send the picture's in-page
 * links, #aim-<id>, to the other page), except the page's script: live/index.js loads it, so that a
 * half-finished upload, whose version directory is not there yet, still shows the fault message.
 */
export function livePage(
  html: string,
  version: string,
  file = "index.html",
): { html: string; module: string } {
  const script = PAGE_SCRIPT.exec(html);
  if (!script?.[1]) throw new Error(`${file}: no page script (./assets/index-*.js) for live/ to load`);
  const inRelease = (url: string) => `../v/${version}/${url.slice(2)}`;
  const release = inRelease(script[1]);
  // The release's script is still fetched at once, beside live/index.js rather than after it.
  const entry = `<link rel="modulepreload" crossorigin href="${release}"><script type="module" src="./${LIVE_PAGE_MODULE}"></script>`;
  const pointed = html
    .replace(RELATIVE_URL, `$1../v/${version}/`)
    .replace(script[0].replace(script[1], release), entry);
  return { html: pointed, module: importOrSayFault(release) };
}

/** The releases named in a log file, or none when it is missing or not a log. */
function readReleases(file: string): Release[] {
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<ReleasesFile>;
  return Array.isArray(parsed.releases) ? parsed.releases : [];
}

/**
 * The live oEmbed file of each language: the release's own, with the live snippet and picture; and the live
 * page's discovery links pointed at them. A release built without AIM_PUBLIC_URL has none, nor has the channel.
 */
function writeLiveOEmbed(root: string, version: string): void {
  const page = join(root, "live", "index.html");
  for (const lang of LANGS) {
    const pinned = join(root, "v", version, oembedFileName(lang));
    if (!existsSync(pinned)) continue;
    const response = JSON.parse(readFileSync(pinned, "utf8")) as OEmbedRich;
    // The thumbnail is <root>/v/<version>/static/map-<lang>.png.
    const pinnedBase = new URL("../", response.thumbnail_url).href;
    const liveBase = new URL("../../live/", pinnedBase).href;
    const size = { width: response.thumbnail_width, height: response.thumbnail_height };
    const live = oembedResponse(liveBase, lang, size);
    writeFileSync(join(root, "live", oembedFileName(lang)), `${JSON.stringify(live, null, 2)}\n`);
    const link = (base: string) => `href="${base}${oembedFileName(lang)}"`;
    writeFileSync(page, readFileSync(page, "utf8").replace(link(pinnedBase), link(liveBase)));
  }
}

/** Writes live/ and releases.json into `root` (dist/) from its freshly built v/<version>/. */
export function writeChannel(root: string, release: Release, earlier: readonly Release[]): ReleasesFile {
  const { version } = release;
  const versionDir = join(root, "v", version);
  const live = join(root, "live");
  rmSync(live, { recursive: true, force: true });
  mkdirSync(live, { recursive: true });
  for (const name of ENTRY_MODULES) writeFileSync(join(live, name), liveEntryModule(version, name));
  const pageFile = join(versionDir, "index.html");
  const page = livePage(readFileSync(pageFile, "utf8"), version, pageFile);
  writeFileSync(join(live, "index.html"), page.html);
  writeFileSync(join(live, LIVE_PAGE_MODULE), page.module);
  cpSync(join(versionDir, "static"), join(live, "static"), { recursive: true });
  writeLiveOEmbed(root, version);
  // A version deployed earlier keeps the entry it was published with, even if geo/releases.json lacks it.
  const deployed = readReleases(join(root, RELEASES_FILE)).filter((r) =>
    existsSync(join(root, "v", r.version)),
  );
  const log = releasesLog([...deployed, ...earlier], release);
  writeFileSync(join(root, RELEASES_FILE), `${JSON.stringify(log, null, 2)}\n`);
  return log;
}

/**
 * Vite plugin: after a release's build into <root>/v/<version>/, writes the channel into <root>. A build into
 * any other directory (the size-budget test's, a test's own) has no channel.
 */
export function channelPlugin(options: { geoDir: string; version: string }): Plugin {
  // The release's record names its corrections in every language.
  useEveryLanguage();
  let outDir = "";
  let geoDir = "";
  // closeBundle runs after a failed build too: then there is no release to point the channel at, and the
  // build's own error must be the one reported.
  let written = false;
  return {
    name: "ai-infra-map:channel",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      geoDir = resolve(config.root, options.geoDir);
    },
    writeBundle() {
      written = true;
    },
    closeBundle() {
      if (!written) return;
      if (basename(outDir) !== options.version || basename(dirname(outDir)) !== "v") return;
      const result = validateGeoDir(geoDir);
      if (!result.ok) return;
      const release = releaseOf(result.dataset, options.version, releaseDate());
      writeChannel(dirname(dirname(outDir)), release, readReleases(join(geoDir, RELEASES_FILE)));
    },
  };
}
