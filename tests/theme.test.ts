import { describe, expect, it } from "vitest";
import { DARK, FLAVORS, LIGHT, resolveTheme, SIZE_STOPS, sizeFactorAt } from "../src/theme.ts";

describe("the theme", () => {
  it("follows the reader's system with 'auto', and the editor's choice otherwise", () => {
    expect(resolveTheme("auto", true)).toBe("dark");
    expect(resolveTheme("auto", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("has the same colours named in both themes, and five company colours each", () => {
    expect(Object.keys(DARK).sort()).toEqual(Object.keys(LIGHT).sort());
    expect(FLAVORS.dark).toBe(DARK);
    expect(new Set(LIGHT.companies).size).toBe(5);
    expect(new Set(DARK.companies).size).toBe(5);
  });

  it("sizes symbols as the map's zoom stops do, between and beyond them", () => {
    for (const [zoom, factor] of SIZE_STOPS) expect(sizeFactorAt(zoom)).toBe(factor);
    expect(sizeFactorAt(0)).toBe(SIZE_STOPS[0]?.[1]);
    expect(sizeFactorAt(20)).toBe(SIZE_STOPS.at(-1)?.[1]);
    expect(sizeFactorAt(3)).toBeCloseTo((0.55 + 1) / 2, 9);
  });
});
