/** lineclip ships no types; the one function the picture uses (Cohen-Sutherland for polylines). */
declare module "lineclip" {
  type Point = readonly number[];
  /** The parts of `points` inside `bbox` ([minX, minY, maxX, maxY]), appended to `result` if given. */
  export function clipPolyline<P extends Point>(
    points: readonly P[],
    bbox: readonly [number, number, number, number],
    result?: P[][],
  ): P[][];
}
