/**
 * Which basemap files to load for a view. The world outline loads first and alone, so the first picture never
 * waits for detail; continent and regional files follow when the view reaches their box and zoom.
 */
import manifest from "./basemap-manifest.json";

export type BBox = [west: number, south: number, east: number, north: number];

export interface BasemapTier {
  id: string;
  file: string;
  bbox: BBox;
  minzoom: number;
}

export const BASEMAP_MANIFEST = manifest as {
  world: { id: string; file: string };
  places: { id: string; file: string };
  tiers: BasemapTier[];
};

/** How far below a tier's minzoom loading starts, so detail is there when the reader arrives. */
export const PREFETCH_ZOOMS = 0.5;

export interface View {
  zoom: number;
  bounds: BBox;
}

function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The tiers a view needs that are not loaded yet, in manifest order. */
export function tiersToLoad(
  view: View,
  tiers: readonly BasemapTier[],
  loaded: ReadonlySet<string>,
): BasemapTier[] {
  return tiers.filter(
    (tier) =>
      !loaded.has(tier.id) &&
      view.zoom >= tier.minzoom - PREFETCH_ZOOMS &&
      intersects(view.bounds, tier.bbox),
  );
}
