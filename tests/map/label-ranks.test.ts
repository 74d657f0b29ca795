import * as styleSpec from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { basemapLayers } from "../../src/map/basemap-style.ts";
import { countryRankAt, placeLabelledAt } from "../../src/map/label-ranks.ts";
import { LIGHT } from "../../src/theme.ts";

describe("the label hierarchy", () => {
  it("labels the big countries at world zoom and more of them closer in", () => {
    expect([1, 2.9, 3, 4.4, 4.5, 7].map(countryRankAt)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("labels capitals early and small towns only close in", () => {
    expect(placeLabelledAt(1, 2)).toBe(true);
    expect(placeLabelledAt(4, 8)).toBe(false);
    expect(placeLabelledAt(4, 8.5)).toBe(true);
  });

  it("is the same rule the live map's country labels filter by, so the static picture matches the map", () => {
    const layer = basemapLayers({ flavor: LIGHT, lang: "de", url: (f) => f }).find(
      (l) => l.id === "country-labels",
    );
    const filter = layer && "filter" in layer ? layer.filter : null;
    // featureFilter exists at run time but is missing from the package's type exports.
    const { featureFilter } = styleSpec as unknown as {
      featureFilter(
        filter: unknown,
        rootKey: string,
      ): { filter(globals: unknown, feature: unknown): boolean };
    };
    const compiled = featureFilter(filter, "layers.country-labels.filter");
    for (const zoom of [1, 2.9, 3, 4.4, 4.5, 6]) {
      for (const rank of [1, 2, 3]) {
        const shown = compiled.filter({ zoom }, { type: 1, properties: { kind: "country-label", rank } });
        expect(shown, `rank ${rank} at zoom ${zoom}`).toBe(rank <= countryRankAt(zoom));
      }
    }
  });
});
