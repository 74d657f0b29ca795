/**
 * Where a feature lies on the picture, for the details to anchor to. The picture cannot move: a place is where
 * the frame puts it, scaled to fit the picture's box and centred in it, as the live map fits the same frame; only
 * a resize moves it.
 */

import type { DetailsAnchor } from "../details/popups.ts";
import { PICTURE_FRAME } from "../geometry/bounds.ts";
import { frameOffset } from "./placement.ts";

export function createPictureAnchor(picture: HTMLElement): { detailsAnchor: DetailsAnchor; destroy(): void } {
  const project = (lngLat: [number, number]) => {
    // The picture's own box: the map's, without what the area may hold under it (a fault message).
    const width = picture.clientWidth;
    const height = picture.clientHeight;
    const scale = Math.min(width / PICTURE_FRAME.width, height / PICTURE_FRAME.height);
    const offset = frameOffset(lngLat);
    return { x: width / 2 + offset.x * scale, y: height / 2 + offset.y * scale };
  };
  const resized = new Set<() => void>();
  const observer = new ResizeObserver(() => {
    for (const callback of resized) callback();
  });
  observer.observe(picture);
  return {
    detailsAnchor: {
      project,
      onViewChange(callback) {
        resized.add(callback);
        return () => resized.delete(callback);
      },
      // Every target the picture has is in view already.
      reveal: (lngLat) => project(lngLat),
      width: () => picture.clientWidth,
      height: () => picture.clientHeight,
    },
    destroy() {
      observer.disconnect();
      resized.clear();
    },
  };
}
