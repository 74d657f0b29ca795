/**
 * The embedded basemap as style data: sources and layers returned by a pure function of the theme and the
 * language, tested as plain objects. Nothing here touches a map.
 */
import type { FeatureCollection } from "geojson";
import type { LayerSpecification, SourceSpecification } from "maplibre-gl";
import type { Lang } from "../i18n/index.ts";
import type { Flavor } from "../theme.ts";
import { BASEMAP_MANIFEST, type BasemapTier } from "./basemap-tiers.ts";
import { FONT_REGULAR, FONT_SEMIBOLD } from "./fonts.ts";
import { COUNTRY_RANK_FROM_ZOOM, PLACE_RANK_MINZOOM } from "./label-ranks.ts";

export const EMPTY_COLLECTION: FeatureCollection = { type: "FeatureCollection", features: [] };

/** Attribution for every source of the embedded basemap. */
export const BASEMAP_ATTRIBUTION =
  "Natural Earth · GeoNames (CC BY 4.0) · © OpenStreetMap contributors (ODbL, via @geo-maps)";

export interface BasemapOptions {
  flavor: Flavor;
  lang: Lang;
  /** Resolves a manifest file path (e.g. "basemap/world-110m.geojson") to a URL. */
  url: (file: string) => string;
  tiers?: readonly BasemapTier[];
}

const kindIs = (kind: string) => ["==", ["get", "kind"], kind] as ["==", ["get", string], string];

export function basemapSources(options: BasemapOptions): Record<string, SourceSpecification> {
  const { url } = options;
  const tiers = options.tiers ?? BASEMAP_MANIFEST.tiers;
  const sources: Record<string, SourceSpecification> = {
    [BASEMAP_MANIFEST.world.id]: {
      type: "geojson",
      data: url(BASEMAP_MANIFEST.world.file),
      attribution: BASEMAP_ATTRIBUTION,
    },
    [BASEMAP_MANIFEST.places.id]: { type: "geojson", data: url(BASEMAP_MANIFEST.places.file) },
  };
  // Detail tiers start empty; the lazy loader fills them when the view reaches them.
  for (const tier of tiers) sources[tier.id] = { type: "geojson", data: EMPTY_COLLECTION, maxzoom: 14 };
  return sources;
}

/** The basemap bottom to top: water and the world's land and borders, the detail tiers, then the names. */
export function basemapLayers(options: BasemapOptions): LayerSpecification[] {
  const { flavor, lang } = options;
  const tiers = options.tiers ?? BASEMAP_MANIFEST.tiers;
  const world = BASEMAP_MANIFEST.world.id;
  const continents = tiers.filter((tier) => tier.id.endsWith("-50m"));
  const regions = tiers.filter((tier) => !tier.id.endsWith("-50m"));
  const name = ["get", lang === "de" ? "name_de" : "name_en"] as const;
  return [
    { id: "background", type: "background", paint: { "background-color": flavor.water } },
    {
      id: "world-land",
      type: "fill",
      source: world,
      filter: kindIs("land"),
      paint: { "fill-color": flavor.land, "fill-antialias": false },
    },
    {
      id: "world-borders",
      type: "line",
      source: world,
      filter: kindIs("border"),
      paint: { "line-color": flavor.border, "line-width": 0.6 },
    },
    ...continents.flatMap((tier) => detailFill(tier, flavor)),
    ...regions.flatMap((tier) => detailFill(tier, flavor)),
    ...continents.map(
      (tier): LayerSpecification => ({
        id: `${tier.id}-borders`,
        type: "line",
        source: tier.id,
        filter: kindIs("border"),
        paint: {
          "line-color": flavor.border,
          "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.7, 10, 1.4],
        },
      }),
    ),
    countryLabels(flavor, name),
    ...([1, 2, 3, 4] as const).map((rank) => placeLabels(rank, flavor, name)),
  ];
}

type NameField = readonly ["get", string];

/** A detail tier's land over its own box of water. */
function detailFill(tier: BasemapTier, flavor: Flavor): LayerSpecification[] {
  return [
    // The mask paints the tier's box in water first, so the coarser coastline below never shows through.
    {
      id: `${tier.id}-mask`,
      type: "fill",
      source: tier.id,
      filter: kindIs("mask"),
      // No antialiasing: a soft mask edge would show as a faint line where land continues beyond the box.
      paint: { "fill-color": flavor.water, "fill-antialias": false },
    },
    {
      id: `${tier.id}-land`,
      type: "fill",
      source: tier.id,
      filter: kindIs("land"),
      paint: { "fill-color": flavor.land, "fill-antialias": false },
    },
  ];
}

function countryLabels(flavor: Flavor, name: NameField): LayerSpecification {
  return {
    id: "country-labels",
    type: "symbol",
    source: BASEMAP_MANIFEST.places.id,
    minzoom: 0.5,
    maxzoom: 7,
    filter: [
      "all",
      kindIs("country-label"),
      ["<=", ["get", "rank"], ["step", ["zoom"], 1, ...COUNTRY_RANK_FROM_ZOOM.flat()]],
    ],
    layout: {
      "text-field": [...name],
      "text-font": [FONT_SEMIBOLD],
      "text-size": ["interpolate", ["linear"], ["zoom"], 1.5, 10, 6, 14],
      "text-transform": "uppercase",
      "text-letter-spacing": 0.12,
      "text-max-width": 7,
      "text-padding": 6,
    },
    paint: {
      "text-color": flavor.countryLabel,
      "text-halo-color": flavor.placeLabelHalo,
      "text-halo-width": 1,
    },
  };
}

/** The towns of one rank: the larger the town, the earlier and the larger its name. */
function placeLabels(rank: 1 | 2 | 3 | 4, flavor: Flavor, name: NameField): LayerSpecification {
  return {
    id: `place-labels-${rank}`,
    type: "symbol",
    source: BASEMAP_MANIFEST.places.id,
    minzoom: PLACE_RANK_MINZOOM[rank],
    filter: ["all", kindIs("place"), ["==", ["get", "rank"], rank]],
    layout: {
      "text-field": [...name],
      "text-font": [rank === 1 ? FONT_SEMIBOLD : FONT_REGULAR],
      "text-size": ["interpolate", ["linear"], ["zoom"], 2, 11 + (4 - rank), 10, 13 + (4 - rank)],
      // Variable anchors let a town name step aside for a site or company label instead of vanishing.
      "text-variable-anchor": ["center", "top", "bottom", "right", "left"],
      "text-radial-offset": 0.9,
      "text-padding": 3,
      "text-max-width": 8,
    },
    paint: {
      "text-color": flavor.placeLabel,
      "text-halo-color": flavor.placeLabelHalo,
      "text-halo-width": 1.5,
    },
  };
}
