import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BASEMAP_MANIFEST, tiersToLoad } from "../src/map/basemap-tiers.ts";

const gzipBytes = (file: string) => gzipSync(readFileSync(`public/${file}`), { level: 9 }).length;

/** The first view: Europe at zoom 3.5, as INITIAL_BOUNDS frames it on a desktop. */
const EUROPE_VIEW = { zoom: 3.5, bounds: [-11, 49, 26, 70] as [number, number, number, number] };

describe("basemap weight", () => {
  it("keeps the files the first Europe view loads within 150 KB gzip", () => {
    const first = [
      BASEMAP_MANIFEST.world.file,
      BASEMAP_MANIFEST.places.file,
      ...tiersToLoad(EUROPE_VIEW, BASEMAP_MANIFEST.tiers, new Set()).map((t) => t.file),
    ];
    expect(first).toContain("basemap/europe-50m.geojson");
    expect(first.filter((f) => f.includes("region-"))).toEqual([]);
    const total = first.reduce((sum, file) => sum + gzipBytes(file), 0);
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });

  it("keeps all basemap files together within 2 MB gzip", () => {
    const all = [
      BASEMAP_MANIFEST.world.file,
      BASEMAP_MANIFEST.places.file,
      ...BASEMAP_MANIFEST.tiers.map((t) => t.file),
    ];
    const total = all.reduce((sum, file) => sum + gzipBytes(file), 0);
    expect(total).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

describe("tiersToLoad", () => {
  it("loads a story region only once the view reaches its box and zoom", () => {
    const loughton = { zoom: 8, bounds: [-0.3, 51.4, 0.5, 51.9] as [number, number, number, number] };
    expect(tiersToLoad(loughton, BASEMAP_MANIFEST.tiers, new Set()).map((t) => t.id)).toEqual([
      "europe-50m",
      "region-london-essex",
    ]);
    expect(tiersToLoad({ ...loughton, zoom: 5 }, BASEMAP_MANIFEST.tiers, new Set()).map((t) => t.id)).toEqual(
      ["europe-50m"],
    );
    expect(
      tiersToLoad(loughton, BASEMAP_MANIFEST.tiers, new Set(["europe-50m", "region-london-essex"])),
    ).toEqual([]);
  });
});
