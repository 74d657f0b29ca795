/**
 * Bounding boxes of the countries the data may name, as [west, south, east, north] in degrees.
 *
 * They are deliberately generous (they include coastal waters) because their job is to catch swapped or
 * mistyped coordinates, not to draw borders. A country with overseas parts has one box per part.
 */
export type BBox = readonly [west: number, south: number, east: number, north: number];

export const COUNTRY_BOUNDS: Readonly<Record<string, readonly BBox[]>> = {
  GB: [[-8.7, 49.8, 1.8, 60.9]],
  NO: [[4.4, 57.9, 31.3, 71.3]],
  US: [
    [-125.0, 24.4, -66.9, 49.4],
    [-179.2, 51.2, -129.9, 71.5],
    [-160.3, 18.9, -154.8, 22.3],
  ],
};

/** True when the point lies in one of the country's boxes. Unknown countries contain nothing. */
export function countryContains(country: string, [lon, lat]: readonly [number, number]): boolean {
  const boxes = COUNTRY_BOUNDS[country] ?? [];
  return boxes.some(
    ([west, south, east, north]) => lon >= west && lon <= east && lat >= south && lat <= north,
  );
}
