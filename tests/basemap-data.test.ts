import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { maxEdgeLongitudeSpan, signedArea } from "../scripts/geo/lib.mjs";
import { BASEMAP_MANIFEST } from "../src/map/basemap-tiers.ts";

const read = (file: string) => JSON.parse(readFileSync(`public/${file}`, "utf8"));
const allFiles = [
  BASEMAP_MANIFEST.world.file,
  BASEMAP_MANIFEST.places.file,
  ...BASEMAP_MANIFEST.tiers.map((t) => t.file),
];

describe("the committed basemap in public/basemap", () => {
  it("has every file the manifest names", () => {
    expect(allFiles.filter((file) => !existsSync(`public/${file}`))).toEqual([]);
  });

  it.each(allFiles)("%s has only finite coordinates", (file) => {
    const text = readFileSync(`public/${file}`, "utf8");
    expect(text.includes("null") || text.includes("NaN")).toBe(false);
  });

  it.each(allFiles.filter((f) => !f.includes("places")))(
    "%s has no edge wrapping round the world",
    (file) => {
      expect(maxEdgeLongitudeSpan(read(file))).toBeLessThanOrEqual(180);
    },
  );

  it.each(allFiles.filter((f) => !f.includes("places")))(
    "%s winds outer rings counter-clockwise and holes clockwise",
    (file) => {
      const wrong: string[] = [];
      let rings = 0;
      for (const feature of read(file).features) {
        const g = feature.geometry;
        const polygons =
          g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
        polygons.forEach((polygon: number[][][], p: number) => {
          polygon.forEach((ring, r) => {
            rings += 1;
            const area = signedArea(ring);
            if ((r === 0 && area <= 0) || (r > 0 && area >= 0))
              wrong.push(`${feature.properties.kind} polygon ${p} ring ${r}`);
          });
        });
      }
      expect(wrong).toEqual([]);
      // Every file holds land (the world's coast at the least): rings were checked.
      expect(rings).toBeGreaterThan(0);
    },
  );

  it("labels every curated story place in both languages", () => {
    const labels = read(BASEMAP_MANIFEST.places.file).features.map(
      (f: { properties: { name_en: string } }) => f.properties.name_en,
    );
    const curated = JSON.parse(readFileSync("geo/places.geojson", "utf8")).features.map(
      (f: { properties: { name: { en: string } } }) => f.properties.name.en,
    );
    expect(curated.length).toBeGreaterThan(0);
    expect(curated.filter((name: string) => !labels.includes(name))).toEqual([]);
  });
});
