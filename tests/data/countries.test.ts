import { describe, expect, it } from "vitest";
import { countryContains } from "../../src/data/countries.ts";

describe("a country's boxes", () => {
  it("contain London in GB and Narvik in NO, but not with longitude and latitude swapped", () => {
    expect(countryContains("GB", [-0.1257, 51.5085])).toBe(true);
    expect(countryContains("NO", [17.4273, 68.4385])).toBe(true);
    expect(countryContains("GB", [51.5085, -0.1257])).toBe(false);
  });

  it("cover the overseas parts of a country (Alaska and Hawaii in US)", () => {
    expect(countryContains("US", [-149.9, 61.2])).toBe(true);
    expect(countryContains("US", [-157.86, 21.31])).toBe(true);
  });

  it("contain nothing for a country the data may not name", () => {
    expect(countryContains("DE", [13.4, 52.5])).toBe(false);
  });
});
