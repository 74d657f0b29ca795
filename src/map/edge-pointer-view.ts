/**
 * Draws the edge pointer (see edge-pointer.ts) over the map: an arrow and "London · 21 km", with a full
 * sentence for screen readers ("London liegt rund 21 km südwestlich der Kartenmitte"). The distance and the
 * direction are said by the same functions as the map's description and the arrow keys' announcements
 * (src/model/geography.ts). It only reads the camera through the MapView adapter.
 */
import { el, svg } from "../dom/dom.ts";
import type { I18n } from "../i18n/index.ts";
import { directionWord, distanceText, shortDistance } from "../model/geography.ts";
import type { MapView } from "./create-map.ts";
import { edgePointerFor, type PointerCandidate } from "./edge-pointer.ts";

export interface EdgePointerView {
  update(): void;
  destroy(): void;
}

export function createEdgePointerView(
  mapView: MapView,
  overlay: HTMLElement,
  candidates: readonly PointerCandidate[],
  i18n: I18n,
): EdgePointerView {
  const doc = overlay.ownerDocument;
  // An SVG arrow rather than a text glyph: a rotated "↑" reads as a tick mark at small sizes.
  const arrow = svg(
    doc,
    "svg",
    { class: "edge-pointer-arrow", viewBox: "0 0 24 24", "aria-hidden": "true" },
    svg(doc, "path", { d: "M12 2 20 13h-5v9H9v-9H4z" }),
  );
  const text = el(doc, "span", { class: "edge-pointer-text", attrs: { "aria-hidden": "true" } });
  const element = el(doc, "div", { class: "edge-pointer", attrs: { role: "note" } }, arrow, text);
  element.hidden = true;
  overlay.append(element);

  const update = () => {
    const pointer = edgePointerFor(mapView.getView(), candidates, (lngLat) => mapView.project(lngLat));
    element.hidden = pointer === null;
    if (!pointer) return;
    element.style.left = `${pointer.x}px`;
    element.style.top = `${pointer.y}px`;
    arrow.style.transform = `rotate(${pointer.angle.toFixed(1)}deg)`;
    text.textContent = `${pointer.name} · ${shortDistance(pointer.distanceKm, i18n)}`;
    const direction = directionWord(pointer.bearing, i18n);
    const distance = distanceText(pointer.distanceKm, i18n);
    element.setAttribute("aria-label", i18n.t("pointer.label", { name: pointer.name, distance, direction }));
  };
  const unsubscribe = mapView.onViewChange(update);
  update();
  return {
    update,
    destroy() {
      unsubscribe();
      element.remove();
    },
  };
}
