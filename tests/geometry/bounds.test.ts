import { describe, expect, it } from "vitest";
import { pictureProjection } from "../../src/build-time/static-picture.ts";
import { PICTURE_FRAME, pictureFit, pictureFrameBounds, STORY_BOUNDS } from "../../src/geometry/bounds.ts";

describe("the first view", () => {
  it("fits the story's bounds into the picture's frame, inside its padding", () => {
    const projection = pictureProjection();
    const { width, height, padding } = PICTURE_FRAME;
    for (const corner of STORY_BOUNDS) {
      const [x, y] = projection(corner) ?? [Number.NaN, Number.NaN];
      expect(x).toBeGreaterThanOrEqual(padding - 0.5);
      expect(x).toBeLessThanOrEqual(width - padding + 0.5);
      expect(y).toBeGreaterThanOrEqual(padding - 0.5);
      expect(y).toBeLessThanOrEqual(height - padding + 0.5);
    }
  });

  it("gives the live map the picture's whole frame: its corners project to the frame's corners", () => {
    const projection = pictureProjection();
    const [[west, south], [east, north]] = pictureFrameBounds();
    const [left, top] = projection([west, north]) ?? [];
    const [right, bottom] = projection([east, south]) ?? [];
    expect(left).toBeCloseTo(0, 6);
    expect(top).toBeCloseTo(0, 6);
    expect(right).toBeCloseTo(PICTURE_FRAME.width, 6);
    expect(bottom).toBeCloseTo(PICTURE_FRAME.height, 6);
    expect(west).toBeLessThan(STORY_BOUNDS[0][0]);
    expect(north).toBeGreaterThan(STORY_BOUNDS[1][1]);
  });

  it("draws the picture with the live map's own fit: one scale and translate for both", () => {
    const projection = pictureProjection();
    const fit = pictureFit();
    expect(projection.scale()).toBe(fit.scale);
    expect(projection.translate()).toEqual(fit.translate);
  });
});
