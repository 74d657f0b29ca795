/**
 * What can go wrong with the live map, in a module of its own without MapLibre: the app and the element tell
 * faults apart before (or without) ever loading the library.
 */

/**
 * What can go wrong in a running map: a basemap file or another resource fails to load, or the browser takes
 * the WebGL context away (to free graphics memory) and perhaps gives it back later.
 */
export type MapFault =
  | { kind: "basemap" | "map"; error: unknown }
  | { kind: "context-lost" }
  | { kind: "context-restored" };

/** The map could not start: its basemap, or something else it needed, failed to load. */
export class MapLoadError extends Error {
  constructor(
    readonly kind: "basemap" | "map",
    cause: unknown,
  ) {
    super(`the map could not load its ${kind === "basemap" ? "basemap" : "resources"}: ${String(cause)}`, {
      cause,
    });
    this.name = "MapLoadError";
  }
}
