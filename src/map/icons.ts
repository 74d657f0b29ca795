/**
 * The headquarters marker: a square, so it reads as a different kind of thing from the round site symbols
 * even in grey scale. It is drawn as a signed distance field, which lets MapLibre tint it per company.
 */
export interface IconImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * A square signed-distance-field icon. MapLibre reads alpha 192 as the shape's edge and lower values as
 * further outside, one unit of `SDF_STEP` per pixel, so halos and crisp edges work at any size.
 */
export function squareSdf(size = HQ_ICON_SIZE, inset = 8): IconImage {
  const SDF_EDGE = 192;
  const SDF_STEP = 24;
  const data = new Uint8ClampedArray(size * size * 4);
  const half = size / 2;
  const halfSide = half - inset;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Signed distance to the square's border: negative inside, positive outside.
      const dx = Math.abs(x + 0.5 - half) - halfSide;
      const dy = Math.abs(y + 0.5 - half) - halfSide;
      const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
      const inside = Math.min(Math.max(dx, dy), 0);
      const distance = outside + inside;
      const offset = (y * size + x) * 4;
      data[offset + 3] = Math.max(0, Math.min(255, Math.round(SDF_EDGE - distance * SDF_STEP)));
    }
  }
  return { width: size, height: size, data };
}

export const HQ_ICON = "hq-square";

/** The HQ square's image size in px; the collision layer scales it to cover a site's circle. */
export const HQ_ICON_SIZE = 32;
