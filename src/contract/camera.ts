/** Views a story step can name: the map's first view, Europe, the United Kingdom. */
export const NAMED_CAMERAS = ["overview", "europe", "uk"] as const;
export type NamedCamera = (typeof NAMED_CAMERAS)[number];

/** Where a story step asks the camera to look: a named view, a site or company, or a centre and zoom. */
export type Camera =
  | { kind: "named"; name: NamedCamera }
  | { kind: "feature"; id: string }
  | { kind: "point"; center: [number, number]; zoom: number };
