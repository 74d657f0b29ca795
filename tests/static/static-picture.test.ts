import { readFileSync } from "node:fs";
import { geoArea } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { renderPictures } from "../../scripts/static-picture-plugin.ts";
import { forD3 } from "../../src/data/winding.ts";
import { escapeXml } from "../../src/static/static-picture.ts";

describe("forD3", () => {
  it("turns the basemap's land into areas smaller than a hemisphere, as d3-geo must see land", () => {
    const world = JSON.parse(readFileSync("public/basemap/world-110m.geojson", "utf8")) as FeatureCollection;
    const land = world.features.filter((f) => f.properties?.kind === "land");
    const sphere = 4 * Math.PI;
    expect(geoArea({ type: "FeatureCollection", features: land })).toBeGreaterThan(sphere / 2);
    const fixed = forD3({ type: "FeatureCollection", features: land });
    expect(geoArea(fixed)).toBeLessThan(sphere / 2);
  });
});

describe("the static picture", () => {
  it("is drawn for both languages with the sites labelled and the water behind the land", () => {
    const pictures = renderPictures(".");
    expect(pictures.de).toContain("Loughton · 50 MW");
    expect(pictures.en).toContain("Cobalt Park · up to 8,000 GPUs");
    // The first shape is the water; the land follows, so water only shows where there is no land.
    expect(pictures.de).toMatch(
      /^<svg[^>]*><title[^>]*>[^<]*<\/title><rect [^>]*fill="#d9e6ee"\/><path d="M/,
    );
  });

  it("escapes text, so markup in the data stays text", () => {
    expect(escapeXml(`<img src=x onerror="alert(1)">&'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;",
    );
  });
});
