import { describe, expect, it } from "vitest";
import { HQ_ICON_SIZE, squareSdf } from "../../src/map/icons.ts";

const alphaAt = (icon: ReturnType<typeof squareSdf>, x: number, y: number) =>
  icon.data[(y * icon.width + x) * 4 + 3] ?? -1;

describe("the headquarters' square", () => {
  it("is a signed distance field: solid inside, 192 at its edge, fading outside", () => {
    const icon = squareSdf();
    expect(icon.width).toBe(HQ_ICON_SIZE);
    expect(icon.data).toHaveLength(HQ_ICON_SIZE * HQ_ICON_SIZE * 4);
    const centre = HQ_ICON_SIZE / 2;
    expect(alphaAt(icon, centre, centre)).toBe(255);
    expect(alphaAt(icon, 8, centre)).toBeGreaterThanOrEqual(180);
    expect(alphaAt(icon, 8, centre)).toBeLessThanOrEqual(204);
    expect(alphaAt(icon, 0, 0)).toBe(0);
  });

  it("is symmetric, so it looks the same however MapLibre samples it", () => {
    const icon = squareSdf();
    for (const [x, y] of [
      [3, 10],
      [12, 5],
      [9, 9],
    ] as const) {
      expect(alphaAt(icon, x, y)).toBe(alphaAt(icon, HQ_ICON_SIZE - 1 - x, y));
      expect(alphaAt(icon, x, y)).toBe(alphaAt(icon, y, x));
    }
  });
});
