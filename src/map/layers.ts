/**
 * The project's layers as style data. Colours and sizes come from the shared encoding (model/encoding.ts), so the map
 * cannot disagree with the legend or the list. Feature-state drives emphasis: `selected`, `highlighted`
 * (linked to the hovered or selected feature) and `dimmed` (everything else while something is emphasised);
 * and, while a change of date is animated (transitions.ts), a circle's `powerMw`, a line's `fade` and a
 * label's `labelFade`, each standing in for the data's own value until the animation ends.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
} from "maplibre-gl";
import { ROLE_FAMILIES, type RoleFamily } from "../data/vocabulary.ts";
import type { Encoding } from "../model/encoding.ts";
import { ENDED_LINE, type Flavor, HOLLOW_SITE_RADIUS, ROLE_LINE, SIZE_STOPS } from "../theme.ts";
import { FONT_REGULAR, FONT_SEMIBOLD } from "./fonts.ts";
import { HQ_ICON, HQ_ICON_SIZE } from "./icons.ts";

export type DataLayerId =
  | `relations-current-${RoleFamily}`
  | "relations-ended"
  | "relations-ended-label"
  | "sites-precision"
  | "headquarters-precision"
  | "sites-circle"
  | "sites-hollow"
  | "headquarters-symbol"
  | "sites-collision"
  | "sites-label"
  | "headquarters-label";

/** Layers a reader can click or hover; the others are decoration. */
export const INTERACTIVE_LAYERS: readonly DataLayerId[] = [
  "sites-circle",
  "sites-hollow",
  "headquarters-symbol",
];

const state = (name: "dimmed" | "selected" | "highlighted"): ExpressionSpecification => [
  "boolean",
  ["feature-state", name],
  false,
];

/** A number the animation of a change of date sets for a while (transitions.ts), else `otherwise`. */
const animated = (name: "powerMw" | "fade" | "labelFade", otherwise: ExpressionSpecification | number) =>
  ["coalesce", ["feature-state", name], otherwise] as ExpressionSpecification;

/** Opacity that fades a feature while another is emphasised. */
const dimmable = (normal: number, dimmed: number): ExpressionSpecification => [
  "case",
  state("dimmed"),
  dimmed,
  normal,
];

/** A match expression from company id to colour, built from the shared ordinal scale. */
export function companyColorExpression(encoding: Encoding, property: "id" | "from"): ExpressionSpecification {
  const pairs = encoding.companyIds.flatMap((id) => [id, encoding.companyColor(id)]);
  return ["match", ["get", property], ...pairs, "#888888"] as unknown as ExpressionSpecification;
}

/** An expression interpolating by zoom over SIZE_STOPS. */
function byZoom(valueAt: (factor: number) => unknown): ExpressionSpecification {
  return [
    "interpolate",
    ["linear"],
    ["zoom"],
    ...SIZE_STOPS.flatMap(([zoom, factor]) => [zoom, valueAt(factor)]),
  ] as never;
}

/** k in r = k·√MW, read off the shared square-root scale so the map can never drift from the legend. */
function radiusPerRootMw(encoding: Encoding): number {
  return encoding.siteRadius(encoding.maxPowerMw) / Math.sqrt(encoding.maxPowerMw);
}

/** Circle radius in px from the power in MW, through the same square-root scale as the legend. */
export function siteRadiusExpression(encoding: Encoding): ExpressionSpecification {
  const k = radiusPerRootMw(encoding);
  return byZoom((factor) => ["*", factor * k, ["sqrt", animated("powerMw", ["get", "powerMw"])]]);
}

/** Size of the invisible collision icon, as a factor of its image, covering the circle (hollow ones too). */
function collisionIconSize(encoding: Encoding): ExpressionSpecification {
  const k = radiusPerRootMw(encoding);
  const radius = (factor: number) => [
    "case",
    ["get", "hasPower"],
    ["*", factor * k, ["sqrt", ["get", "powerMw"]]],
    HOLLOW_SITE_RADIUS,
  ];
  // The HQ image is drawn at half its pixel size (pixelRatio 2).
  return byZoom((factor) => ["/", ["*", 2, radius(factor)], HQ_ICON_SIZE / 2]);
}

/**
 * The precision halo: where a point only stands for a street, an area or a town, a ring of that radius says so
 * on the map at close zoom. Its radius doubles with every zoom level, like the ground it covers.
 */
function precisionHalo(
  source: "sites" | "headquarters",
  colour: string | ExpressionSpecification,
): LayerSpecification {
  return {
    id: `${source}-precision` as DataLayerId,
    type: "circle",
    source,
    minzoom: 7,
    filter: ["==", ["get", "approximate"], true],
    paint: {
      "circle-radius": [
        "interpolate",
        ["exponential", 2],
        ["zoom"],
        0,
        ["get", "haloPxAtZoom0"],
        24,
        ["*", ["get", "haloPxAtZoom0"], 2 ** 24],
      ],
      "circle-color": colour,
      "circle-opacity": ["interpolate", ["linear"], ["zoom"], 7, 0, 8, 0.08],
      "circle-stroke-color": colour,
      "circle-stroke-width": 1,
      "circle-stroke-opacity": ["interpolate", ["linear"], ["zoom"], 7, 0, 8, 0.45],
    },
  };
}

export interface DataLayerOptions {
  flavor: Flavor;
  encoding: Encoding;
}

/**
 * The project's layers, bottom to top: the relations' lines, then the marks of sites and headquarters, then
 * their labels, so that no line or mark covers a name.
 */
export function dataLayers({ flavor, encoding }: DataLayerOptions): LayerSpecification[] {
  return [...relationLayers(flavor, encoding), ...markLayers(flavor, encoding), ...labelLayers(flavor)];
}

/** A line drawn wider while its feature is selected or highlighted. */
const emphasisWidth = (base: unknown): DataDrivenPropertyValueSpecification<number> =>
  ["case", ["any", state("selected"), state("highlighted")], ["*", 1.6, base], base] as never;

function relationLayers(flavor: Flavor, encoding: Encoding): LayerSpecification[] {
  return [
    // Ended and paused relations first, so active ones are drawn on top where they share a corridor.
    {
      id: "relations-ended",
      type: "line",
      source: "relations",
      filter: ["==", ["get", "inactive"], true],
      layout: { "line-cap": "butt" },
      paint: {
        "line-color": flavor.endedRelation,
        "line-width": emphasisWidth(ENDED_LINE.width),
        "line-dasharray": [...ENDED_LINE.dash],
        "line-opacity": ["*", dimmable(0.75, 0.15), animated("fade", 1)],
      },
    },
    ...ROLE_FAMILIES.map(
      (family): LayerSpecification => ({
        id: `relations-current-${family}` satisfies DataLayerId,
        type: "line",
        source: "relations",
        filter: ["all", ["==", ["get", "inactive"], false], ["==", ["get", "family"], family]],
        layout: { "line-cap": ROLE_LINE[family].dash ? "butt" : "round", "line-join": "round" },
        paint: {
          "line-color": companyColorExpression(encoding, "from"),
          "line-width": emphasisWidth(ROLE_LINE[family].width),
          ...(ROLE_LINE[family].dash ? { "line-dasharray": [...(ROLE_LINE[family].dash ?? [])] } : {}),
          "line-opacity": ["*", dimmable(0.9, 0.12), animated("fade", 1)],
        },
      }),
    ),
    {
      id: "relations-ended-label",
      type: "symbol",
      source: "relations",
      minzoom: 3,
      filter: ["==", ["get", "inactive"], true],
      layout: {
        "symbol-placement": "line-center",
        "text-field": ["get", "endLabel"],
        "text-font": [FONT_REGULAR],
        "text-size": 11,
        "text-offset": [0, -0.8],
      },
      paint: {
        "text-color": flavor.textMuted,
        "text-halo-color": flavor.placeLabelHalo,
        "text-halo-width": 1.5,
        "text-opacity": dimmable(1, 0.2),
      },
    },
  ];
}

function markLayers(flavor: Flavor, encoding: Encoding): LayerSpecification[] {
  return [
    precisionHalo("sites", flavor.precisionHalo),
    precisionHalo("headquarters", companyColorExpression(encoding, "id")),
    {
      id: "sites-circle",
      type: "circle",
      source: "sites",
      filter: ["==", ["get", "hasPower"], true],
      paint: {
        "circle-radius": siteRadiusExpression(encoding),
        "circle-color": flavor.site,
        "circle-opacity": dimmable(0.85, 0.25),
        "circle-stroke-color": ["case", state("selected"), flavor.focus, flavor.siteStroke],
        "circle-stroke-width": ["case", state("selected"), 3, 1.5],
      },
    },
    {
      // A site with no power figure is drawn hollow at a fixed size: never as a zero-size, invisible dot.
      id: "sites-hollow",
      type: "circle",
      source: "sites",
      filter: ["==", ["get", "hasPower"], false],
      paint: {
        "circle-radius": HOLLOW_SITE_RADIUS,
        "circle-color": "rgba(0,0,0,0)",
        "circle-stroke-color": ["case", state("selected"), flavor.focus, flavor.site],
        "circle-stroke-width": ["case", state("selected"), 3.5, 2.5],
        "circle-stroke-opacity": dimmable(1, 0.3),
      },
    },
    {
      id: "headquarters-symbol",
      type: "symbol",
      source: "headquarters",
      layout: {
        "icon-image": HQ_ICON,
        "icon-size": ["interpolate", ["linear"], ["zoom"], 1, 0.55, 6, 0.8],
        // Always drawn, but it keeps its place in the collision index so town names step aside for it.
        "icon-allow-overlap": true,
        "icon-ignore-placement": false,
      },
      paint: {
        "icon-color": companyColorExpression(encoding, "id"),
        "icon-halo-color": ["case", state("selected"), flavor.focus, flavor.siteStroke],
        "icon-halo-width": ["case", state("selected"), 3, 1.5],
        "icon-opacity": dimmable(1, 0.3),
      },
    },
    {
      // Circles take no part in label collision; this invisible square, as large as the circle, does.
      id: "sites-collision",
      type: "symbol",
      source: "sites",
      layout: {
        "icon-image": HQ_ICON,
        "icon-size": collisionIconSize(encoding),
        "icon-allow-overlap": true,
        "icon-ignore-placement": false,
      },
      // Never seen: a fully transparent image made MapLibre clear a rectangle of the canvas, an opaque one at
      // zero opacity does not.
      paint: { "icon-opacity": 0 },
    },
  ];
}

function labelLayers(flavor: Flavor): LayerSpecification[] {
  return [
    {
      id: "sites-label",
      type: "symbol",
      source: "sites",
      layout: {
        "text-field": ["get", "label"],
        "text-font": [FONT_SEMIBOLD],
        "text-size": ["interpolate", ["linear"], ["zoom"], 1, 11, 8, 14],
        "text-variable-anchor": ["left", "right", "top", "bottom"],
        "text-radial-offset": 1.4,
        "text-justify": "auto",
        "text-padding": 2,
        "symbol-sort-key": ["-", 0, ["get", "powerMw"]],
      },
      paint: {
        "text-color": flavor.text,
        "text-halo-color": flavor.placeLabelHalo,
        "text-halo-width": 2,
        "text-opacity": ["*", dimmable(1, 0.3), animated("labelFade", 1)],
      },
    },
    {
      id: "headquarters-label",
      type: "symbol",
      source: "headquarters",
      minzoom: 1.5,
      layout: {
        "text-field": ["get", "name"],
        "text-font": [FONT_REGULAR],
        "text-size": ["interpolate", ["linear"], ["zoom"], 1, 10.5, 8, 13],
        "text-variable-anchor": ["top", "bottom", "right", "left"],
        "text-radial-offset": 0.9,
        "text-padding": 2,
      },
      paint: {
        "text-color": flavor.text,
        "text-halo-color": flavor.placeLabelHalo,
        "text-halo-width": 2,
        "text-opacity": dimmable(1, 0.3),
      },
    },
  ];
}
