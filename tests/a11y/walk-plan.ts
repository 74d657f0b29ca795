/**
 * A walk over every marker by arrow keys, planned with the same function the page uses: from the first site,
 * the shortest sequence of keys that visits each marker at least once (breadth first over the key moves).
 * Unit and browser tests share it, so the browser presses exactly what the model says reaches everything.
 */
import { type Direction, nearestInDirection, type WalkPoint } from "../../src/a11y/nearest.ts";

export const KEYS: Record<Direction, "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight"> = {
  up: "ArrowUp",
  down: "ArrowDown",
  left: "ArrowLeft",
  right: "ArrowRight",
};

export interface Step {
  key: (typeof KEYS)[Direction];
  from: string;
  to: string;
}

/** Keys that visit every point from `start`, or throws if some point cannot be reached. */
export function walkEverything(points: readonly WalkPoint[], start: string): Step[] {
  const steps: Step[] = [];
  const seen = new Set([start]);
  let at = start;
  while (seen.size < points.length) {
    // The shortest key path from here to the nearest marker not yet visited.
    const queue: { id: string; path: Step[] }[] = [{ id: at, path: [] }];
    const reached = new Set([at]);
    let found: Step[] | null = null;
    while (queue.length > 0 && !found) {
      const { id, path } = queue.shift() as { id: string; path: Step[] };
      for (const direction of Object.keys(KEYS) as Direction[]) {
        const to = nearestInDirection(points, id, direction);
        if (!to || reached.has(to)) continue;
        reached.add(to);
        const next = [...path, { key: KEYS[direction], from: id, to }];
        if (!seen.has(to)) {
          found = next;
          break;
        }
        queue.push({ id: to, path: next });
      }
    }
    if (!found) throw new Error(`no key reaches ${points.filter((p) => !seen.has(p.id)).map((p) => p.id)}`);
    for (const step of found) seen.add(step.to);
    steps.push(...found);
    at = found.at(-1)?.to ?? at;
  }
  return steps;
}
