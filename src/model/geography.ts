/**
 * Where things lie relative to each other, said as a reader would say it: one distance and direction function
 * for the map's description, the arrow keys' announcements and the edge pointer, so the three never disagree
 * ("Kvandal liegt rund 2.100 km nördlich von Loughton"). Distances are derived geometry between approximate
 * points: great-circle distance and initial bearing (as @turf/distance and @turf/bearing compute them, which
 * the tests hold this to), rounded to two significant
 * figures (whole kilometres below 10 km) and always said to be approximate. No sourced figure passes through here.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Precision } from "../data/vocabulary.ts";
import type { I18n, MessageKey } from "../i18n/index.ts";
import type { SiteHeadline } from "./headline.ts";

/** How far and which way one point lies from another. */
export interface Measure {
  /** Great-circle distance in km, unrounded. */
  km: number;
  /** Initial compass bearing from the first point to the second, 0 to 360, clockwise from north. */
  bearing: number;
}

const RADIANS = Math.PI / 180;
/** The Earth's mean radius in km, @turf/distance's. */
const EARTH_KM = 6371.0088;

/**
 * The distance (haversine) and initial bearing from `from` to `to`, both [longitude, latitude]: @turf/distance's
 * and @turf/bearing's formulas, written out so the browser loads neither (nor @turf/invariant).
 */
export function measure(
  [fromLng, fromLat]: readonly [number, number],
  [toLng, toLat]: readonly [number, number],
): Measure {
  const lat1 = fromLat * RADIANS;
  const lat2 = toLat * RADIANS;
  const dLng = (toLng - fromLng) * RADIANS;
  const a = Math.sin((lat2 - lat1) / 2) ** 2 + Math.sin(dLng / 2) ** 2 * Math.cos(lat1) * Math.cos(lat2);
  const y = Math.sin(dLng) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLng);
  return {
    km: 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_KM,
    bearing: (Math.atan2(y, x) / RADIANS + 360) % 360,
  };
}

/** The eight-point compass direction of a bearing, as an index into the compass words (N, NE, …). */
export function compassPoint(bearingDegrees: number): number {
  return Math.round((((bearingDegrees % 360) + 360) % 360) / 45) % 8;
}

/**
 * A distance as a reader would say it: whole kilometres below 10 km, else two significant figures
 * (21.4 → 21, 387 → 390, 2,096.6 → 2,100). Below half a kilometre it is 0: the caller says "less than 1 km".
 */
export function roundedKm(km: number): number {
  if (km < 10) return Math.round(km);
  const step = 10 ** (Math.floor(Math.log10(km)) - 1);
  return Math.round(km / step) * step;
}

/** "2.100 km" (the edge pointer's short label), "< 1 km" close by. */
export function shortDistance(km: number, i18n: I18n): string {
  const rounded = roundedKm(km);
  return rounded < 1 ? i18n.t("distance.underOne") : `${i18n.number(rounded)} km`;
}

/** "rund 2.100 km", "about 21 km": the rounded distance, said to be approximate. */
export function distanceText(km: number, i18n: I18n): string {
  const rounded = roundedKm(km);
  return rounded < 1 ? i18n.t("distance.underOne") : i18n.t("distance.about", { km: i18n.number(rounded) });
}

/** "nördlich", "north-east": the eight-point compass word of a bearing. */
export function directionWord(bearingDegrees: number, i18n: I18n): string {
  return i18n.t(`compass.${compassPoint(bearingDegrees)}` as MessageKey);
}

/** "rund 2.100 km nördlich": how far and which way `to` lies from `from`. */
export function relativeText(from: readonly [number, number], to: readonly [number, number], i18n: I18n) {
  const { km, bearing: towards } = measure(from, to);
  return `${distanceText(km, i18n)} ${directionWord(towards, i18n)}`;
}

/** A site or company as the description and the arrow keys place it. */
export interface Placed {
  id: string;
  kind: "site" | "company";
  name: string;
  lngLat: [number, number];
  /** Where it is in words ("Redmond, Washington, USA"), in the view's language. */
  place: string;
  precision: Precision;
  /** The headline's lead figure with what it is ("geplant: 230 MW"), or null when it has none. */
  headline: string | null;
}

/** A town or city a reader orients by: rank 1 (London, Oslo) or 2 (Newcastle) in geo/places.geojson. */
export interface ReferencePlace {
  name: string;
  lngLat: [number, number];
  rank: number;
}

export interface Geography {
  /** The sites, then the companies (at their headquarters), in the list's order. */
  placed: Placed[];
  /** The reference places, the most important first. */
  references: ReferencePlace[];
}

/** A place further than this from a site is no useful reference for it (the edge pointer's reach too). */
export const REFERENCE_MAX_KM = 150;

const lngLatOf = (coordinates: readonly number[]): [number, number] => [
  coordinates[0] ?? 0,
  coordinates[1] ?? 0,
];

/** Everything a view needs to say where its sites and companies lie, in the view's language. */
export function geographyOf(
  data: Dataset,
  ctx: { i18n: I18n; nameOf(id: string): string },
  headlineOf: (siteId: string) => SiteHeadline,
): Geography {
  const { i18n } = ctx;
  const placed: Placed[] = [
    ...data.sites.map((site) => ({
      id: site.properties.id,
      kind: "site" as const,
      name: ctx.nameOf(site.properties.id),
      lngLat: lngLatOf(site.geometry.coordinates),
      place: i18n.text(site.properties.place),
      precision: site.properties.precision,
      headline: headlineOf(site.properties.id).lead,
    })),
    ...data.headquarters.map((hq) => ({
      id: hq.properties.id,
      kind: "company" as const,
      name: ctx.nameOf(hq.properties.id),
      lngLat: lngLatOf(hq.geometry.coordinates),
      place: i18n.text(hq.properties.place),
      precision: hq.properties.precision,
      headline: null,
    })),
  ];
  const references = data.places
    .filter((place) => place.properties.rank <= 2)
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .map((place) => ({
      name: i18n.text(place.properties.name),
      lngLat: lngLatOf(place.geometry.coordinates),
      rank: place.properties.rank,
    }));
  return { placed, references };
}

/**
 * The reference place a site is best placed by: the nearest within reach (a town of the site's own name is
 * said as "the town of …"), the more important one when two are alike.
 */
export function referenceFor(
  site: Placed,
  references: readonly ReferencePlace[],
): { place: ReferencePlace; measure: Measure } | null {
  const near = references
    .map((place) => ({ place, measure: measure(place.lngLat, site.lngLat) }))
    .filter(({ measure: m }) => m.km <= REFERENCE_MAX_KM)
    .sort((a, b) => a.measure.km - b.measure.km);
  return near[0] ?? null;
}
