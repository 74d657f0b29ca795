/**
 * Vite plugin: renders the static picture (src/static/static-picture.ts) for each language at build time,
 * emits it as static/map-<lang>.svg (for feed readers, og:image and print) and inlines the German one into
 * index.html, where it is the first paint and the fallback without JavaScript or WebGL.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { PICTURE_FRAME } from "../src/bounds.ts";
import { buildMapData, type DataIndex, indexDataset } from "../src/data/derive.ts";
import type { Dataset } from "../src/data/parse.ts";
import { createI18n, LANGS, type Lang } from "../src/i18n/index.ts";
import { companyRows, siteRows } from "../src/list/rows.ts";
import { escapeXml, renderStaticPicture } from "../src/static/static-picture.ts";
import { createEncoding, LIGHT } from "../src/theme.ts";
import { validateGeoDir } from "./geo-files.ts";

const MARKER = "<!--static-picture-->";

/** The validated data set and its index, read once per build for every static rendering. */
interface Loaded {
  dataset: Dataset;
  index: DataIndex;
}

export function loadGeo(root: string): Loaded {
  const result = validateGeoDir(resolve(root, "geo"));
  if (!result.ok) throw new Error("geo/ is invalid; the geo-data plugin reports the details");
  return { dataset: result.dataset, index: indexDataset(result.dataset) };
}

/**
 * The list without JavaScript: plain light-DOM content with no slot. Without JavaScript the browser shows it
 * under the picture; with JavaScript the element's shadow root, which has no slot for it, hides it, and the
 * interactive list takes its place.
 */
export function renderStaticList({ dataset, index }: Loaded, lang: Lang): string {
  const i18n = createI18n(lang);
  const item = (name: string, detail: string) =>
    `<li><strong>${escapeXml(name)}</strong> – ${escapeXml(detail)}</li>`;
  const sites = siteRows(dataset, index, i18n).map((row) =>
    item(row.name, [row.figures, row.status].filter(Boolean).join(" · ")),
  );
  const companies = companyRows(dataset, index, i18n).map((row) => item(row.name, row.roles));
  return [
    `<div class="static-list">`,
    `<h2>${escapeXml(i18n.t("list.sites"))}</h2><ul>${sites.join("")}</ul>`,
    `<h2>${escapeXml(i18n.t("list.companies"))}</h2><ul>${companies.join("")}</ul>`,
    "</div>",
  ].join("");
}

export function renderPictures(
  root: string,
  { dataset, index }: Loaded = loadGeo(root),
): Record<Lang, string> {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, "public", file), "utf8"));
  const basemap = [read("basemap/world-110m.geojson"), read("basemap/europe-50m.geojson")];
  const places = read("basemap/places.geojson");
  const pictures = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const i18n = createI18n(lang);
    const data = buildMapData(dataset, index, i18n);
    const encoding = createEncoding(
      dataset.headquarters.map((hq) => hq.properties.id),
      data.sites.features.filter((f) => f.properties.hasPower).map((f) => f.properties.powerMw),
      LIGHT,
    );
    const title = i18n.t("static.title", {
      sites: data.sites.features.map((f) => f.properties.label).join(", "),
      companies: data.headquarters.features.map((f) => f.properties.name).join(", "),
    });
    pictures[lang] = renderStaticPicture({
      data,
      encoding,
      flavor: LIGHT,
      i18n,
      basemap,
      places,
      title,
    });
  }
  return pictures;
}

export function staticPicturePlugin(): Plugin {
  let root = "";
  // Read and rendered once per build, whichever hook asks first.
  let geo: Loaded | null = null;
  let pictures: Record<Lang, string> | null = null;
  const loaded = () => {
    geo ??= loadGeo(root);
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
    },
    buildStart() {
      geo = null;
      pictures = null;
    },
    generateBundle() {
      for (const [lang, svg] of Object.entries(get())) {
        this.emitFile({
          type: "asset",
          fileName: `static/map-${lang}.svg`,
          source: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`,
        });
      }
    },
    transformIndexHtml(html) {
      if (!html.includes(MARKER)) return html;
      // Inline, the picture fills the map's box like the live map does; the emitted files keep their own size.
      const svg = get().de.replace(
        `width="${PICTURE_FRAME.width}" height="${PICTURE_FRAME.height}"`,
        'width="100%" height="100%"',
      );
      return html.replace(
        MARKER,
        `<div slot="static" class="static-picture">${svg}</div>${renderStaticList(loaded(), "de")}`,
      );
    },
  };
}
