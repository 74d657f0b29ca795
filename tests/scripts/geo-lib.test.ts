import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  cutAndRewind,
  maxEdgeLongitudeSpan,
  prepareLand,
  ringsOf,
  roundCoordinates,
  selectPlaces,
  serialize,
  signedArea,
} from "../../scripts/geo/lib.mjs";

const FIXTURE_IN = "tests/fixtures/geo-lib/in.geojson";
const FIXTURE_OUT = "tests/fixtures/geo-lib/out.geojson";
const input = () => JSON.parse(readFileSync(FIXTURE_IN, "utf8"));
const pipeline = () => serialize(prepareLand(input(), 4));

describe("the basemap pipeline steps", () => {
  it("give byte-identical output for the same input, matching the stored golden file", () => {
    const first = pipeline();
    expect(pipeline()).toBe(first);
    // REGEN=1 rewrites the golden file after a deliberate change; review its diff on a map before committing.
    if (process.env.REGEN === "1") writeFileSync(FIXTURE_OUT, first);
    expect(first).toBe(readFileSync(FIXTURE_OUT, "utf8"));
  });

  it("leave no ring edge spanning more than 180 degrees of longitude", () => {
    const fixture = input();
    expect(maxEdgeLongitudeSpan(fixture)).toBeGreaterThan(180);
    expect(maxEdgeLongitudeSpan(cutAndRewind(fixture))).toBeLessThanOrEqual(180);
  });

  it("close a ring round the pole along the map edge instead of across the map", () => {
    const polar = cutAndRewind(input()).features[0];
    const ring = ringsOf(polar.geometry)[0];
    expect(ring.filter(([, lat]: number[]) => lat === -90).length).toBeGreaterThanOrEqual(2);
  });

  it("wind every outer ring counter-clockwise, as RFC 7946 asks", () => {
    const outerRings = cutAndRewind(input()).features.flatMap((feature: GeoJSON.Feature) =>
      feature.geometry.type === "Polygon"
        ? [feature.geometry.coordinates[0]]
        : feature.geometry.type === "MultiPolygon"
          ? feature.geometry.coordinates.map((polygon) => polygon[0])
          : [],
    );
    // The fixture's polar ring, its island across the antimeridian (cut in two) and its clockwise square.
    expect(outerRings).toHaveLength(4);
    for (const ring of outerRings) expect(signedArea(ring)).toBeGreaterThan(0);
  });

  it("do not mutate their input", () => {
    const fixture = input();
    const before = structuredClone(fixture);
    cutAndRewind(fixture);
    roundCoordinates(fixture, 2);
    expect(fixture).toEqual(before);
  });
});

describe("selectPlaces", () => {
  const city = (
    cityId: number,
    name: string,
    country: string,
    lon: number,
    lat: number,
    population = 30_000,
  ) => ({
    cityId,
    name,
    country,
    featureCode: "PPL",
    population,
    loc: { type: "Point", coordinates: [lon, lat] },
  });

  it("selects by country and box, never by name: the Milton Keynes Loughton stays out of Essex", () => {
    const cities = [city(1, "Loughton", "GB", -0.786, 52.03), city(2, "Loughton", "GB", 0.0736, 51.6494)];
    const essex = [{ country: "GB", bbox: [-0.2, 51.5, 0.4, 51.8], minPopulation: 1000 }];
    expect(
      selectPlaces(cities, essex).map((f: { properties: { geonamesId: number } }) => f.properties.geonamesId),
    ).toEqual([2]);
  });

  it("leaves out a metropolis's boroughs and places curated elsewhere", () => {
    const cities = [
      city(3, "Islington", "GB", -0.1, 51.54, 300_000),
      city(4, "Harlow", "GB", 0.11, 51.77, 80_000),
    ];
    const region = [{ country: "GB", bbox: [-1, 51, 1, 52], minPopulation: 1000 }];
    const selected = selectPlaces(cities, region, {
      excludeWithin: [{ coordinates: [-0.1257, 51.5085], km: 18 }],
    });
    expect(selected.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(["Harlow"]);
    expect(selectPlaces(cities, region, { excludeIds: [3, 4] })).toEqual([]);
  });
});
