/**
 * Arrow keys from place to place: which marker lies next in a direction. Pure, so it is tested without a page,
 * and the same for the live map and the picture. Directions are taken in Web Mercator, the projection both
 * draw (north up, no rotation), so "up" is up on screen at every zoom; and two markers that share a spot on
 * screen at the overview (Loughton and Nscale's London seat) still lie apart, each reachable by its own key.
 */

export type Direction = "up" | "down" | "left" | "right";

export interface WalkPoint {
  id: string;
  lngLat: readonly [number, number];
}

/** The arrow keys' directions, by `KeyboardEvent.key`. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

const UNIT: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };
/** cos 45°: a marker within ±45° of the direction lies in it. */
const CONE = Math.SQRT1_2;

/** A point in Web Mercator at scale 1, y pointing north. */
function mercator([lng, lat]: readonly [number, number]): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/**
 * The marker to move to from `fromId` in `direction`: the nearest within ±45° of it, else the nearest of all
 * the others (so a key always moves, and none is out of reach). Null when there is no other marker.
 */
export function nearestInDirection(
  points: readonly WalkPoint[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id ?? null;
  const [fx, fy] = mercator(from.lngLat);
  const [ux, uy] = UNIT[direction];
  const others = points
    .filter((p) => p.id !== fromId)
    .map((p) => {
      const [x, y] = mercator(p.lngLat);
      const distance = Math.hypot(x - fx, y - fy);
      const along = distance > 0 ? ((x - fx) * ux + (y - fy) * uy) / distance : 0;
      return { id: p.id, distance, inCone: along >= CONE - 1e-9 };
    })
    .sort((a, b) => a.distance - b.distance);
  return (others.find((p) => p.inCone) ?? others[0])?.id ?? null;
}
