import { bearing } from "@turf/bearing";
import { distance } from "@turf/distance";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import {
  compassPoint,
  directionWord,
  distanceText,
  measure,
  referenceFor,
  relativeText,
  roundedKm,
  shortDistance,
} from "../../src/model/geography.ts";
import { realView } from "../map/fixtures.ts";

const LOUGHTON: [number, number] = [0.0905, 51.6465];
const NARVIK: [number, number] = [17.5571, 68.5492];
const LONDON: [number, number] = [-0.1257, 51.5085];
const de = createI18n("de");
const en = createI18n("en");

describe("distances as a reader says them", () => {
  it("keeps whole kilometres below 10 km and two significant figures above", () => {
    expect([0.3, 5.47, 9.6, 21.4, 62.2, 387.2, 1013.8, 2096.6, 8712].map(roundedKm)).toEqual([
      0, 5, 10, 21, 62, 390, 1000, 2100, 8700,
    ]);
  });

  it("says they are approximate, in the reader's language, and 'less than 1 km' close by", () => {
    expect(distanceText(2096.6, de)).toBe("rund 2.100 km");
    expect(distanceText(2096.6, en)).toBe("about 2,100 km");
    expect(distanceText(0.3, de)).toBe("weniger als 1 km");
    expect(shortDistance(21.4, de)).toBe("21 km");
    expect(shortDistance(2096.6, en)).toBe("2,100 km");
  });
});

describe("directions in eight compass words", () => {
  it("rounds a bearing to the nearest of eight points, wrapping at north", () => {
    expect([0, 22, 23, 44, 90, 135, 180, 225, 270, 315, 338, 359, -10].map(compassPoint)).toEqual([
      0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0,
    ]);
    expect(directionWord(44, de)).toBe("nordöstlich");
    expect(directionWord(44, en)).toBe("north-east");
  });

  it("places Kvandal about 2,100 km north of Loughton, and Loughton about 21 km north-east of London", () => {
    expect(Math.round(measure(LOUGHTON, NARVIK).km)).toBe(2097);
    expect(relativeText(LOUGHTON, NARVIK, de)).toBe("rund 2.100 km nördlich");
    expect(relativeText(LONDON, LOUGHTON, en)).toBe("about 21 km north-east");
    // From the other end it is the opposite direction, the same distance.
    expect(relativeText(LOUGHTON, LONDON, en)).toBe("about 21 km south-west");
  });

  it("measures as @turf/distance and @turf/bearing do, which the browser no longer downloads", () => {
    const pairs: [[number, number], [number, number]][] = [
      [LOUGHTON, NARVIK],
      [LONDON, LOUGHTON],
      [NARVIK, LONDON],
      [
        [-122.39, 37.78],
        [139.69, 35.69],
      ],
      [
        [170, -40],
        [-170, -41],
      ],
    ];
    for (const [from, to] of pairs) {
      const measured = measure(from, to);
      expect(measured.km).toBeCloseTo(distance(from, to, { units: "kilometers" }), 9);
      expect(measured.bearing).toBeCloseTo((bearing(from, to) + 360) % 360, 9);
    }
  });
});

describe("the reference place of a site", () => {
  it("is the nearest town a reader knows within reach: London for Loughton, Newcastle for Cobalt Park, Narvik for Kvandal", () => {
    const { placed, references } = realView().geography;
    const of = (id: string) => {
      const site = placed.find((p) => p.id === id);
      return site ? referenceFor(site, references)?.place.name : undefined;
    };
    expect(of("loughton")).toBe("London");
    expect(of("cobalt-park")).toMatch(/^Newcastle/);
    expect(of("stargate-norway")).toBe("Narvik");
  });

  it("is none when no known town lies within 150 km", () => {
    const far = {
      id: "x",
      kind: "site",
      name: "X",
      lngLat: [-30, 0],
      place: "",
      precision: "area",
      headline: null,
    } as const;
    expect(referenceFor({ ...far, lngLat: [-30, 0] }, realView().geography.references)).toBeNull();
  });

  it("measures as @turf/distance and @turf/bearing do, which the browser no longer loads", () => {
    const points: [number, number][] = [LOUGHTON, NARVIK, [-1.5, 55], [10.7, 59.9], [-122.3, 47.6], [0, 0]];
    for (const from of points)
      for (const to of points.filter((p) => p !== from)) {
        const { km, bearing: degrees } = measure(from, to);
        expect(km).toBeCloseTo(distance(from, to, { units: "kilometers" }), 9);
        expect(degrees).toBeCloseTo((bearing(from, to) + 360) % 360, 9);
      }
  });
});
