/** The first view of the map: Europe, from Cornwall to the North Cape, where the story's sites are. */
export const INITIAL_BOUNDS_ARRAY: [[number, number], [number, number]] = [
  [-11, 49],
  [26, 70],
];
