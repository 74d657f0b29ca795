/**
 * A relation's arc: the great circle between two points as a line of `count` points, by the formula
 * @turf/great-circle uses (intermediate points on a great circle, coordinates to 6 decimals), held to its
 * output in the tests; the browser is spared the library. An arc that crosses the antimeridian is split there
 * into two lines, so none wraps the world.
 */
import type { LineString, MultiLineString } from "geojson";

const D2R = Math.PI / 180;
const round = (degrees: number) => Math.round((degrees + Number.EPSILON) * 1e6) / 1e6;

export function greatCircle(
  from: readonly number[],
  to: readonly number[],
  count: number,
): LineString | MultiLineString {
  const [x1, y1, x2, y2] = [from[0], from[1], to[0], to[1]].map((v) => (v ?? 0) * D2R) as [
    number,
    number,
    number,
    number,
  ];
  const g =
    2 *
    Math.asin(
      Math.sqrt(Math.sin((y1 - y2) / 2) ** 2 + Math.cos(y1) * Math.cos(y2) * Math.sin((x1 - x2) / 2) ** 2),
    );
  const points: number[][] = [];
  const delta = 1 / (count - 1);
  for (let i = 0; i < count; i++) {
    const a = g === 0 ? 1 : Math.sin((1 - delta * i) * g) / Math.sin(g);
    const b = g === 0 ? 0 : Math.sin(delta * i * g) / Math.sin(g);
    const x = a * Math.cos(y1) * Math.cos(x1) + b * Math.cos(y2) * Math.cos(x2);
    const y = a * Math.cos(y1) * Math.sin(x1) + b * Math.cos(y2) * Math.sin(x2);
    const z = a * Math.sin(y1) + b * Math.sin(y2);
    points.push([round(Math.atan2(y, x) / D2R), round(Math.atan2(z, Math.sqrt(x ** 2 + y ** 2)) / D2R)]);
  }
  const lines: number[][][] = [[]];
  for (const [i, point] of points.entries()) {
    if (i > 0 && Math.abs((point[0] ?? 0) - (points[i - 1]?.[0] ?? 0)) > 180) lines.push([]);
    lines.at(-1)?.push(point);
  }
  return lines.length === 1
    ? { type: "LineString", coordinates: points }
    : { type: "MultiLineString", coordinates: lines };
}
