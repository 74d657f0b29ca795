/**
 * The first view. The static picture and the live map share it exactly: the picture is drawn in a fixed frame
 * with the story's bounds fitted into it, and the live map fits that same frame (the longitudes and latitudes
 * of the picture's corners) with no padding. Both are Web Mercator, and both scale the frame to contain it in
 * their box, so the map replaces the picture without a jump, at any box size.
 */
import { geoMercator } from "d3-geo";

/** Europe, from Cornwall to the North Cape: where the story's sites are. */
export const STORY_BOUNDS: [[number, number], [number, number]] = [
  [-11, 49],
  [26, 70],
];

/** The picture's frame in px and the padding its bounds are fitted with: the desktop map's proportions. */
export const PICTURE_FRAME = { width: 1000, height: 600, padding: 40 } as const;

/** The Web Mercator projection of the picture's frame. */
export function pictureProjection() {
  const [[west, south], [east, north]] = STORY_BOUNDS;
  const { width, height, padding } = PICTURE_FRAME;
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    {
      type: "Feature",
      properties: {},
      geometry: {
        type: "MultiPoint",
        coordinates: [
          [west, south],
          [east, north],
        ],
      },
    },
  );
}

/** [[west, south], [east, north]] of the picture's whole frame: what the live map fits at start. */
export function pictureFrameBounds(): [[number, number], [number, number]] {
  const projection = pictureProjection();
  const topLeft = projection.invert?.([0, 0]) ?? [0, 0];
  const bottomRight = projection.invert?.([PICTURE_FRAME.width, PICTURE_FRAME.height]) ?? [0, 0];
  return [
    [topLeft[0], bottomRight[1]],
    [bottomRight[0], topLeft[1]],
  ];
}
