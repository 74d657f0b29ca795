/**
 * The overview inset's land, drawn at build time with d3-geo: for each extent an SVG path in the inset's pixels
 * and the Mercator fit it was drawn with (src/map/inset/inset-data.ts). The browser then draws the inset from these
 * path strings (about 20 KB gzip for both extents) and needs no d3-geo in its bundle.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { forD3 } from "../src/data/winding.ts";
import {
  INSET_EXTENTS,
  INSET_SIZE,
  type InsetData,
  type InsetExtentName,
  insetFit,
} from "../src/map/inset/inset-data.ts";

/**
 * How far beyond the inset's edges the land is drawn, in px. The inset shows nothing outside its box, so land
 * further out would only add bytes (Europe's extent would carry the whole world); the margin keeps the edges
 * that clipping adds, and their stroke, out of sight.
 */
const CLIP_MARGIN = 4;

/** The inset's data, from the land of the basemap's world outline in public/. */
export function renderInsetData(root: string): InsetData {
  const world = JSON.parse(
    readFileSync(resolve(root, "public/basemap/world-110m.geojson"), "utf8"),
  ) as FeatureCollection;
  const land = forD3({ ...world, features: world.features.filter((f) => f.properties?.kind === "land") });
  const { width, height } = INSET_SIZE;
  const draw = (name: InsetExtentName) => {
    const { scale, translate } = insetFit(name);
    const projection = geoMercator()
      .scale(scale)
      .translate(translate)
      .clipExtent([
        [-CLIP_MARGIN, -CLIP_MARGIN],
        [width + CLIP_MARGIN, height + CLIP_MARGIN],
      ]);
    // A tenth of a pixel is finer than the inset can show, at a fraction of the bytes of d3's default.
    return { land: geoPath(projection).digits(1)(land) ?? "", scale, translate };
  };
  const names = Object.keys(INSET_EXTENTS) as InsetExtentName[];
  return Object.fromEntries(names.map((name) => [name, draw(name)])) as InsetData;
}
