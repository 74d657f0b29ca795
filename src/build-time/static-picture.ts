/**
 * The static picture: the map's first view as SVG, drawn with d3-geo at build time, so a reader sees the map
 * before any JavaScript runs, in feed readers, in print, and where WebGL is missing. It uses Web Mercator fitted
 * to the same bounds as the interactive map's first view, the same colours and the same size scale, so the
 * live map can replace it without a jump.
 *
 * Pure: data in, an SVG string out. Every text from the data is escaped, so a name like `<script>` is text.
 */
import { type GeoPath, type GeoProjection, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection } from "geojson";
import { forD3 } from "../data/winding.ts";
import { escapeXml } from "../dom/markup.ts";
import { PICTURE_FRAME, pictureFit } from "../geometry/bounds.ts";
import { countryRankAt, placeLabelledAt } from "../map/label-ranks.ts";
import { describeView } from "../model/describe.ts";
import type { View } from "../model/view.ts";
import {
  dataShapes,
  labelShape,
  type Paint,
  type PaintKey,
  painted,
  pictureZoom,
  type Shape,
} from "../picture/data-shapes.ts";

export interface StaticPictureOptions {
  /** What to draw, in which language and theme: the same view model the live map draws. */
  view: View;
  /** Land and borders (kind "land" / "border") and labels (kind "place" / "country-label", with name_de/name_en). */
  basemap: FeatureCollection[];
  places: FeatureCollection;
}

/** Attributes as SVG markup, every value escaped. */
const attrsSvg = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(" ");

/** One shape as SVG markup: its text escaped too, so a name like `<script>` stays text. */
function shapeSvg({ tag, attrs, text }: Shape): string {
  const written = attrsSvg(attrs);
  return text === undefined ? `<${tag} ${written}/>` : `<${tag} ${written}>${escapeXml(text)}</${tag}>`;
}

/**
 * CSS rules that recolour an inlined picture in another flavor: one rule per paint class, each under `scope`
 * (a selector such as `.static-picture`). The ids of companies become class names, which geo/ ids allow.
 */
export function pictureThemeCss(scope: string, { flavor, encoding }: View): string {
  const rules: string[] = [];
  for (const [key, value] of Object.entries(flavor)) {
    if (key === "name" || key === "companies" || typeof value !== "string") continue;
    rules.push(`${scope} .fill-${key}{fill:${value}}`, `${scope} .stroke-${key}{stroke:${value}}`);
  }
  for (const id of encoding.companyIds) {
    const value = encoding.companyColor(id);
    rules.push(
      `${scope} .fill-company-${id}{fill:${value}}`,
      `${scope} .stroke-company-${id}{stroke:${value}}`,
    );
  }
  return rules.join("\n");
}

/**
 * The picture's projection: d3's Web Mercator with the scale and translate of the first view's fit
 * (src/geometry/bounds.ts), the very numbers the live map's first view is computed from, so the two cannot drift apart.
 */
export function pictureProjection() {
  const { scale, translate } = pictureFit();
  return geoMercator().scale(scale).translate(translate);
}

/**
 * The picture's labels use system fonts: they paint at once, with no web font to wait for, and the emitted SVG
 * files (feed readers, print) have no access to the bundled font anyway.
 */
export function renderStaticPicture(options: StaticPictureOptions): string {
  const { view } = options;
  const { width, height } = PICTURE_FRAME;
  const projection = pictureProjection();
  // Drawn half a frame beyond each edge, so that a wider or taller box shows more map, as the live map would.
  projection.clipExtent([
    [-width / 2, -height / 2],
    [1.5 * width, 1.5 * height],
  ]);
  // The data as of the view's date, in groups the browser redraws for another date (src/picture/picture-map.ts).
  const shapes = dataShapes(view, pictureFit());
  const asOf = escapeXml(view.asOf);
  const fits = labelSpace();
  // Site labels claim their spots first; they are drawn last, on top of the place names.
  for (const box of shapes.labelBoxes) fits(box.x, box.y, box.label, box.size, "start");
  const parts = [
    ...basemapSvg(view, options.basemap, geoPath(projection).digits(0)),
    `<g class="picture-data" data-part="marks" data-as-of="${asOf}">`,
    ...shapes.marks.map(shapeSvg),
    "</g>",
    ...placeLabelsSvg(view, options.places, projection, fits),
    `<g class="picture-data" data-part="labels">`,
    ...shapes.labels.map(shapeSvg),
    "</g>",
    // The picture is a snapshot: it says which date it shows (its view's), in its corner.
    labelSvg(view, [8, height - 8], view.credits.asOf, "textMuted", "edition", { "font-size": "11" }),
  ];
  const title = escapeXml(view.pictureTitle);
  // The map in words (issue 23): where the sites lie and who is tied to whom, as the live map's region says.
  const description = escapeXml(describeView(view).text);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" overflow="visible" role="img" aria-labelledby="static-title" aria-describedby="static-desc" font-family="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Helvetica, Arial, sans-serif">`,
    `<title id="static-title">${title}</title>`,
    `<desc id="static-desc">${description}</desc>`,
    ...parts,
    "</svg>",
  ].join("");
}

/** Water over the whole drawn area, then every basemap's land, then every basemap's borders. */
function basemapSvg({ flavor, encoding }: View, basemap: FeatureCollection[], path: GeoPath): string[] {
  const { width, height } = PICTURE_FRAME;
  const paint = (fill: Paint | null, stroke: Paint | null) =>
    attrsSvg(painted(flavor, encoding, fill, stroke));
  const kindIs = (kind: string) => (f: Feature) => f.properties?.kind === kind;
  const parts = [
    `<rect x="${-width / 2}" y="${-height / 2}" width="${2 * width}" height="${2 * height}" ${paint({ key: "water" }, null)}/>`,
  ];
  for (const fc of basemap.map(forD3)) {
    const land = fc.features.filter(kindIs("land"));
    if (land.length)
      parts.push(
        `<path d="${path({ type: "FeatureCollection", features: land }) ?? ""}" ${paint({ key: "land" }, null)}/>`,
      );
  }
  for (const fc of basemap) {
    const borders = fc.features.filter(kindIs("border"));
    if (borders.length) {
      parts.push(
        `<path d="${path({ type: "FeatureCollection", features: borders }) ?? ""}" ${paint(null, { key: "border" })} stroke-width="0.7"/>`,
      );
    }
  }
  return parts;
}

type Fits = (x: number, y: number, label: string, size: number, anchor: "start" | "middle") => boolean;

/**
 * A static picture has no label collision of its own: a greedy pass keeps the first label in each spot (sites
 * before places, important places first) and drops any later one whose box would overlap it.
 */
function labelSpace(): Fits {
  const placed: [number, number, number, number][] = [];
  return (x, y, label, size, anchor) => {
    const w = label.length * size * 0.58;
    const box: [number, number, number, number] = [
      anchor === "middle" ? x - w / 2 : x,
      y - size,
      w,
      size * 1.3,
    ];
    const overlaps = placed.some(
      ([bx, by, bw, bh]) =>
        box[0] < bx + bw && bx < box[0] + box[2] && box[1] < by + bh && by < box[1] + box[3],
    );
    if (!overlaps) placed.push(box);
    return !overlaps;
  };
}

/**
 * Each label says what it labels (label-site, -place, -country, -edition), so that a page can set the site
 * labels larger where the picture is drawn small (a phone) and let the place names give way.
 */
function labelSvg(
  view: View,
  [x, y]: [number, number],
  label: string,
  fill: PaintKey,
  kind: string,
  attrs: Record<string, string>,
): string {
  return shapeSvg(labelShape(view, [x, y], label, fill, kind, attrs));
}

/** The country and town names the live map shows at the picture's zoom, where a site's label left room. */
function placeLabelsSvg(
  view: View,
  places: FeatureCollection,
  projection: GeoProjection,
  fits: Fits,
): string[] {
  const { width, height } = PICTURE_FRAME;
  const zoom = pictureZoom(pictureFit());
  const rankOf = (props: Record<string, unknown>) =>
    props.kind === "country-label" ? 0 : Number(props.rank ?? 9);
  const sorted = [...places.features].sort((a, b) => rankOf(a.properties ?? {}) - rankOf(b.properties ?? {}));
  const parts: string[] = [];
  for (const place of sorted) {
    const props = place.properties ?? {};
    const country = props.kind === "country-label";
    const visible = country ? (props.rank ?? 9) <= countryRankAt(zoom) : placeLabelledAt(props.rank, zoom);
    if (!visible || place.geometry.type !== "Point") continue;
    const point = projection(place.geometry.coordinates as [number, number]);
    if (!point || point[0] < 0 || point[0] > width || point[1] < 0 || point[1] > height) continue;
    const name = String(props[view.lang === "de" ? "name_de" : "name_en"] ?? "");
    const label = country ? name.toUpperCase() : name;
    const size = country ? 11 : props.rank === 1 ? 14 : 12;
    if (!fits(point[0], point[1], label, size, "middle")) continue;
    const attrs: Record<string, string> = country
      ? { "font-size": "11", "font-weight": "600", "letter-spacing": "1.3", "text-anchor": "middle" }
      : {
          "font-size": String(size),
          "font-weight": props.rank === 1 ? "600" : "400",
          "text-anchor": "middle",
        };
    parts.push(
      labelSvg(
        view,
        [point[0], point[1]],
        label,
        country ? "countryLabel" : "placeLabel",
        country ? "country" : "place",
        attrs,
      ),
    );
  }
  return parts;
}
