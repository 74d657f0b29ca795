import { describe, expect, it } from "vitest";
import {
  BASEMAP_MANIFEST,
  type BasemapTier,
  PREFETCH_ZOOMS,
  tiersToLoad,
} from "../../src/map/basemap-tiers.ts";

const europe: BasemapTier = { id: "europe", file: "e.geojson", bbox: [-30, 34, 45, 75], minzoom: 2.5 };
const essex: BasemapTier = { id: "essex", file: "x.geojson", bbox: [-0.9, 51.25, 1.3, 52.05], minzoom: 6.5 };
const tiers = [europe, essex];

describe("the basemap's detail tiers", () => {
  it("load none at world zoom: the world outline stands alone there", () => {
    expect(tiersToLoad({ zoom: 1, bounds: [-180, -85, 180, 85] }, tiers, new Set())).toEqual([]);
  });

  it("load a tier half a zoom level before its own zoom, when the view reaches its box", () => {
    const view = {
      zoom: essex.minzoom - PREFETCH_ZOOMS,
      bounds: [0, 51.5, 0.5, 51.8] as [number, number, number, number],
    };
    expect(tiersToLoad(view, tiers, new Set()).map((t) => t.id)).toEqual(["europe", "essex"]);
    expect(tiersToLoad({ ...view, bounds: [10, 60, 11, 61] }, tiers, new Set()).map((t) => t.id)).toEqual([
      "europe",
    ]);
  });

  it("never load a tier twice", () => {
    expect(
      tiersToLoad({ zoom: 8, bounds: [0, 51.5, 0.5, 51.8] }, tiers, new Set(["europe", "essex"])),
    ).toEqual([]);
  });

  it("come from the manifest with a file, a box and a zoom each", () => {
    // Two continents at 1:50m and a region round each place of the story.
    expect(BASEMAP_MANIFEST.tiers.length).toBeGreaterThan(2);
    for (const tier of BASEMAP_MANIFEST.tiers) {
      expect(tier.file).toMatch(/^basemap\/.+\.geojson$/);
      expect(tier.bbox[0]).toBeLessThan(tier.bbox[2]);
      expect(tier.bbox[1]).toBeLessThan(tier.bbox[3]);
    }
  });
});
