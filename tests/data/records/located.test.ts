import { describe, expect, it } from "vitest";
import { feature, messages, minimal } from "../fixtures.ts";

describe("the checks of located records", () => {
  it("rejects swapped coordinates as lying outside the country", () => {
    const raw = minimal();
    const geometry = feature(raw, "sites", "loughton").geometry;
    geometry.coordinates = [geometry.coordinates[1], geometry.coordinates[0]];
    expect(messages(raw)).toContain(
      'geo/sites.geojson: feature "loughton", field "geometry.coordinates": lies outside GB (swapped longitude and latitude?)',
    );
  });

  it("rejects Loughton placed at the Milton Keynes Loughton, more than 25 km from its town", () => {
    const raw = minimal();
    feature(raw, "sites", "loughton").geometry.coordinates = [-0.786, 52.03];
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/sites\.geojson: feature "loughton", field "geometry\.coordinates": is \d+\.\d km from its town "loughton" \(Loughton\); at most 25 km allowed$/,
      ),
    ]);
  });
});
