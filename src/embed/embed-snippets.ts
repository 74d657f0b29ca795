/**
 * The two copy-paste embed snippets, built from one place for the README, the "Embed" dialog of the standalone
 * page and the demo article. Every URL in a snippet starts with one directory: the live channel (…/live/), whose
 * few entry files each release updates, so a published map gets every later correction; or a release's own
 * directory (…/v/<version>/), which never changes, so a pinned map stays citable.
 */

import { STORY_FROM_HOST, type ThemeOption } from "../contract/options.ts";
import { escapeXml } from "../dom/markup.ts";
import { createI18n, type Lang } from "../i18n/index.ts";

/** A live snippet follows every release; a pinned one keeps the release it was copied from. */
export type Channel = "live" | "pinned";

/** The directory of each kind of snippet, ending in "/". */
export type ChannelBases = Record<Channel, string>;

/**
 * Both snippet directories from the URL of a page served by a release, `<root>/live/…` or `<root>/v/<x>/…`,
 * where `<root>` holds live/ and v/.
 */
export function channelBases(pageUrl: string, version: string): ChannelBases {
  const root = new URL(/\/live\/[^/]*$/.test(new URL(pageUrl).pathname) ? "../" : "../../", pageUrl);
  return { live: `${root}live/`, pinned: `${root}v/${version}/` };
}

export interface SnippetOptions {
  /** The snippet's directory (one of `channelBases`), e.g. "https://maps.example.org/ai-infra-map/live/". */
  base: string;
  lang: Lang;
  /** The site or company whose details open at start, or null. */
  site: string | null;
  theme: ThemeOption;
  /** The date the map shows the story as of, or null for the latest (the edition). */
  asOf?: string | null;
  /** False switches the image and data downloads off (downloads="off"); they are offered by default. */
  downloads?: boolean;
  /** The selector of the article's story steps' container (story mode), or undefined for none. */
  story?: string;
}

/** Default iframe height before the map reports its own: the newsroom's middle height. */
export const FRAME_HEIGHT = 575;

/** Only the options that differ from the defaults, in a fixed order, so snippets stay short and comparable. */
function optionPairs({ lang, site, theme, asOf, downloads }: SnippetOptions): [string, string][] {
  const pairs: [string, string][] = [["lang", lang]];
  if (site) pairs.push(["site", site]);
  if (theme !== "auto") pairs.push(["theme", theme]);
  if (asOf) pairs.push(["as-of", asOf]);
  if (downloads === false) pairs.push(["downloads", "off"]);
  return pairs;
}

/**
 * The iframe alone. It has no style attribute, which a strict Content-Security-Policy on the article would
 * block: its width and height are attributes, the border goes with the obsolete but universal frameborder.
 */
export function iframeMarkup(options: SnippetOptions): string {
  const i18n = createI18n(options.lang);
  // In a story the host page's steps drive the map (embed-host.js relays them), so the map's page knows from
  // its first paint that its story comes from its host.
  const story: [string, string][] = options.story ? [["story", STORY_FROM_HOST]] : [];
  const query = new URLSearchParams([["embed", "1"], ...optionPairs(options), ...story]).toString();
  const src = `${options.base}index.html?${query}`;
  const steps = options.story ? ` data-aim-story="${escapeXml(options.story)}"` : "";
  return [
    `<iframe class="ai-infra-map" title="${escapeXml(i18n.t("app.mapLabel"))}" loading="lazy" allow="fullscreen"${steps}`,
    `        src="${escapeXml(src)}" width="100%" height="${FRAME_HEIGHT}" frameborder="0"></iframe>`,
  ].join("\n");
}

/** The host script that keeps each map iframe as tall as its content. */
export function hostScriptMarkup(base: string): string {
  return `<script type="module" src="${escapeXml(`${base}embed-host.js`)}"></script>`;
}

/** The iframe snippet: the page in embed mode, and the host script. */
export function iframeSnippet(options: SnippetOptions): string {
  return `${iframeMarkup(options)}\n${hostScriptMarkup(options.base)}`;
}

/**
 * The element snippet. Its content is what readers see without JavaScript (and what feed readers keep): the
 * static picture, the list of sites and companies (`staticList`, markup rendered by the build), and a link to
 * the interactive page. The running element replaces all of it with the live map.
 */
export function elementSnippet(options: SnippetOptions, staticList: string): string {
  const i18n = createI18n(options.lang);
  const story: [string, string][] = options.story ? [["story", options.story]] : [];
  const attributes = [...optionPairs(options), ...story]
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
  const picture = `${options.base}static/map-${options.lang}.svg`;
  const page = `${options.base}index.html?${new URLSearchParams(optionPairs(options)).toString()}`;
  return [
    `<script type="module" src="${escapeXml(`${options.base}embed.js`)}"></script>`,
    `<ai-infra-map${attributes}>`,
    `  <img slot="static" elementtiming="static-picture" src="${escapeXml(picture)}" width="1000" height="600"`,
    `       alt="${escapeXml(i18n.t("app.mapLabel"))}">`,
    `  ${staticList}`,
    `  <p><a href="${escapeXml(page)}">${escapeXml(i18n.t("embed.openMap"))}</a></p>`,
    "</ai-infra-map>",
  ].join("\n");
}
