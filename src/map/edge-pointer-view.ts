/**
 * Draws the edge pointer (see edge-pointer.ts) over the map: an arrow and "London · 17 km", with a full
 * sentence for screen readers. It only reads the camera through the MapView adapter.
 */
import { el, svg } from "../dom.ts";
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
