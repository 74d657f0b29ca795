/**
 * The edge pointer: when the reader has zoomed in so far that the reference city (London for Loughton) is off
 * screen, an arrow at the map's edge points to it with its distance. Pure geometry, tested without a map.
 */
import { measure, REFERENCE_MAX_KM } from "../model/geography.ts";

// The compass words are the description's: one function for both (src/model/geography.ts).
export { compassPoint } from "../model/geography.ts";

export interface PointerCandidate {
  name: string;
  lngLat: [number, number];
}

export interface ScreenView {
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

export interface EdgePointer {
  name: string;
  /** Position of the pointer inside the viewport, in px from the top left. */
  x: number;
  y: number;
  /** Screen angle of the arrow in degrees, clockwise from pointing up. */
  angle: number;
  distanceKm: number;
  /** Compass bearing from the view's centre to the target, 0 to 360. */
  bearing: number;
}

/** The pointer only appears this close in: further out, the city is normally on screen or irrelevant. */
export const POINTER_MIN_ZOOM = 9;
/** A city further from the view's centre than this is no useful reference, as in the map's description. */
export const POINTER_MAX_KM = REFERENCE_MAX_KM;
/** Distance of the pointer from the viewport's edge, in px. */
const MARGIN = 36;

/**
 * The pointer to the nearest candidate within reach that is off screen, or null.
 * @param project maps a longitude/latitude to viewport pixels (the map's own projection)
 */
export function edgePointerFor(
  view: ScreenView,
  candidates: readonly PointerCandidate[],
  project: (lngLat: [number, number]) => { x: number; y: number },
): EdgePointer | null {
  if (view.zoom < POINTER_MIN_ZOOM) return null;
  const nearest = candidates
    .map((candidate) => ({ candidate, ...measure(view.center, candidate.lngLat) }))
    .filter(({ km }) => km <= POINTER_MAX_KM)
    .sort((a, b) => a.km - b.km)[0];
  if (!nearest) return null;
  const target = project(nearest.candidate.lngLat);
  if (target.x >= 0 && target.x <= view.width && target.y >= 0 && target.y <= view.height) return null;
  // Walk from the centre towards the target and stop at the margin box: that is where the arrow sits.
  const cx = view.width / 2;
  const cy = view.height / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  const halfW = Math.max(cx - MARGIN, 1);
  const halfH = Math.max(cy - MARGIN, 1);
  const scale = Math.min(
    Math.abs(dx) > 0 ? halfW / Math.abs(dx) : Number.POSITIVE_INFINITY,
    Math.abs(dy) > 0 ? halfH / Math.abs(dy) : Number.POSITIVE_INFINITY,
  );
  return {
    name: nearest.candidate.name,
    x: cx + dx * scale,
    y: cy + dy * scale,
    angle: (Math.atan2(dx, -dy) * 180) / Math.PI,
    distanceKm: nearest.km,
    bearing: nearest.bearing,
  };
}
