/**
 * Where a step's camera looks, as the map adapter takes it: a box to fit, or a centre and zoom. The named
 * views are fixed boxes, so an editor's "uk" means the same map whatever the data holds; a site or company
 * is shown at a zoom where its place and its neighbours can be read. Pure.
 */

import type { Camera, NamedCamera } from "../contract/camera.ts";
import { pictureFrameBounds, STORY_BOUNDS } from "../geometry/bounds.ts";
import type { BBox, View } from "../model/view.ts";

export type CameraTarget = { bounds: BBox } | { center: [number, number]; zoom: number };

const frame = pictureFrameBounds();

/** [west, south, east, north] of each named view. */
export const NAMED_VIEWS: Readonly<Record<NamedCamera, BBox>> = {
  // The map's first view: the static picture's frame.
  overview: [frame[0][0], frame[0][1], frame[1][0], frame[1][1]],
  europe: [STORY_BOUNDS[0][0], STORY_BOUNDS[0][1], STORY_BOUNDS[1][0], STORY_BOUNDS[1][1]],
  // Great Britain from Cornwall to the Tyne and beyond: Loughton, London and Cobalt Park.
  uk: [-6.5, 50, 2.5, 56.5],
};

/** How long a story step's flight takes, in ms (the bound is 1.5 s). */
export const STEP_FLIGHT_MS = 1200;

/** The zoom a site or company is shown at: its town and its neighbours legible. */
export const FEATURE_ZOOM = 7;

/** The target of a camera in a view, or null for a feature the view's date does not show (yet). */
export function cameraTarget(camera: Camera, view: View): CameraTarget | null {
  switch (camera.kind) {
    case "named":
      return { bounds: NAMED_VIEWS[camera.name] };
    case "point":
      return { center: camera.center, zoom: camera.zoom };
    case "feature": {
      const entity = view.entity(camera.id);
      return entity ? { center: entity.lngLat, zoom: FEATURE_ZOOM } : null;
    }
  }
}
