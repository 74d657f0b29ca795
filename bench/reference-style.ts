/**
 * The benchmark's reference: the app's own default style (every layer, the embedded basemap, the font and the
 * data) as one JSON file, for a bare MapLibre page with no app code. Built from the same pure functions the
 * app uses, so the two pages draw the same map.
 *
 * Two differences follow from "bare": the detail tiers, which the app loads lazily by zoom and region, are
 * plain GeoJSON URLs that MapLibre fetches at once; and the headquarters' square icon, which the app adds with
 * addImage, travels as pixel data for the reference page to add the same way.
 */

import { readdirSync } from "node:fs";
import { basename } from "node:path";
import type { StyleSpecification } from "maplibre-gl";
import { loadGeo } from "../scripts/static-picture-plugin.ts";
import { pictureFrameBounds } from "../src/geometry/bounds.ts";
import { useEveryLanguage } from "../src/i18n/every-language.ts";
import { BASEMAP_MANIFEST } from "../src/map/basemap-tiers.ts";
import { HQ_ICON, squareSdf } from "../src/map/icons.ts";
import { buildStyle } from "../src/map/style.ts";
import { buildView } from "../src/model/view.ts";

export interface Reference {
  style: StyleSpecification;
  /** The app's first view, fitted edge to edge as the app does. */
  bounds: [[number, number], [number, number]];
  icon: { id: string; width: number; height: number; data: number[]; pixelRatio: number };
}

/**
 * @param root the project root (geo/ and public/ are read from it)
 * @param buildDir the app's build, whose hashed font files the style must point to
 * @param base the URL the build is served from, ending in "/"
 */
export function referenceStyle(root: string, buildDir: string, base: string): Reference {
  useEveryLanguage();
  const { dataset } = loadGeo(root);
  // The app's default view: German, light, as of the edition.
  const view = buildView(dataset, { lang: "de", theme: "light" });
  const url = (file: string) => new URL(file, base).href;
  const style = buildStyle(view, url);
  for (const tier of BASEMAP_MANIFEST.tiers) {
    const source = style.sources[tier.id];
    if (source?.type === "geojson") source.data = url(tier.file);
  }
  // The font faces point at the build's hashed copies of the same files.
  const assets = readdirSync(`${buildDir}/assets`);
  const fontFile = (sourceUrl: string) => {
    const name = basename(new URL(sourceUrl, "file:///").pathname, ".woff2");
    const built = assets.find((file) => file.startsWith(`${name}-`) && file.endsWith(".woff2"));
    if (!built) throw new Error(`bench: no built font file for ${name}`);
    return url(`assets/${built}`);
  };
  const faces = style["font-faces"] ?? {};
  for (const [family, list] of Object.entries(faces)) {
    faces[family] =
      typeof list === "string" ? fontFile(list) : list.map((face) => ({ ...face, url: fontFile(face.url) }));
  }
  const icon = squareSdf();
  return {
    style,
    bounds: pictureFrameBounds(),
    icon: { id: HQ_ICON, width: icon.width, height: icon.height, data: [...icon.data], pixelRatio: 2 },
  };
}
