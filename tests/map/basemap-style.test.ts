import type { SymbolLayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import {
  BASEMAP_ATTRIBUTION,
  basemapLayers,
  basemapSources,
  EMPTY_COLLECTION,
} from "../../src/map/basemap-style.ts";
import { BASEMAP_MANIFEST } from "../../src/map/basemap-tiers.ts";
import { DARK, LIGHT } from "../../src/theme.ts";

const url = (file: string) => `https://example.test/${file}`;

describe("the embedded basemap's style", () => {
  it("paints water, land and borders in the theme's colours", () => {
    for (const flavor of [LIGHT, DARK]) {
      const layers = basemapLayers({ flavor, lang: "de", url });
      expect(layers[0]).toMatchObject({ id: "background", paint: { "background-color": flavor.water } });
      expect(layers.find((l) => l.id === "world-land")).toMatchObject({
        paint: { "fill-color": flavor.land },
      });
      expect(layers.find((l) => l.id === "world-borders")).toMatchObject({
        paint: { "line-color": flavor.border },
      });
    }
  });

  it("labels places in the reader's language", () => {
    const field = (lang: "de" | "en") =>
      (
        basemapLayers({ flavor: LIGHT, lang, url }).find(
          (l) => l.id === "place-labels-1",
        ) as SymbolLayerSpecification
      ).layout?.["text-field"];
    expect(field("de")).toEqual(["get", "name_de"]);
    expect(field("en")).toEqual(["get", "name_en"]);
  });

  it("masks each detail tier in water before its land, so the coarse coastline never shows through", () => {
    const ids = basemapLayers({ flavor: LIGHT, lang: "de", url }).map((l) => l.id);
    expect(BASEMAP_MANIFEST.tiers.length).toBeGreaterThan(2);
    for (const tier of BASEMAP_MANIFEST.tiers)
      expect(ids.indexOf(`${tier.id}-mask`)).toBe(ids.indexOf(`${tier.id}-land`) - 1);
  });

  it("fetches the world outline and the labels at once, credits them, and starts detail tiers empty", () => {
    const sources = basemapSources({ flavor: LIGHT, lang: "de", url });
    expect(sources[BASEMAP_MANIFEST.world.id]).toMatchObject({
      data: url(BASEMAP_MANIFEST.world.file),
      attribution: BASEMAP_ATTRIBUTION,
    });
    expect(BASEMAP_MANIFEST.tiers.length).toBeGreaterThan(2);
    for (const tier of BASEMAP_MANIFEST.tiers)
      expect(sources[tier.id]).toMatchObject({ data: EMPTY_COLLECTION });
  });
});
