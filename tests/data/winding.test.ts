import { readFileSync } from "node:fs";
import { geoArea } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { forD3 } from "../../src/data/winding.ts";

describe("forD3", () => {
  it("turns the basemap's land into areas smaller than a hemisphere, as d3-geo must see land", () => {
    const world = JSON.parse(readFileSync("public/basemap/world-110m.geojson", "utf8")) as FeatureCollection;
    const land = world.features.filter((f) => f.properties?.kind === "land");
    const sphere = 4 * Math.PI;
    expect(geoArea({ type: "FeatureCollection", features: land })).toBeGreaterThan(sphere / 2);
    const fixed = forD3({ type: "FeatureCollection", features: land });
    expect(geoArea(fixed)).toBeLessThan(sphere / 2);
  });
});
