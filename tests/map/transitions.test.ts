import { describe, expect, it } from "vitest";
import { CHANGE_MS, createTransitions, LABEL_FADE_MS, transitionPlan } from "../../src/map/transitions.ts";
import { createFakeMapView } from "./fake-map-view.ts";
import { realDataset, realView } from "./fixtures.ts";

/**
 * The real data without Loughton's power of January 2025, so that Loughton's power becomes known in September
 * 2025: a case of a circle that grows, which the real data no longer has between these dates.
 */
const unpowered = realDataset();
unpowered.figures = unpowered.figures.filter((f) => f.id !== "loughton-power-2025-01");
const at = (asOf: string) => realView("de", undefined, unpowered, asOf);

/** A frame clock the test advances by hand. */
function clock() {
  let now = 0;
  const callbacks = new Map<number, (time: number) => void>();
  let next = 1;
  return {
    frame: (callback: (time: number) => void) => {
      callbacks.set(next, callback);
      return next++;
    },
    cancelFrame: (handle: number) => callbacks.delete(handle),
    now: () => now,
    advance(ms: number) {
      now += ms;
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback(now);
    },
    pending: () => callbacks.size,
  };
}

describe("what a change of date animates", () => {
  it("grows Loughton's circle when its power becomes known, and draws in the relations that begin", () => {
    const plan = transitionPlan(at("2025-08"), at("2025-09-16/2025-09-17"));
    expect(plan.growing).toContainEqual({ id: "loughton", from: 0, to: 50 });
    expect(plan.fading).toContain("microsoft-buys-loughton");
    expect(plan.fading).not.toContain("nscale-develops-loughton");
  });

  it("fades in a relation that ends, in its ended look, and nothing else when a date adds nothing", () => {
    // OpenAI's exit at Kvandal is known from reports of April 2026: from the month's last day.
    const plan = transitionPlan(at("2026-04-29"), at("2026-04-30"));
    expect(plan.fading).toContain("openai-offtake-stargate-norway");
    expect(transitionPlan(at("2026-06"), at("2026-07"))).toEqual({ growing: [], fading: [], relabelled: [] });
  });

  it("fades a label out and in where its figure changes", () => {
    expect(transitionPlan(at("2025-08"), at("2025-09-16/2025-09-17")).relabelled).toContain("loughton");
  });
});

describe("the animation of a change of date", () => {
  it("fades the old labels out, then draws the new date and eases every value to it, and then clears them", async () => {
    const map = createFakeMapView();
    const time = clock();
    const transitions = createTransitions({ mapView: map, reducedMotion: () => false, ...time });
    let drawn = 0;
    const done = transitions.change(at("2025-08"), at("2025-09-16/2025-09-17"), () => drawn++);
    time.advance(LABEL_FADE_MS / 2);
    expect(drawn).toBe(0);
    expect(map.states.get("sites/loughton")?.labelFade).toBeGreaterThan(0);
    expect(map.states.get("sites/loughton")?.labelFade).toBeLessThan(1);
    time.advance(LABEL_FADE_MS / 2);
    expect(drawn).toBe(1);
    time.advance(CHANGE_MS / 2);
    const halfway = map.states.get("sites/loughton")?.powerMw ?? -1;
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(50);
    expect(map.states.get("relations/microsoft-buys-loughton")?.fade).toBeGreaterThan(0);
    time.advance(CHANGE_MS);
    await done;
    expect(map.states.get("sites/loughton")).toEqual({});
    expect(map.states.get("relations/microsoft-buys-loughton")).toEqual({});
    expect(time.pending()).toBe(0);
  });

  it("draws the new date at once and moves nothing with reduced motion", async () => {
    const map = createFakeMapView();
    const time = clock();
    const transitions = createTransitions({ mapView: map, reducedMotion: () => true, ...time });
    let drawn = 0;
    await transitions.change(at("2025-08"), at("2025-09-16/2025-09-17"), () => drawn++);
    expect(drawn).toBe(1);
    expect(map.states.size).toBe(0);
    expect(time.pending()).toBe(0);
  });

  it("stops a change under way when the next one comes: no queue, only the latest is animated to", async () => {
    const map = createFakeMapView();
    const time = clock();
    const transitions = createTransitions({ mapView: map, reducedMotion: () => false, ...time });
    const draws: string[] = [];
    const first = transitions.change(at("2025-08"), at("2025-09-16/2025-09-17"), () => draws.push("first"));
    time.advance(LABEL_FADE_MS + 10);
    const second = transitions.change(at("2025-09-16/2025-09-17"), at("2026-04-15"), () =>
      draws.push("second"),
    );
    await first;
    time.advance(LABEL_FADE_MS + CHANGE_MS + 10);
    await second;
    expect(draws).toEqual(["first", "second"]);
    expect(time.pending()).toBe(0);
  });
});
