import { latest, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { SymbolLayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { basemapLayers } from "../../src/map/basemap-style.ts";
import { FONT_REGULAR, FONT_SEMIBOLD } from "../../src/map/fonts.ts";
import { buildStyle } from "../../src/map/style.ts";
import { DARK, LIGHT } from "../../src/theme.ts";
import { realView } from "./fixtures.ts";

const url = (file: string) => `https://example.test/${file}`;
const style = (flavor = LIGHT) => buildStyle(realView("de", flavor), url);

describe("buildStyle", () => {
  it.each([LIGHT, DARK])("produces a valid MapLibre style in the $name theme", (flavor) => {
    expect(validateStyleMin(style(flavor), latest)).toEqual([]);
  });

  it("declares a bundled font for every text layer and asks no glyph server", () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    const declared = Object.keys(s["font-faces"] ?? {});
    expect(declared.sort()).toEqual([FONT_REGULAR, FONT_SEMIBOLD].sort());
    const used = s.layers
      .filter(
        (layer): layer is SymbolLayerSpecification =>
          layer.type === "symbol" && !!layer.layout?.["text-field"],
      )
      .flatMap((layer) => layer.layout?.["text-font"] as string[]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((font) => !declared.includes(font))).toEqual([]);
  });

  it("loads only the world outline and the labels up front; detail tiers start empty", () => {
    const sources = style().sources;
    expect(sources["world-110m"]).toMatchObject({ data: url("basemap/world-110m.geojson") });
    expect(sources["europe-50m"]).toMatchObject({ data: { type: "FeatureCollection", features: [] } });
    expect(sources["region-london-essex"]).toMatchObject({
      data: { type: "FeatureCollection", features: [] },
    });
  });

  it("draws the project's layers above every basemap layer", () => {
    const ids = style().layers.map((layer) => layer.id);
    expect(ids.indexOf("relations-ended")).toBeGreaterThan(ids.indexOf("place-labels-4"));
    expect(ids.at(-1)).toBe("headquarters-label");
  });
});

describe("basemapLayers", () => {
  it("paints each detail tier's water mask before its land", () => {
    const ids = basemapLayers({ flavor: LIGHT, lang: "de", url }).map((layer) => layer.id);
    for (const tier of ["europe-50m", "region-ofoten"]) {
      expect(ids.indexOf(`${tier}-mask`)).toBeLessThan(ids.indexOf(`${tier}-land`));
      expect(ids.indexOf(`${tier}-mask`)).toBeGreaterThan(ids.indexOf("world-land"));
    }
  });

  it("labels places in the interface language", () => {
    const textFields = (lang: "de" | "en") =>
      basemapLayers({ flavor: LIGHT, lang, url })
        .filter((layer): layer is SymbolLayerSpecification => layer.type === "symbol")
        .map((layer) => JSON.stringify(layer.layout?.["text-field"]));
    expect(new Set(textFields("de"))).toEqual(new Set(['["get","name_de"]']));
    expect(new Set(textFields("en"))).toEqual(new Set(['["get","name_en"]']));
  });

  it("takes every colour from the theme", () => {
    const colours = (flavor: typeof LIGHT) =>
      JSON.stringify(
        basemapLayers({ flavor, lang: "de", url }).map((layer) => ("paint" in layer ? layer.paint : null)),
      );
    expect(colours(DARK)).not.toContain(LIGHT.land);
    expect(colours(DARK)).toContain(DARK.land);
  });
});
