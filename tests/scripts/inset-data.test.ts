import { geoMercator } from "d3-geo";
import { describe, expect, it } from "vitest";
import { renderInsetData } from "../../scripts/inset-data.ts";
import { INSET_EXTENTS, INSET_SIZE, insetFit, parseInsetData } from "../../src/map/inset/inset-data.ts";

describe("the inset's land, drawn at build time", () => {
  const data = renderInsetData(".");

  it("is what the browser accepts, for both extents", () => {
    expect(parseInsetData(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it.each(Object.keys(INSET_EXTENTS) as (keyof typeof INSET_EXTENTS)[])(
    "draws %s with d3's own fit of the extent into the inset, and only what the inset shows",
    (name) => {
      const [[west, south], [east, north]] = INSET_EXTENTS[name];
      const { width, height, padding } = INSET_SIZE;
      const d3 = geoMercator().fitExtent(
        [
          [padding, padding],
          [width - padding, height - padding],
        ],
        {
          type: "MultiPoint",
          coordinates: [
            [west, south],
            [east, north],
          ],
        },
      );
      const { land, scale, translate } = data[name];
      expect(scale).toBe(insetFit(name).scale);
      expect(scale).toBeCloseTo(d3.scale(), 6);
      expect(translate[0]).toBeCloseTo(d3.translate()[0], 6);
      expect(translate[1]).toBeCloseTo(d3.translate()[1], 6);
      expect(land).toMatch(/^M-?\d+(\.\d)?,-?\d+(\.\d)?L/);
      // Only what the inset can show, with a small margin: no coordinate far outside its box.
      const numbers = land.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-4);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(width + 4);
    },
  );
});
