/**
 * The first view. The static picture and the live map share it exactly: the picture is drawn in a fixed frame
 * with the story's bounds fitted into it, and the live map fits that same frame (the longitudes and latitudes
 * of the picture's corners) with no padding. Both are Web Mercator, and both scale the frame to contain it in
 * their box, so the map replaces the picture without a jump, at any box size.
 *
 * The fit is computed once, here, without d3-geo (src/geometry/mercator.ts), because the live map loads this module. The
 * build's picture (src/build-time/static-picture.ts) turns the same scale and translate into a d3 projection.
 */
import { fitMercator, type MercatorFit } from "./mercator.ts";

/** Europe, from Cornwall to the North Cape: where the story's sites are. */
export const STORY_BOUNDS: [[number, number], [number, number]] = [
  [-11, 49],
  [26, 70],
];

/** The picture's frame in px and the padding its bounds are fitted with: the desktop map's proportions. */
export const PICTURE_FRAME = { width: 1000, height: 600, padding: 40 } as const;

/** The Web Mercator fit of the story's bounds into the picture's frame, inside its padding. */
export function pictureFit(): MercatorFit {
  const { width, height, padding } = PICTURE_FRAME;
  return fitMercator(STORY_BOUNDS, [
    [padding, padding],
    [width - padding, height - padding],
  ]);
}

/** [[west, south], [east, north]] of the picture's whole frame: what the live map fits at start. */
export function pictureFrameBounds(): [[number, number], [number, number]] {
  const fit = pictureFit();
  const topLeft = fit.invert([0, 0]);
  const bottomRight = fit.invert([PICTURE_FRAME.width, PICTURE_FRAME.height]);
  return [
    [topLeft[0], bottomRight[1]],
    [bottomRight[0], topLeft[1]],
  ];
}
