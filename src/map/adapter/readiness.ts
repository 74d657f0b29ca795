/**
 * When the map is ready, and what goes wrong: before the first load a failure rejects `ready`; after it the map
 * keeps working through a failed file and each fault is told to the app, named by what failed (the basemap, the
 * map's own data, the WebGL context).
 */

import type { ErrorEvent, Map as MaplibreMap } from "maplibre-gl";
import { BASEMAP_MANIFEST } from "../basemap-tiers.ts";
import { type MapFault, MapLoadError } from "../map-faults.ts";
import type { Subscriptions } from "./subscriptions.ts";

type SourceError = ErrorEvent & { sourceId?: string };

const BASEMAP_SOURCES = new Set([
  BASEMAP_MANIFEST.world.id,
  BASEMAP_MANIFEST.places.id,
  ...BASEMAP_MANIFEST.tiers.map((tier) => tier.id),
]);

const kindOf = (event: { sourceId?: string }) =>
  event.sourceId !== undefined && BASEMAP_SOURCES.has(event.sourceId) ? "basemap" : "map";

/** Resolves once the style, data and visible basemap have loaded and the map has rendered. */
export function watchReadiness(
  map: MaplibreMap,
  subscriptions: Subscriptions,
  onFault: ((fault: MapFault) => void) | undefined,
): Promise<void> {
  subscriptions.on("webglcontextlost", () => onFault?.({ kind: "context-lost" }));
  subscriptions.on("webglcontextrestored", () => onFault?.({ kind: "context-restored" }));
  return new Promise<void>((resolve, reject) => {
    const onError = (event: SourceError) => reject(new MapLoadError(kindOf(event), event.error));
    subscriptions.once("error", onError);
    subscriptions.once("load", () => {
      map.off("error", onError);
      // From here on the map keeps working through a failed file; the app decides what to tell the reader.
      subscriptions.once("idle", () => resolve());
      subscriptions.on("error", (event: SourceError) =>
        onFault?.({ kind: kindOf(event), error: event.error }),
      );
    });
  });
}
