/**
 * What stands under the pointer: the project's features near a point, clicks and taps, and hover with its hand
 * cursor. Each listener comes with the function that takes it off.
 */

import type { MapLayerMouseEvent, Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import type { MapView } from "./map-view.ts";

export type HitTesting = Pick<MapView, "idsAt" | "onClick" | "onHover">;

export function createHitTesting(map: MaplibreMap): HitTesting {
  return {
    idsAt(point, layers, tolerance) {
      const present = layers.filter((id) => map.getLayer(id));
      const box: [[number, number], [number, number]] = [
        [point.x - tolerance, point.y - tolerance],
        [point.x + tolerance, point.y + tolerance],
      ];
      const features = map.queryRenderedFeatures(box, { layers: present });
      return [...new Set(features.map((f) => String(f.properties.id)))];
    },
    onClick(callback) {
      const onClick = (event: MapMouseEvent) => callback(event.point, [event.lngLat.lng, event.lngLat.lat]);
      map.on("click", onClick);
      return () => map.off("click", onClick);
    },
    onHover: (layers, callback) => onHover(map, layers, callback),
  };
}

function onHover(map: MaplibreMap, layers: readonly string[], callback: (id: string | null) => void) {
  const onMove = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    map.getCanvas().style.cursor = id ? "pointer" : "";
    if (typeof id === "string") callback(id);
  };
  const onLeave = () => {
    map.getCanvas().style.cursor = "";
    callback(null);
  };
  for (const layer of layers) {
    map.on("mousemove", layer, onMove);
    map.on("mouseleave", layer, onLeave);
  }
  return () => {
    for (const layer of layers) {
      map.off("mousemove", layer, onMove);
      map.off("mouseleave", layer, onLeave);
    }
  };
}
