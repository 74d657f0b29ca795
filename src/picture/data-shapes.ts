/**
 * What the static picture draws of the story's data as of its view's date: the relations' arcs, the sites'
 * circles, the companies' squares and the sites' labels, as plain descriptions of SVG elements. The build
 * writes them into the picture's SVG (src/build-time/static-picture.ts); the picture map redraws them in the
 * browser when the reader's date is not the build's (src/picture/picture-map.ts), so the picture never shows
 * one date's sites under another date's label. One function for both, so the two cannot drift apart.
 *
 * Pure: a view and a projection in, shapes out. Texts stay texts: the build escapes them, the browser sets them
 * as text nodes.
 */
import type { LineString, MultiLineString, Position } from "geojson";
import { clipPolyline } from "lineclip";
import { PICTURE_FRAME } from "../geometry/bounds.ts";
import type { MercatorFit } from "../geometry/mercator.ts";
import type { Encoding } from "../model/encoding.ts";
import type { View } from "../model/view.ts";
import { ENDED_LINE, type Flavor, HOLLOW_SITE_RADIUS, ROLE_LINE, sizeFactorAt } from "../theme.ts";

/** One SVG element: its tag, its attributes and, for a label, its text. */
export interface Shape {
  tag: "path" | "circle" | "rect" | "text";
  attrs: Record<string, string>;
  text?: string;
}

/** The theme colours a picture uses, by their name in Flavor. */
export type PaintKey = Exclude<keyof Flavor, "name" | "companies">;
/** A paint: a theme colour by name, or a company's colour by its id. */
export type Paint = { key: PaintKey } | { company: string };

const paintClass = (property: "fill" | "stroke", paint: Paint) =>
  "key" in paint ? `${property}-${paint.key}` : `${property}-company-${paint.company}`;

/**
 * Fill and stroke as presentation attributes in the view's colours, plus a class per paint, so that one
 * inlined picture can switch to the dark colours through CSS (pictureThemeCss) without a second copy.
 */
export function painted(
  flavor: Flavor,
  encoding: Encoding,
  fill: Paint | null,
  stroke: Paint | null,
): Record<string, string> {
  const colour = (paint: Paint) =>
    "key" in paint ? flavor[paint.key] : encoding.companyColor(paint.company);
  const attrs: Record<string, string> = { fill: fill ? colour(fill) : "none" };
  const classes: string[] = [];
  if (fill) classes.push(paintClass("fill", fill));
  if (stroke) {
    attrs.stroke = colour(stroke);
    classes.push(paintClass("stroke", stroke));
  }
  if (classes.length) attrs.class = classes.join(" ");
  return attrs;
}

/** A label's text: halo behind the letters, in the paint's colour, and named for its kind (label-site …). */
export function labelShape(
  view: View,
  [x, y]: [number, number],
  text: string,
  fill: PaintKey,
  kind: string,
  attrs: Record<string, string>,
): Shape {
  const paint = painted(view.flavor, view.encoding, { key: fill }, { key: "placeLabelHalo" });
  return {
    tag: "text",
    attrs: {
      x: x.toFixed(1),
      y: y.toFixed(1),
      ...paint,
      class: `label-${kind} ${paint.class ?? ""}`.trim(),
      ...attrs,
      "paint-order": "stroke",
      "stroke-width": "3",
      "stroke-linejoin": "round",
    },
    text,
  };
}

export interface DataShapes {
  /** Arcs, circles and squares: drawn under the place names. */
  marks: Shape[];
  /** The sites' names, each beside its circle: drawn over the place names. */
  labels: Shape[];
  /** Each site label's box, in drawing order, for the place names to give way to. */
  labelBoxes: { x: number; y: number; label: string; size: number }[];
}

/**
 * The picture draws half a frame beyond each edge, so that a wider or taller box shows more map, as the live
 * map would; an arc to a seat in California is cut there. Web Mercator keeps a rectangle of pixels a rectangle
 * of longitudes and latitudes, so the arcs are cut in degrees.
 */
function drawnExtent(fit: MercatorFit): [number, number, number, number] {
  const { width, height } = PICTURE_FRAME;
  const [west, north] = fit.invert([-width / 2, -height / 2]);
  const [east, south] = fit.invert([1.5 * width, 1.5 * height]);
  return [west, south, east, north];
}

/**
 * The parts of an arc inside a box: lineclip's cut (Cohen-Sutherland), the one @turf/bbox-clip runs on lines,
 * without turf's feature wrappers (held to @turf/bbox-clip's output in the tests).
 */
export function clipArc(
  geometry: LineString | MultiLineString,
  box: [number, number, number, number],
): Position[][] {
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  return lines.flatMap((line) => clipPolyline(line, box));
}

/** An arc's path in whole pixels (finer coordinates only add bytes at this size), cut at the drawn extent. */
function arcPath(geometry: LineString | MultiLineString, fit: MercatorFit): string {
  return clipArc(geometry, drawnExtent(fit))
    .map((line) =>
      line
        .map((lngLat, i) => {
          const [x, y] = fit.project(lngLat as [number, number]);
          return `${i ? "L" : "M"}${Math.round(x)},${Math.round(y)}`;
        })
        .join(""),
    )
    .join("");
}

/** The MapLibre zoom (512-px tiles) that shows the picture's frame at its own size. */
export function pictureZoom(fit: MercatorFit): number {
  return Math.log2((2 * Math.PI * fit.scale) / 512);
}

/**
 * The data's shapes for one view. The sites' circles are scaled as the live map scales them at the picture's
 * zoom (theme.ts's sizeFactorAt), so they keep their size when the live map replaces the picture.
 */
export function dataShapes(view: View, fit: MercatorFit): DataShapes {
  const factor = sizeFactorAt(pictureZoom(fit));
  const { encoding, flavor } = view;
  const data = view.map;
  const paint = (fill: Paint | null, stroke: Paint | null) => painted(flavor, encoding, fill, stroke);
  const marks: Shape[] = [];
  for (const relation of data.relations.features) {
    const p = relation.properties;
    const line = p.inactive ? ENDED_LINE : ROLE_LINE[p.family];
    const colour: Paint = p.inactive ? { key: "endedRelation" } : { company: p.from };
    marks.push({
      tag: "path",
      attrs: {
        d: arcPath(relation.geometry, fit),
        ...paint(null, colour),
        "stroke-width": String(line.width),
        ...(line.dash ? { "stroke-dasharray": line.dash.map((dash) => dash * line.width).join(" ") } : {}),
        "stroke-opacity": p.inactive ? "0.75" : "0.9",
      },
    });
  }
  const radius = new Map<string, number>();
  for (const site of data.sites.features) {
    const point = fit.project(site.geometry.coordinates as [number, number]);
    const [x, y] = point.map((v) => v.toFixed(1)) as [string, string];
    const hasPower = site.properties.hasPower;
    const r = hasPower ? encoding.siteRadius(site.properties.powerMw) * factor : HOLLOW_SITE_RADIUS;
    radius.set(site.properties.id, r);
    marks.push({
      tag: "circle",
      attrs: hasPower
        ? {
            cx: x,
            cy: y,
            r: r.toFixed(1),
            ...paint({ key: "site" }, { key: "siteStroke" }),
            "fill-opacity": "0.85",
            "stroke-width": "1.5",
          }
        : { cx: x, cy: y, r: String(r), ...paint(null, { key: "site" }), "stroke-width": "2.5" },
    });
  }
  for (const company of data.companies.features) {
    const [x, y] = fit.project(company.geometry.coordinates as [number, number]);
    marks.push({
      tag: "rect",
      attrs: {
        x: (x - 4.5).toFixed(1),
        y: (y - 4.5).toFixed(1),
        width: "9",
        height: "9",
        ...paint({ company: company.properties.id }, { key: "siteStroke" }),
        "stroke-width": "1.5",
      },
    });
  }
  const labels: Shape[] = [];
  const labelBoxes: DataShapes["labelBoxes"] = [];
  // Element Timing reports text and images, not paths: the site labels carry the mark that times the picture.
  for (const site of data.sites.features) {
    const point = fit.project(site.geometry.coordinates as [number, number]);
    const r = radius.get(site.properties.id);
    if (r === undefined) continue;
    const at: [number, number] = [point[0] + r + 6, point[1] + 4];
    labelBoxes.push({ x: at[0], y: at[1], label: site.properties.label, size: 13 });
    labels.push(
      labelShape(view, at, site.properties.label, "text", "site", {
        "font-size": "13",
        "font-weight": "600",
        elementtiming: "static-picture",
      }),
    );
  }
  return { marks, labels, labelBoxes };
}
