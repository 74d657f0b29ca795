/**
 * Vite plugin: renders the static picture (src/build-time/static-picture.ts) for each language at build time,
 * emits it as static/map-<lang>.svg (for feed readers, og:image and print) and inlines the German one into
 * index.html, where it is the first paint and the fallback without JavaScript or WebGL. It also draws the
 * overview inset's land (scripts/inset-data.ts) into static/inset.json, emitted with the build and served from
 * memory by the dev server, so that d3-geo only ever runs here and never in the browser.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { simplify } from "@turf/simplify";
import type { FeatureCollection } from "geojson";
import type { Connect, HtmlTagDescriptor, Plugin } from "vite";
import { pictureThemeCss, renderStaticPicture } from "../src/build-time/static-picture.ts";
import type { Dataset } from "../src/data/dataset.ts";
import { escapeXml } from "../src/dom/markup.ts";
import { elementSnippet, iframeSnippet } from "../src/embed/embed-snippets.ts";
import { PICTURE_FRAME } from "../src/geometry/bounds.ts";
import { useEveryLanguage } from "../src/i18n/every-language.ts";
import { LANGS, type Lang } from "../src/i18n/index.ts";
import { INSET_FILE } from "../src/map/inset/inset-data.ts";
import { describeView } from "../src/model/describe.ts";
import { buildView, type View } from "../src/model/view.ts";
import { frameOffset, targetsInFrame } from "../src/picture/placement.ts";
import { DARK, type Flavor, LIGHT } from "../src/theme.ts";
import { validateGeoDir } from "./geo-files.ts";
import { renderInsetData } from "./inset-data.ts";
import { oembedFileName, oembedLinkTags, oembedResponse, publicBase } from "./oembed.ts";

const MARKER = "<!--static-picture-->";

/** Width of the emitted PNG in px: what social cards ask for (og:image at 1200 px wide). */
const PNG_WIDTH = 1200;
/** Its height, in the picture's own proportions. */
const PNG_HEIGHT = (PNG_WIDTH * PICTURE_FRAME.height) / PICTURE_FRAME.width;

/** The validated data set, read once per build for every static rendering. */
interface Loaded {
  dataset: Dataset;
}

export function loadGeo(root: string, geoDir = "geo"): Loaded {
  const result = validateGeoDir(resolve(root, geoDir));
  if (!result.ok) throw new Error("geo/ is invalid; the geo-data plugin reports the details");
  return { dataset: result.dataset };
}

/**
 * The list without JavaScript: plain light-DOM content with no slot. Without JavaScript the browser shows it
 * under the picture; with JavaScript the element's shadow root, which has no slot for it, hides it, and the
 * interactive list takes its place.
 */
export function renderStaticList({ dataset }: Loaded, lang: Lang): string {
  const view = buildView(dataset, { lang, theme: "light" });
  const { i18n } = view;
  // Each entry has the id the picture's links point at, so without JavaScript a link leads to its entry.
  const item = (id: string, name: string, detail: string) =>
    `<li id="aim-${escapeXml(id)}"><strong>${escapeXml(name)}</strong> – ${escapeXml(detail)}</li>`;
  const sites = view.sites.map((row) =>
    item(row.id, row.firstMention, [row.figures, row.status].filter(Boolean).join(" · ")),
  );
  const companies = view.companies.map((row) => item(row.id, row.name, row.roles));
  return [
    `<div class="static-list" lang="${lang}">`,
    // The map in words, for a reader of the page without JavaScript (issue 23), before its lists.
    `<p class="static-description">${escapeXml(describeView(view).text)}</p>`,
    `<h2>${escapeXml(i18n.t("list.sites"))}</h2><ul>${sites.join("")}</ul>`,
    `<h2>${escapeXml(i18n.t("list.companies"))}</h2><ul>${companies.join("")}</ul>`,
    "</div>",
  ].join("");
}

/**
 * The picture draws the basemap at about 27 px per degree: detail finer than half a pixel (0.02°) only adds
 * bytes to the first paint and work to its rasterizing. Simplified once, at build time; the live map keeps the
 * full data for its zoom levels.
 */
export const PICTURE_TOLERANCE_DEGREES = 0.02;

export function forThePicture(basemap: FeatureCollection): FeatureCollection {
  return simplify(basemap, { tolerance: PICTURE_TOLERANCE_DEGREES, highQuality: true });
}

export function renderPictures(
  root: string,
  { dataset }: Loaded = loadGeo(root),
  flavor: Flavor = LIGHT,
): Record<Lang, string> {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, "public", file), "utf8"));
  const basemap = [read("basemap/world-110m.geojson"), read("basemap/europe-50m.geojson")].map(forThePicture);
  const places = read("basemap/places.geojson");
  const pictures = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const view = buildView(dataset, { lang, theme: flavor.name });
    pictures[lang] = renderStaticPicture({ view, basemap, places });
  }
  return pictures;
}

/**
 * The picture's sites and companies as links, written into the page so that they work from the first paint,
 * before any script: each a 44-px target over its mark, named for screen readers, pointing at its entry in
 * the list. The app takes them over once it runs (src/picture/picture-map.ts).
 */
export function renderTargetLinks(view: View, others: readonly View[] = []): string {
  // The accessible name in every other language rides along, for a page in that language to take over.
  const labels = new Map(
    others.map((other) => [other.lang, new Map(other.targets.map((t) => [t.id, t.label]))]),
  );
  return targetsInFrame(view)
    .map((target) => {
      const alternatives = [...labels]
        .map(([lang, byId]) => ` data-label-${lang}="${escapeXml(byId.get(target.id) ?? target.label)}"`)
        .join("");
      return `<a class="picture-target" href="#aim-${escapeXml(target.id)}" data-id="${escapeXml(target.id)}" data-kind="${target.kind}" aria-label="${escapeXml(target.label)}"${alternatives}></a>`;
    })
    .join("");
}

/**
 * Where the links sit: their offset from the picture's centre in the frame's px, as CSS custom properties
 * (a page with a strict Content-Security-Policy allows no style attributes). src/page.css turns the offsets
 * into positions at any box size.
 */
export function targetOffsetsCss(view: View): string {
  return targetsInFrame(view)
    .map((target) => {
      const { x, y } = frameOffset(target.lngLat);
      return `.picture-target[data-id="${target.id}"]{--x:${x.toFixed(1)};--y:${y.toFixed(1)}}`;
    })
    .join("\n");
}

/** The CSS that turns the inlined (light) picture dark: when the element's theme resolves to dark, and without
 * JavaScript when the reader's system is dark and the element does not ask for light. */
export function darkPictureCss({ dataset }: Loaded): string {
  const dark = buildView(dataset, { lang: "de", theme: "dark" });
  const themed = pictureThemeCss('ai-infra-map[data-theme="dark"] .static-picture', dark);
  const noScript = pictureThemeCss(
    'ai-infra-map:not([data-theme]):not([theme="light"]) .static-picture',
    dark,
  );
  return `${themed}\n@media (prefers-color-scheme: dark) {\n${noScript}\n}\n`;
}

/** The PNG of a picture, for og:image and feed readers that do not show SVG; labels in the system's sans. */
export function pictureToPng(svg: string): Buffer {
  const renderer = new Resvg(svg, {
    fitTo: { mode: "width", value: PNG_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans", sansSerifFamily: "Liberation Sans" },
  });
  return Buffer.from(renderer.render().asPng());
}

/** The demo article (src/demo/), with both embed snippets filled in exactly as an editor would paste them. */
export function renderDemoArticle(root: string, geo: Loaded): string {
  const template = readFileSync(resolve(root, "src/demo/article.html"), "utf8");
  // The demo sits in demo/ of the build, so "../" is the build's own directory, whatever its version.
  const options = { base: "../", lang: "de", site: null, theme: "auto" } as const;
  const fill = (html: string, marker: string, snippet: string) => {
    if (!html.includes(marker)) throw new Error(`src/demo/article.html: the marker ${marker} is missing`);
    return html.replace(marker, snippet);
  };
  return fill(
    fill(template, "<!--iframe-embed-->", iframeSnippet(options)),
    "<!--element-embed-->",
    elementSnippet(options, renderStaticList(geo, "de")),
  );
}

/**
 * A demo story (src/demo/story.html, story-en.html): the article's steps with the map embedded as an element or
 * as an iframe, each snippet exactly as the Embed dialog would give it, with the story's container.
 */
export function renderDemoStory(root: string, geo: Loaded, lang: Lang, embed: "element" | "iframe"): string {
  const file = lang === "de" ? "story.html" : `story-${lang}.html`;
  const template = readFileSync(resolve(root, "src/demo", file), "utf8");
  const marker = "<!--story-map-->";
  if (!template.includes(marker)) throw new Error(`src/demo/${file}: the marker ${marker} is missing`);
  const options = {
    base: "../",
    lang,
    site: null,
    theme: "auto",
    story: lang === "de" ? "#geschichte" : "#story",
  } as const;
  const snippet =
    embed === "element" ? elementSnippet(options, renderStaticList(geo, lang)) : iframeSnippet(options);
  return template.replace(marker, snippet);
}

/**
 * The social card: the picture as og:image. Scrapers want an absolute URL, so a build for a known host sets
 * AIM_PUBLIC_URL to the build's directory (…/v/<version>/); without it the URL stays relative to the page.
 */
export function socialCardTags(publicUrl: string | undefined): HtmlTagDescriptor[] {
  const image = publicUrl ? new URL("static/map-de.png", publicUrl).href : "static/map-de.png";
  const meta = (property: string, content: string): HtmlTagDescriptor => ({
    tag: "meta",
    attrs: { property, content },
    injectTo: "head",
  });
  return [
    meta("og:image", image),
    meta("og:image:width", String(PNG_WIDTH)),
    meta("og:image:height", String(PNG_HEIGHT)),
    meta("og:image:type", "image/png"),
    { tag: "meta", attrs: { name: "twitter:card", content: "summary_large_image" }, injectTo: "head" },
  ];
}

/** The virtual module with the picture's CSS (dark colours, link offsets), imported by src/main.ts. */
export const PICTURE_CSS = "virtual:ai-infra-map-picture.css";

export function staticPicturePlugin({ geoDir = "geo" }: { geoDir?: string } = {}): Plugin {
  // The build writes its pictures, lists and pages in every language.
  useEveryLanguage();
  let root = "";
  // The build's public directory (AIM_PUBLIC_URL), or null: read when the build starts, so a bad value stops it.
  let base: string | null = null;
  // Read and rendered once per build, whichever hook asks first.
  let geo: Loaded | null = null;
  let pictures: Record<Lang, string> | null = null;
  const loaded = () => {
    geo ??= loadGeo(root, geoDir);
    return geo;
  };
  const get = () => {
    pictures ??= renderPictures(root, loaded());
    return pictures;
  };
  return {
    name: "ai-infra-map:static-picture",
    configResolved(config) {
      root = config.root;
      base = publicBase(process.env.AIM_PUBLIC_URL);
    },
    buildStart() {
      geo = null;
      pictures = null;
    },
    resolveId(id) {
      return id === PICTURE_CSS ? `\0${PICTURE_CSS}` : null;
    },
    load(id) {
      if (id !== `\0${PICTURE_CSS}`) return null;
      const view = buildView(loaded().dataset, { lang: "de", theme: "light" });
      return `${darkPictureCss(loaded())}\n${targetOffsetsCss(view)}\n`;
    },
    generateBundle() {
      const asset: EmitAsset = (fileName, source) => this.emitFile({ type: "asset", fileName, source });
      emitPictures(asset, root, loaded(), get());
      asset(INSET_FILE, JSON.stringify(renderInsetData(root)));
      emitDemos(asset, root, loaded());
      // oEmbed responses carry URLs that are pasted into other sites, so they must be absolute: without the
      // public URL the build writes none rather than files that would embed a broken iframe.
      if (base) emitOembed(asset, base);
      else
        this.warn("AIM_PUBLIC_URL is not set: no oEmbed files (oembed-<lang>.json) and no discovery links");
      asset("demo/article.css", readFileSync(resolve(root, "src/demo/article.css"), "utf8"));
    },
    configureServer(server) {
      server.middlewares.use(serveInset(root));
    },
    transformIndexHtml(html) {
      if (!html.includes(MARKER)) return html;
      return {
        html: html.replace(MARKER, inlinePicture(get().de, loaded())),
        tags: [...socialCardTags(base ?? undefined), ...(base ? oembedLinkTags(base) : [])],
      };
    },
  };
}

type EmitAsset = (fileName: string, source: string | Uint8Array) => void;

/** The pictures as files, light and dark, SVG and PNG, and the list an element snippet carries, per language. */
function emitPictures(asset: EmitAsset, root: string, geo: Loaded, pictures: Record<Lang, string>) {
  const dark = renderPictures(root, geo, DARK);
  for (const lang of LANGS) {
    const light = pictures[lang];
    asset(`static/map-${lang}.svg`, `<?xml version="1.0" encoding="UTF-8"?>\n${light}\n`);
    asset(`static/map-${lang}-dark.svg`, `<?xml version="1.0" encoding="UTF-8"?>\n${dark[lang]}\n`);
    asset(`static/map-${lang}.png`, pictureToPng(light));
    // The list an editor's element snippet carries as its no-JavaScript content (the Embed dialog reads it).
    asset(`static/list-${lang}.html`, `${renderStaticList(geo, lang)}\n`);
  }
}

/** The demo article and the story pages, each with the element and with an iframe. */
function emitDemos(asset: EmitAsset, root: string, geo: Loaded) {
  asset("demo/article.html", renderDemoArticle(root, geo));
  for (const lang of LANGS) {
    const name = lang === "de" ? "story" : `story-${lang}`;
    asset(`demo/${name}.html`, renderDemoStory(root, geo, lang, "element"));
    asset(`demo/${name}-iframe.html`, renderDemoStory(root, geo, lang, "iframe"));
  }
  asset("demo/story.css", readFileSync(resolve(root, "src/demo/story.css"), "utf8"));
}

function emitOembed(asset: EmitAsset, base: string) {
  for (const lang of LANGS) {
    const response = oembedResponse(base, lang, { width: PNG_WIDTH, height: PNG_HEIGHT });
    asset(oembedFileName(lang), `${JSON.stringify(response, null, 2)}\n`);
  }
}

/**
 * The inset's file in development, where the module that resolves it (src/assets.ts) sits one level below the
 * root, as in a build: the same relative URL finds it. Drawn on the first request, then kept.
 */
function serveInset(root: string): Connect.NextHandleFunction {
  let inset: string | null = null;
  return (request, response, next) => {
    if (!request.url?.split("?")[0]?.endsWith(`/${INSET_FILE}`)) return next();
    try {
      inset ??= JSON.stringify(renderInsetData(root));
      response.setHeader("Content-Type", "application/json");
      response.end(inset);
    } catch (error) {
      response.statusCode = 500;
      response.end((error as Error).message);
    }
  };
}

/**
 * The German picture inline in the page, with its links and the list after it. Inline, the picture fills the
 * map's box like the live map does; the emitted files keep their own size.
 */
function inlinePicture(picture: string, geo: Loaded): string {
  const svg = picture.replace(
    `width="${PICTURE_FRAME.width}" height="${PICTURE_FRAME.height}"`,
    'width="100%" height="100%"',
  );
  const links = renderTargetLinks(
    buildView(geo.dataset, { lang: "de", theme: "light" }),
    LANGS.filter((lang) => lang !== "de").map((lang) => buildView(geo.dataset, { lang, theme: "light" })),
  );
  return `<div slot="static" class="static-picture" data-lang="de">${svg}${links}</div>${renderStaticList(geo, "de")}`;
}
