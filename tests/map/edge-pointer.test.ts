import { describe, expect, it } from "vitest";
import { compassPoint, edgePointerFor } from "../../src/map/edge-pointer.ts";

const LONDON = { name: "London", lngLat: [-0.1257, 51.5085] as [number, number] };
const LOUGHTON: [number, number] = [0.0905, 51.6465];
/** A toy projection: 5000 px per degree around the view's centre, y pointing down. */
const project = (center: [number, number]) => (lngLat: [number, number]) => ({
  x: 400 + (lngLat[0] - center[0]) * 5000,
  y: 300 - (lngLat[1] - center[1]) * 5000,
});

describe("edgePointerFor", () => {
  it("points south-west to London from Loughton at town zoom, on the viewport's edge", () => {
    const view = { center: LOUGHTON, zoom: 12, width: 800, height: 600 };
    const pointer = edgePointerFor(view, [LONDON], project(LOUGHTON));
    expect(pointer).not.toBeNull();
    expect(pointer?.name).toBe("London");
    expect(Math.round(pointer?.distanceKm ?? 0)).toBe(21);
    expect(compassPoint(pointer?.bearing ?? 0)).toBe(5);
    // Bottom-left quadrant, pinned to the margin box rather than off screen.
    expect(pointer?.x).toBeLessThan(400);
    expect(pointer?.y).toBeGreaterThan(300);
    expect(
      Math.min(pointer?.x ?? 0, 800 - (pointer?.x ?? 0), pointer?.y ?? 0, 600 - (pointer?.y ?? 0)),
    ).toBeCloseTo(36, 0);
  });

  it("shows nothing while the city is on screen", () => {
    const view = { center: LOUGHTON, zoom: 12, width: 800, height: 600 };
    const wide = (lngLat: [number, number]) => ({
      x: 400 + (lngLat[0] - LOUGHTON[0]) * 100,
      y: 300 - (lngLat[1] - LOUGHTON[1]) * 100,
    });
    expect(edgePointerFor(view, [LONDON], wide)).toBeNull();
  });

  it("shows nothing below town zoom or when the city is too far to be a reference", () => {
    expect(
      edgePointerFor({ center: LOUGHTON, zoom: 8, width: 800, height: 600 }, [LONDON], project(LOUGHTON)),
    ).toBeNull();
    const narvik: [number, number] = [17.5, 68.45];
    expect(
      edgePointerFor({ center: narvik, zoom: 12, width: 800, height: 600 }, [LONDON], project(narvik)),
    ).toBeNull();
  });
});

describe("compassPoint", () => {
  it("names the eight directions", () => {
    expect([0, 44, 90, 135, 180, 225, 270, 315, 359].map(compassPoint)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0]);
  });
});
