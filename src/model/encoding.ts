/**
 * The visual encoding: company colours (an ordinal scale over the theme's colour-blind-safe palette), site
 * sizes (a square-root scale, so a circle's area is proportional to power) and the chart's bar lengths (a
 * linear scale). Every scale is made here and only here,
 * by the view model; the map's paint expressions, the legend, the list swatches, the popups, the static picture
 * and the bench's reference style all read this one object.
 */
import { scaleLinear, scaleOrdinal, scaleSqrt } from "d3-scale";
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
  const color = scaleOrdinal<string, string>().domain(companyIds).range(flavor.companies);
  const maxPowerMw = Math.max(1, ...powersMw);
  const radius = scaleSqrt().domain([0, maxPowerMw]).range([0, MAX_SITE_RADIUS]);
  return {
    companyColor: (id) => color(id),
    siteRadius: (mw) => radius(mw),
    maxPowerMw,
    companyIds,
  };
}

/** A chart's bar length in % of its track, for values from 0 to `max` (the largest in its panel). */
export function createBarScale(max: number): (value: number) => number {
  return scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([0, 100]);
}
