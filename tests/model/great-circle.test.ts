/**
 * The relations' arcs are the great circles @turf/great-circle draws (which the browser no longer downloads):
 * the same points for every relation of the data, and an arc across the antimeridian split, never wrapping.
 */
import { greatCircle as turfGreatCircle } from "@turf/great-circle";
import { describe, expect, it } from "vitest";
import { featureById, indexDataset } from "../../src/data/derive.ts";
import { greatCircle } from "../../src/model/great-circle.ts";
import { realDataset } from "../map/fixtures.ts";

describe("a relation's arc", () => {
  it("has @turf/great-circle's points for every relation of the data", () => {
    const dataset = realDataset();
    const index = indexDataset(dataset);
    expect(dataset.relations.length).toBeGreaterThan(10);
    for (const relation of dataset.relations) {
      const start = featureById(index, relation.from)?.geometry.coordinates;
      const end = featureById(index, relation.to)?.geometry.coordinates;
      if (!start || !end) throw new Error(`fixture: relation ${relation.id} has no ends`);
      const expected = turfGreatCircle([...start], [...end], { npoints: 64 }).geometry;
      expect(greatCircle(start, end, 64)).toEqual(expected);
    }
  });

  it("is split where it crosses the antimeridian, as @turf/great-circle splits it, so that no part wraps the world", () => {
    const tokyo = [139.69, 35.69];
    const sanFrancisco = [-122.39, 37.78];
    const arc = greatCircle(tokyo, sanFrancisco, 64);
    expect(arc.type).toBe("MultiLineString");
    const lines = arc.type === "MultiLineString" ? arc.coordinates : [];
    expect(lines).toHaveLength(2);
    for (const line of lines)
      for (let i = 1; i < line.length; i++)
        expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThan(180);
    expect(lines.flat()).toHaveLength(64);
    expect(turfGreatCircle(tokyo, sanFrancisco, { npoints: 64 }).geometry.type).toBe("MultiLineString");
  });

  it("is a line of one point repeated between a point and itself, as @turf/great-circle's", () => {
    expect(greatCircle([10, 60], [10, 60], 3)).toEqual({
      type: "LineString",
      coordinates: [
        [10, 60],
        [10, 60],
        [10, 60],
      ],
    });
  });
});
