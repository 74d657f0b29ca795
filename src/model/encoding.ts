/**
 * The visual encoding: company colours (an ordinal scale over the theme's colour-blind-safe palette), site
 * sizes (a square-root scale, so a circle's area is proportional to power) and the chart's bar lengths (a
 * linear scale). Every scale is made here and only here,
 * by the view model; the map's paint expressions, the legend, the list swatches, the popups, the static picture
 * and the bench's reference style all read this one object.
 */
import { type Flavor, MAX_SITE_RADIUS } from "../theme.ts";

export interface Encoding {
  companyColor(companyId: string): string;
  /** Circle radius in px for a power in MW; area is proportional to power. */
  siteRadius(powerMw: number): number;
  /** The domain maximum of the radius scale (MW), for the legend. */
  maxPowerMw: number;
  companyIds: readonly string[];
}

/**
 * @param companyIds every company, in the order of geo/headquarters.geojson (which fixes each one's colour)
 * @param powersMw the sites' headline powers; the largest gets MAX_SITE_RADIUS
 */
export function createEncoding(
  companyIds: readonly string[],
  powersMw: readonly number[],
  flavor: Flavor,
): Encoding {
  const color = ordinalColors(companyIds, flavor.companies);
  const maxPowerMw = Math.max(1, ...powersMw);
  // Both size scales start at zero, so each is one line of arithmetic. d3-scale's continuous scales would do the
  // same, and bring d3-interpolate, d3-color and d3-format along: about 10 KB gzip of the 60 KB budget for two
  // multiplications (measured with the size-budget test's sum). tests/model/encoding.test.ts holds them to
  // d3-scale's own scaleSqrt and scaleLinear, and the colours to its scaleOrdinal.
  const radiusPerRootMw = MAX_SITE_RADIUS / Math.sqrt(maxPowerMw);
  return {
    companyColor: color,
    siteRadius: (mw) => Math.sqrt(Math.max(0, mw)) * radiusPerRootMw,
    maxPowerMw,
    companyIds,
  };
}

/**
 * d3-scale's ordinal scale over a fixed palette, as a lookup: each company its colour by its place in the list,
 * the palette repeating, and an id outside the list the next colour (d3's implicit domain). scaleOrdinal alone
 * brought d3-scale's and d3-array's shared code into the browser (0.7 KB gzip, the size-budget test's sum).
 */
function ordinalColors(ids: readonly string[], palette: readonly string[]): (id: string) => string {
  const colors = new Map<string, string>();
  const add = (id: string) => colors.set(id, palette[colors.size % palette.length] ?? "").get(id) ?? "";
  for (const id of ids) if (!colors.has(id)) add(id);
  return (id) => colors.get(id) ?? add(id);
}

/** A chart's bar length in % of its track, for values from 0 to `max` (the largest in its panel). */
export function createBarScale(max: number): (value: number) => number {
  const top = Math.max(1, max);
  return (value) => (value / top) * 100;
}
