/**
 * Draws the edge pointer (see edge-pointer.ts) over the map: an arrow and "London · 17 km", with a full
 * sentence for screen readers. It only reads the camera through the MapView adapter.
 */
import type { I18n } from "../i18n/index.ts";
import type { MapView } from "./create-map.ts";
import { compassPoint, edgePointerFor, type PointerCandidate } from "./edge-pointer.ts";

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
  const element = doc.createElement("div");
  element.className = "edge-pointer";
  element.hidden = true;
  element.setAttribute("role", "note");
  // An SVG arrow rather than a text glyph: a rotated "↑" reads as a tick mark at small sizes.
  const svgNs = "http://www.w3.org/2000/svg";
  const arrow = doc.createElementNS(svgNs, "svg");
  arrow.setAttribute("class", "edge-pointer-arrow");
  arrow.setAttribute("viewBox", "0 0 24 24");
  arrow.setAttribute("aria-hidden", "true");
  const path = doc.createElementNS(svgNs, "path");
  path.setAttribute("d", "M12 2 20 13h-5v9H9v-9H4z");
  arrow.append(path);
  const text = doc.createElement("span");
  text.className = "edge-pointer-text";
  text.setAttribute("aria-hidden", "true");
  element.append(arrow, text);
  overlay.append(element);

  const update = () => {
    const pointer = edgePointerFor(mapView.getView(), candidates, (lngLat) => mapView.project(lngLat));
    element.hidden = pointer === null;
    if (!pointer) return;
    const km = i18n.number(Math.round(pointer.distanceKm));
    element.style.left = `${pointer.x}px`;
    element.style.top = `${pointer.y}px`;
    arrow.style.transform = `rotate(${pointer.angle.toFixed(1)}deg)`;
    text.textContent = `${pointer.name} · ${km} km`;
    const direction = i18n.t(`compass.${compassPoint(pointer.bearing)}` as Parameters<I18n["t"]>[0]);
    element.setAttribute("aria-label", i18n.t("pointer.label", { name: pointer.name, km, direction }));
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
