/**
 * Where things lie on the static picture: its frame is the live map's first view (src/geometry/bounds.ts), so the
 * build, the picture's links and the details all place a feature with the same projection.
 */
import { PICTURE_FRAME, pictureFit } from "../geometry/bounds.ts";
import type { Target, View } from "../model/view.ts";

let fit: ReturnType<typeof pictureFit> | null = null;

/** A point's offset from the picture frame's centre, in the frame's px. */
export function frameOffset(lngLat: [number, number]): { x: number; y: number } {
  fit ??= pictureFit();
  const [x, y] = fit.project(lngLat);
  return { x: x - PICTURE_FRAME.width / 2, y: y - PICTURE_FRAME.height / 2 };
}

/** Whether a point lies inside the picture's frame, where the picture can show it. */
export function inFrame(lngLat: [number, number]): boolean {
  const { x, y } = frameOffset(lngLat);
  return Math.abs(x) <= PICTURE_FRAME.width / 2 && Math.abs(y) <= PICTURE_FRAME.height / 2;
}

/** The targets the picture shows: those inside its frame. */
export const targetsInFrame = (view: View): Target[] => view.targets.filter((t) => inFrame(t.lngLat));
