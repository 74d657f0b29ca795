/**
 * The label hierarchy of the basemap, shared by the live map's label layers and the static picture, so the
 * picture shows the same names the map will show at its first view. Pure data: no MapLibre, no font imports.
 */

/** Place rank to the zoom it first shows at: capitals early, small towns only close in. */
export const PLACE_RANK_MINZOOM: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 2, 2: 4.5, 3: 6.5, 4: 8.5 };

/** From which zoom country labels of each rank show: rank 1 always, rank 2 from 3, rank 3 from 4.5. */
export const COUNTRY_RANK_FROM_ZOOM: readonly (readonly [zoom: number, rank: number])[] = [
  [3, 2],
  [4.5, 3],
];

/** The highest country rank labelled at a zoom. */
export function countryRankAt(zoom: number): number {
  return COUNTRY_RANK_FROM_ZOOM.reduce((rank, [from, next]) => (zoom >= from ? next : rank), 1);
}

/** Whether a place of this rank is labelled at a zoom. */
export function placeLabelledAt(rank: number, zoom: number): boolean {
  const minzoom = PLACE_RANK_MINZOOM[rank as 1 | 2 | 3 | 4];
  return minzoom !== undefined && zoom >= minzoom;
}
