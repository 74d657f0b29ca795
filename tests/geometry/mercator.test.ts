import { geoMercator } from "d3-geo";
import { describe, expect, it } from "vitest";
import { PICTURE_FRAME, STORY_BOUNDS } from "../../src/geometry/bounds.ts";
import { fitMercator, type LngLatBounds, type PixelExtent } from "../../src/geometry/mercator.ts";

/** What the browser used to compute with d3-geo: the reference. */
function d3Fit(bounds: LngLatBounds, extent: PixelExtent) {
  const [[west, south], [east, north]] = bounds;
  return geoMercator().fitExtent(
    [
      [extent[0][0], extent[0][1]],
      [extent[1][0], extent[1][1]],
    ],
    {
      type: "MultiPoint",
      coordinates: [
        [west, south],
        [east, north],
      ],
    },
  );
}

const { width, height, padding } = PICTURE_FRAME;
const INSET: PixelExtent = [
  [2, 2],
  [148, 110],
];
const WORLD: LngLatBounds = [
  [-170, -56],
  [179, 78],
];
const CASES: [string, LngLatBounds, PixelExtent][] = [
  [
    "the picture's frame",
    STORY_BOUNDS,
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
  ],
  [
    "the inset's Europe",
    [
      [-14, 34],
      [34, 72],
    ],
    INSET,
  ],
  ["the inset's world", WORLD, INSET],
];

const POINTS: [number, number][] = [
  [0, 0],
  [-11, 49],
  [26, 70],
  [0.08, 51.66],
  [17.43, 68.44],
  [-122.4, 37.8],
  [151.2, -33.9],
  [-179.5, -60],
  [179.9, 84.9],
];

describe("fitMercator", () => {
  it.each(CASES)("fits %s exactly as d3's geoMercator().fitExtent does", (_, bounds, extent) => {
    const ours = fitMercator(bounds, extent);
    const theirs = d3Fit(bounds, extent);
    expect(ours.scale).toBeCloseTo(theirs.scale(), 6);
    expect(ours.translate[0]).toBeCloseTo(theirs.translate()[0], 6);
    expect(ours.translate[1]).toBeCloseTo(theirs.translate()[1], 6);
    for (const point of POINTS) {
      const [x, y] = ours.project(point);
      const [dx, dy] = theirs(point) ?? [Number.NaN, Number.NaN];
      expect(x).toBeCloseTo(dx, 6);
      expect(y).toBeCloseTo(dy, 6);
    }
  });

  it.each(CASES)("inverts %s as d3 does, and back to the same point", (_, bounds, extent) => {
    const ours = fitMercator(bounds, extent);
    const theirs = d3Fit(bounds, extent);
    for (const point of POINTS) {
      const [lng, lat] = ours.invert(ours.project(point));
      expect(lng).toBeCloseTo(point[0], 6);
      expect(lat).toBeCloseTo(point[1], 6);
    }
    // Every pixel of the extent and beyond it, including east of the antimeridian on the world inset.
    for (const pixel of [
      [0, 0],
      [75, 56],
      [150, 112],
      [1000, 600],
      [-40, 700],
    ] as [number, number][]) {
      const [lng, lat] = ours.invert(pixel);
      const [dLng, dLat] = theirs.invert?.(pixel) ?? [Number.NaN, Number.NaN];
      expect(lng).toBeCloseTo(dLng, 6);
      expect(lat).toBeCloseTo(dLat, 6);
    }
  });

  it("wraps longitudes beyond the antimeridian as d3 does", () => {
    const ours = fitMercator(WORLD, INSET);
    const theirs = d3Fit(WORLD, INSET);
    for (const point of [
      [200, 10],
      [-190, 10],
      [540, 0],
    ] as [number, number][]) {
      expect(ours.project(point)[0]).toBeCloseTo(theirs(point)?.[0] ?? Number.NaN, 6);
    }
  });
});
