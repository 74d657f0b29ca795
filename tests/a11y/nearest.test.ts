import { describe, expect, it } from "vitest";
import { nearestInDirection } from "../../src/a11y/nearest.ts";
import { realView } from "../map/fixtures.ts";
import { walkEverything } from "./walk-plan.ts";

const points = (asOf?: string) =>
  realView("de", undefined, undefined, asOf).targets.map((t) => ({ id: t.id, lngLat: t.lngLat }));

describe("the nearest marker in a direction", () => {
  it("goes up from Loughton to Cobalt Park, the nearest within ±45° of north, and on up to Kvandal", () => {
    expect(nearestInDirection(points(), "loughton", "up")).toBe("cobalt-park");
    expect(nearestInDirection(points(), "cobalt-park", "up")).toBe("stargate-norway");
  });

  it("tells apart Loughton and Nscale's London seat, which share a spot at the overview", () => {
    // London lies south-west of Loughton, right on the line between "down" and "left".
    const from = (id: string, directions: ("up" | "down" | "left" | "right")[]) =>
      directions.map((d) => nearestInDirection(points(), id, d));
    expect(from("loughton", ["down", "left"])).toContain("nscale");
    expect(from("nscale", ["up", "right"])).toContain("loughton");
  });

  it("takes the nearest of all when nothing lies in the direction, so a key always moves", () => {
    // Nothing lies west of the Californian seats but each other, and nothing east of Kvandal.
    const far = nearestInDirection(points(), "stargate-norway", "right");
    // Aker's seat in Oslo, about 1,000 km south of Kvandal: nearer than Cobalt Park or anything else.
    expect(far).toBe("aker");
    const toy = [
      { id: "a", lngLat: [0, 0] as [number, number] },
      { id: "b", lngLat: [1, 0.2] as [number, number] },
      { id: "c", lngLat: [-3, 0] as [number, number] },
    ];
    expect(nearestInDirection(toy, "a", "right")).toBe("b");
    expect(nearestInDirection(toy, "a", "up")).toBe("b");
    expect(nearestInDirection(toy, "a", "left")).toBe("c");
    expect(nearestInDirection([toy[0] as (typeof toy)[0]], "a", "up")).toBeNull();
  });

  it("reaches every site and company by arrow keys from the first site, at every date", () => {
    const steps = realView().time.steps;
    expect(steps.length).toBeGreaterThan(2);
    for (const step of steps) {
      const all = points(step.asOf);
      const walk = walkEverything(all, all[0]?.id ?? "");
      expect(new Set([all[0]?.id, ...walk.map((s) => s.to)])).toEqual(new Set(all.map((p) => p.id)));
    }
  });
});
