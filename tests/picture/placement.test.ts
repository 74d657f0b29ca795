import { describe, expect, it } from "vitest";
import { PICTURE_FRAME, STORY_BOUNDS } from "../../src/geometry/bounds.ts";
import { frameOffset, inFrame, targetsInFrame } from "../../src/picture/placement.ts";
import { realView } from "../map/fixtures.ts";

describe("the picture's frame", () => {
  it("puts the story's corners at the frame's padding, measured from its centre", () => {
    const [[west, south], [east, north]] = STORY_BOUNDS;
    const { width, height, padding } = PICTURE_FRAME;
    const corners = [frameOffset([west, north]), frameOffset([east, south])];
    // The story's box is fitted inside the padding: it touches it on one axis and stays within it on the other.
    for (const { x, y } of corners) {
      expect(Math.abs(x)).toBeLessThanOrEqual(width / 2 - padding + 1e-9);
      expect(Math.abs(y)).toBeLessThanOrEqual(height / 2 - padding + 1e-9);
    }
    const touches = corners.some(
      ({ x, y }) =>
        Math.abs(Math.abs(x) - (width / 2 - padding)) < 1e-6 ||
        Math.abs(Math.abs(y) - (height / 2 - padding)) < 1e-6,
    );
    expect(touches).toBe(true);
  });

  it("shows the European sites and offices, and leaves the American headquarters to the list", () => {
    expect(inFrame([17.5571, 68.5492])).toBe(true);
    expect(inFrame([-122.389, 37.7701])).toBe(false);
    expect(targetsInFrame(realView()).map((t) => t.id)).toEqual([
      "loughton",
      "stargate-norway",
      "cobalt-park",
      "nscale",
      "aker",
    ]);
  });
});
