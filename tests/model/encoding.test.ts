import { scaleLinear, scaleOrdinal, scaleSqrt } from "d3-scale";
import { describe, expect, it } from "vitest";
import { createBarScale, createEncoding } from "../../src/model/encoding.ts";
import { DARK, LIGHT, MAX_SITE_RADIUS } from "../../src/theme.ts";

describe("the encoding", () => {
  it("gives the site with most power the largest radius, and areas proportional to power", () => {
    const encoding = createEncoding(["a"], [50, 230], LIGHT);
    expect(encoding.maxPowerMw).toBe(230);
    expect(encoding.siteRadius(230)).toBe(MAX_SITE_RADIUS);
    const area = (mw: number) => encoding.siteRadius(mw) ** 2;
    expect(area(230) / area(50)).toBeCloseTo(230 / 50, 9);
  });

  it("colours companies in file order from the theme's palette", () => {
    const ids = ["nscale", "openai", "nvidia"];
    expect(ids.map(createEncoding(ids, [], LIGHT).companyColor)).toEqual(LIGHT.companies.slice(0, 3));
    expect(ids.map(createEncoding(ids, [], DARK).companyColor)).toEqual(DARK.companies.slice(0, 3));
  });

  it("colours exactly as d3-scale's scaleOrdinal would: the palette repeating, an unknown id the next colour", () => {
    const palette = LIGHT.companies.slice(0, 3);
    const ids = ["nscale", "openai", "nvidia", "aker", "microsoft", "nscale"];
    const theme = { ...LIGHT, companies: palette };
    const ours = createEncoding(ids, [], theme).companyColor;
    const d3 = scaleOrdinal<string, string>().domain(ids).range(palette);
    const asked = [...ids, "stranger", "nvidia", "another", "stranger"];
    expect(asked.map(ours)).toEqual(asked.map(d3));
    expect(new Set(asked.map(ours)).size).toBe(3);
  });

  it("sizes and bars exactly as d3-scale's scaleSqrt and scaleLinear would", () => {
    const encoding = createEncoding(["a"], [50, 230, 1000], LIGHT);
    const sqrt = scaleSqrt().domain([0, 1000]).range([0, MAX_SITE_RADIUS]);
    const bar = scaleLinear().domain([0, 8000]).range([0, 100]);
    for (const mw of [0, 0.5, 50, 230, 999, 1000, 1500])
      expect(encoding.siteRadius(mw)).toBeCloseTo(sqrt(mw), 12);
    for (const value of [0, 1, 4000, 8000, 9000])
      expect(createBarScale(8000)(value)).toBeCloseTo(bar(value), 12);
  });

  it("still has a scale when no site has a power figure", () => {
    const encoding = createEncoding([], [], LIGHT);
    expect(encoding.maxPowerMw).toBe(1);
    expect(encoding.siteRadius(0)).toBe(0);
  });
});
