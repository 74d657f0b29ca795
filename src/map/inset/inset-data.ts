/**
 * What the overview inset draws, shared by the build and the browser. The land of each extent is drawn once,
 * at build time, with d3-geo (scripts/inset-data.ts), and shipped as a JSON file of SVG path strings with the
 * fit they were drawn with; the browser places its dots and viewport with the same fit through
 * src/geometry/mercator.ts. The browser thus carries neither d3-geo nor the world's land as GeoJSON.
 */
import { fitMercator, type MercatorFit } from "../../geometry/mercator.ts";

/** The inset's size in px, and the padding its extents are fitted with. */
export const INSET_SIZE = { width: 150, height: 112, padding: 2 } as const;

/** The two extents: Europe, where the story is, and the world for a map zoomed far out. */
export const INSET_EXTENTS = {
  europe: [
    [-14, 34],
    [34, 72],
  ],
  world: [
    [-170, -56],
    [179, 78],
  ],
} as const satisfies Record<string, readonly [readonly [number, number], readonly [number, number]]>;

export type InsetExtentName = keyof typeof INSET_EXTENTS;

/** The file the build emits, relative to the build's directory like basemap/ and data/. */
export const INSET_FILE = "static/inset.json";

export interface InsetExtent {
  /** The land as an SVG path in the inset's pixels. */
  land: string;
  /** The Mercator fit the land was drawn with. */
  scale: number;
  translate: [number, number];
}

export type InsetData = Record<InsetExtentName, InsetExtent>;

/** The fit of an extent into the inset, inside its padding. */
export function insetFit(name: InsetExtentName): MercatorFit {
  const { width, height, padding } = INSET_SIZE;
  return fitMercator(INSET_EXTENTS[name], [
    [padding, padding],
    [width - padding, height - padding],
  ]);
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function isExtent(value: unknown): value is InsetExtent {
  if (typeof value !== "object" || value === null) return false;
  const { land, scale, translate } = value as Record<string, unknown>;
  return (
    typeof land === "string" &&
    isNumber(scale) &&
    scale > 0 &&
    Array.isArray(translate) &&
    translate.length === 2 &&
    translate.every(isNumber)
  );
}

/** The inset's data if a fetched file has its shape, else null (the inset is then left out). */
export function parseInsetData(value: unknown): InsetData | null {
  if (typeof value !== "object" || value === null) return null;
  const data = value as Record<string, unknown>;
  return isExtent(data.europe) && isExtent(data.world) ? { europe: data.europe, world: data.world } : null;
}
