/**
 * The camera: where the map looks, where a place stands on the canvas, and the moves that change it (animated
 * unless the reader prefers reduced motion).
 */

import type { Map as MaplibreMap } from "maplibre-gl";
import type { CameraView, MapView } from "./map-view.ts";

export type Camera = Pick<
  MapView,
  "getView" | "project" | "onViewChange" | "moveTo" | "flyTo" | "easeTo" | "zoom"
>;

export function createCamera(map: MaplibreMap, reducedMotion: () => boolean): Camera {
  return {
    getView: () => viewOf(map),
    project(lngLat) {
      const point = map.project(lngLat);
      return { x: point.x, y: point.y };
    },
    onViewChange: (callback) => onViewChange(map, callback),
    moveTo(camera) {
      const reduced = reducedMotion();
      if (camera.bounds) {
        map.fitBounds(camera.bounds, {
          padding: 40,
          maxZoom: 8,
          ...(reduced ? { animate: false } : { duration: 800 }),
        });
        return;
      }
      const target = {
        ...(camera.center ? { center: camera.center } : {}),
        ...(camera.zoom !== undefined ? { zoom: camera.zoom } : {}),
      };
      if (reduced) map.jumpTo(target);
      else map.easeTo({ ...target, duration: 700 });
    },
    flyTo(camera, duration) {
      const reduced = reducedMotion();
      if ("bounds" in camera) {
        map.fitBounds(camera.bounds, { padding: 40, ...(reduced ? { animate: false } : { duration }) });
        return;
      }
      if (reduced) map.jumpTo(camera);
      else map.flyTo({ ...camera, duration, essential: false });
    },
    easeTo({ center, zoom, offsetY, duration }) {
      // easeTo with no duration, unlike jumpTo, takes an offset: reduced motion jumps with it.
      map.easeTo({ center, zoom, offset: [0, offsetY], duration });
    },
    zoom: () => map.getZoom(),
  };
}

function viewOf(map: MaplibreMap): CameraView {
  const b = map.getBounds();
  const center = map.getCenter();
  const canvas = map.getContainer();
  return {
    center: [center.lng, center.lat],
    zoom: map.getZoom(),
    bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    width: canvas.clientWidth,
    height: canvas.clientHeight,
  };
}

/** Calls back after every camera change, at most once per frame; returns the unsubscribe function. */
function onViewChange(map: MaplibreMap, callback: () => void): () => void {
  let frame = 0;
  const onMove = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      callback();
    });
  };
  map.on("move", onMove);
  map.on("resize", onMove);
  return () => {
    if (frame) cancelAnimationFrame(frame);
    map.off("move", onMove);
    map.off("resize", onMove);
  };
}
