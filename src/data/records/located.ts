/**
 * Checks of the located records (places, sites, headquarters): each point lies in its country, and a site or
 * headquarters lies near the town it names, so a swapped or mistyped coordinate cannot reach the map.
 */
import distance from "@turf/distance";
import { countryContains } from "../countries.ts";
import { GEO_FILES } from "../files.ts";
import type { HeadquartersFeature, PlaceFeature, SiteFeature } from "../schema.ts";
import { type CheckContext, checkSourceRefs } from "./references.ts";

/** Largest distance in km between a point and the town it names; beyond it, the point is probably misplaced. */
export const MAX_TOWN_DISTANCE_KM = 25;

const outsideCountry = (country: string) => `lies outside ${country} (swapped longitude and latitude?)`;

export function checkPlaces(places: readonly PlaceFeature[], ctx: CheckContext): void {
  const file = GEO_FILES.places;
  for (const place of places) {
    const { id, country, sources } = place.properties;
    if (!countryContains(country, place.geometry.coordinates)) {
      ctx.issues.push({ file, id, field: "geometry.coordinates", message: outsideCountry(country) });
    }
    checkSourceRefs(ctx, file, id, "properties.sources", sources);
  }
}

/** Sites and headquarters: sources known, point inside the country and within reach of its town. */
export function checkLocated(
  key: "sites" | "headquarters",
  features: readonly (SiteFeature | HeadquartersFeature)[],
  places: readonly PlaceFeature[],
  ctx: CheckContext,
): void {
  const file = GEO_FILES[key];
  const placeById = new Map(places.map((f) => [f.properties.id, f]));
  for (const feature of features) {
    const { id, country, town } = feature.properties;
    const point = feature.geometry.coordinates;
    checkSourceRefs(ctx, file, id, "properties.sources", feature.properties.sources);
    if (!countryContains(country, point)) {
      ctx.issues.push({ file, id, field: "geometry.coordinates", message: outsideCountry(country) });
      continue;
    }
    const townFeature = placeById.get(town);
    // A town that exists but failed its own checks is reported there, not again here.
    if (!townFeature && ctx.declared.places.has(town)) continue;
    if (!townFeature) {
      ctx.issues.push({
        file,
        id,
        field: "properties.town",
        message: `unknown town "${town}" (not in geo/places.geojson)`,
      });
      continue;
    }
    const km = distance(point, townFeature.geometry.coordinates, { units: "kilometers" });
    if (km > MAX_TOWN_DISTANCE_KM) {
      ctx.issues.push({
        file,
        id,
        field: "geometry.coordinates",
        message: `is ${km.toFixed(1)} km from its town "${town}" (${townFeature.properties.name.en}); at most ${MAX_TOWN_DISTANCE_KM} km allowed`,
      });
    }
  }
}
