import type { StyleSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { mergeOnlineStyle, resolveStyleUrls } from "../../src/map/online-style.ts";

const remote = (): StyleSpecification => ({
  version: 8,
  sources: {
    osm: { type: "vector", url: "./tiles.json" },
    raster: { type: "raster", tiles: ["../tiles/{z}/{x}/{y}.png"] },
    abs: { type: "geojson", data: "https://other.test/data.geojson" },
  },
  sprite: "./sprite",
  glyphs: "/fonts/{fontstack}/{range}.pbf",
  layers: [{ id: "bg", type: "background" }],
});

describe("mergeOnlineStyle", () => {
  it("puts the project's sources and layers on top of the remote ones, with the bundled font", () => {
    const merged = mergeOnlineStyle(remote(), {
      sources: { sites: { type: "geojson", data: { type: "FeatureCollection", features: [] } } },
      layers: [{ id: "sites-circle", type: "circle", source: "sites" }],
      fontFaces: { "Noto Sans Regular": "https://app.test/noto.woff2" },
    });
    expect(merged.layers.map((l) => l.id)).toEqual(["bg", "sites-circle"]);
    expect(Object.keys(merged.sources)).toEqual(["osm", "raster", "abs", "sites"]);
    expect(merged["font-faces"]).toEqual({ "Noto Sans Regular": "https://app.test/noto.woff2" });
    expect(merged.glyphs).toBe("/fonts/{fontstack}/{range}.pbf");
  });
});

describe("resolveStyleUrls", () => {
  it("makes relative URLs absolute against the style's address and keeps template braces", () => {
    const resolved = resolveStyleUrls(remote(), "https://maps.test/styles/liberty/style.json");
    expect(resolved.sources.osm).toMatchObject({ url: "https://maps.test/styles/liberty/tiles.json" });
    expect(resolved.sources.raster).toMatchObject({
      tiles: ["https://maps.test/styles/tiles/{z}/{x}/{y}.png"],
    });
    expect(resolved.sources.abs).toMatchObject({ data: "https://other.test/data.geojson" });
    expect(resolved.sprite).toBe("https://maps.test/styles/liberty/sprite");
    expect(resolved.glyphs).toBe("https://maps.test/fonts/{fontstack}/{range}.pbf");
  });
});
