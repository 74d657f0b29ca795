import bboxClip from "@turf/bbox-clip";
import type { LineString, MultiLineString } from "geojson";
import { describe, expect, it } from "vitest";
import { clipArc } from "../../src/picture/data-shapes.ts";
import { realMapData } from "../map/fixtures.ts";

/** @turf/bbox-clip's parts of a line, as lists of positions (its one line or its several). */
function turfParts(geometry: LineString | MultiLineString, box: [number, number, number, number]) {
  const clipped = bboxClip(geometry, box).geometry;
  return clipped.type === "LineString" ? [clipped.coordinates] : clipped.coordinates;
}

describe("an arc cut at the picture's drawn extent", () => {
  const arcs = realMapData().relations.features.map((f) => f.geometry);
  // Boxes that cut the real arcs in every way: around Europe (cutting the arcs to California), around the
  // North Sea (both ends outside for some), nothing of any arc, and every arc whole.
  const boxes: [number, number, number, number][] = [
    [-12, 35, 32, 66],
    [-2, 50, 12, 62],
    [100, -10, 120, 10],
    [-180, -85, 180, 85],
  ];

  it("keeps the same parts as @turf/bbox-clip, for every arc of the data and every box", () => {
    expect(arcs.length).toBeGreaterThan(5);
    let cut = 0;
    for (const box of boxes)
      for (const arc of arcs) {
        const parts = clipArc(arc, box);
        expect(parts).toEqual(turfParts(arc, box));
        if (parts.length > 0 && parts.flat().length < arc.coordinates.flat().length) cut++;
      }
    // Some arcs are cut, not only kept whole or dropped.
    expect(cut).toBeGreaterThan(0);
  });

  it("splits a line that leaves the box and comes back, as @turf/bbox-clip does", () => {
    const line: LineString = {
      type: "LineString",
      coordinates: [
        [0, 0],
        [20, 0],
        [20, 20],
        [5, 5],
        [-10, 5],
      ],
    };
    const multi: MultiLineString = { type: "MultiLineString", coordinates: [line.coordinates, [[1, 1]]] };
    const box: [number, number, number, number] = [-1, -1, 10, 10];
    expect(clipArc(line, box)).toHaveLength(2);
    expect(clipArc(line, box)).toEqual(turfParts(line, box));
    expect(clipArc(multi, box)).toEqual(turfParts(multi, box));
  });
});
