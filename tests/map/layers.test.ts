import { expression, latest } from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { dataLayers, siteRadiusExpression } from "../../src/map/layers.ts";
import { ENDED_LINE, LIGHT } from "../../src/theme.ts";
import { realEncoding } from "./fixtures.ts";

/** Evaluates a paint value the way MapLibre does, for a feature at a zoom. */
function evaluate(
  value: unknown,
  spec: unknown,
  zoom: number,
  properties: Record<string, unknown>,
  state = {},
) {
  const compiled = expression.createPropertyExpression(value, "paint", spec as never);
  if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom } as never, { properties, type: "Point" } as never, state as never);
}

const layer = (id: string): LayerSpecification & { filter?: unknown } => {
  const found = dataLayers({ flavor: LIGHT, encoding: realEncoding() }).find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};

describe("site symbols", () => {
  it("size circles with the legend's square-root scale, so area is proportional to power", () => {
    const encoding = realEncoding();
    const radiusAt = (mw: number) =>
      evaluate(siteRadiusExpression(encoding), latest.paint_circle["circle-radius"], 5, { powerMw: mw });
    expect(radiusAt(230)).toBeCloseTo(encoding.siteRadius(230), 6);
    expect(radiusAt(50)).toBeCloseTo(encoding.siteRadius(50), 6);
    expect(radiusAt(200) / radiusAt(50)).toBeCloseTo(2, 6);
  });

  it("draw a site without a power figure hollow, never as a zero-size dot", () => {
    const hollow = layer("sites-hollow");
    expect(hollow.filter).toEqual(["==", ["get", "hasPower"], false]);
    expect(hollow.type === "circle" && hollow.paint?.["circle-radius"]).toBeGreaterThan(0);
    expect(layer("sites-circle").filter).toEqual(["==", ["get", "hasPower"], true]);
  });
});

describe("headquarters", () => {
  it("take their colour from the shared company scale", () => {
    const encoding = realEncoding();
    const icon = layer("headquarters-symbol");
    const colour = icon.type === "symbol" ? icon.paint?.["icon-color"] : null;
    for (const id of ["nscale", "openai", "nvidia", "aker", "microsoft"]) {
      const value = evaluate(colour, latest.paint_symbol["icon-color"], 5, { id }) as { toString(): string };
      expect(value.toString()).toBe(
        evaluate(encoding.companyColor(id), latest.paint_symbol["icon-color"], 5, {}).toString(),
      );
    }
  });
});

describe("relations", () => {
  it("draw ended and paused relations grey and dashed, apart from active ones", () => {
    const ended = layer("relations-ended");
    expect(ended.filter).toEqual(["==", ["get", "inactive"], true]);
    expect(ended.type === "line" && ended.paint).toMatchObject({
      "line-color": LIGHT.endedRelation,
      "line-dasharray": [...ENDED_LINE.dash],
    });
    const current = ["build", "buy", "supply", "finance"].map((family) =>
      layer(`relations-current-${family}`),
    );
    for (const l of current) expect(JSON.stringify(l.filter)).toContain('["==",["get","inactive"],false]');
  });

  it("fade everything not linked to the emphasised feature", () => {
    const line = layer("relations-current-build");
    const opacity = line.type === "line" ? line.paint?.["line-opacity"] : null;
    const spec = latest.paint_line["line-opacity"];
    expect(evaluate(opacity, spec, 5, {}, { dimmed: true })).toBeLessThan(
      evaluate(opacity, spec, 5, {}, {}) as number,
    );
  });
});

describe("precision halos", () => {
  it("ring every approximate site and headquarters at close zoom, with a radius that doubles per zoom level", () => {
    for (const id of ["sites-precision", "headquarters-precision"]) {
      const halo = layer(id);
      expect(halo.filter).toEqual(["==", ["get", "approximate"], true]);
      expect(halo.minzoom).toBe(7);
      const radius = halo.type === "circle" ? halo.paint?.["circle-radius"] : null;
      const spec = latest.paint_circle["circle-radius"];
      const at = (zoom: number) => evaluate(radius, spec, zoom, { haloPxAtZoom0: 0.01 }) as number;
      expect(at(11) / at(10)).toBeCloseTo(2, 6);
    }
  });
});
