/**
 * A copy of the map as drawn. The map keeps no drawing buffer (preserveDrawingBuffer would cost every frame of a
 * software renderer): the copy is taken in the very frame that drew it, before the browser clears the buffer. The
 * frame is drawn at the asked ratio, so labels and lines are sharp at that size, not an enlarged screen copy.
 */

import type { Map as MaplibreMap } from "maplibre-gl";
import type { Subscriptions } from "./subscriptions.ts";

export function snapshot(
  map: MaplibreMap,
  subscriptions: Subscriptions,
  pixelRatio: number,
): Promise<HTMLCanvasElement> {
  map.setPixelRatio(pixelRatio);
  return new Promise((resolve) => {
    subscriptions.once("idle", () => {
      subscriptions.once("render", () => {
        const copy = copyCanvas(map.getCanvas());
        // Back to the screen's own ratio: MapLibre documents null as "follow devicePixelRatio again".
        map.setPixelRatio(null as unknown as number);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    map.triggerRepaint();
  });
}

function copyCanvas(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const copy = canvas.ownerDocument.createElement("canvas");
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext("2d")?.drawImage(canvas, 0, 0);
  return copy;
}
