// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import { createEdgePointerView } from "../../src/map/edge-pointer-view.ts";
import { createFakeMapView } from "./fake-map-view.ts";

const london = { name: "London", lngLat: [-0.1257, 51.5085] as [number, number] };

/** A map zoomed in on Loughton, 17 km from London; `londonOnScreen` decides where London projects. */
function mount(londonOnScreen: boolean) {
  const mapView = createFakeMapView();
  mapView.getView = () => ({
    center: [0.08, 51.66],
    zoom: 11,
    bounds: [0, 51.6, 0.16, 51.7],
    width: 800,
    height: 600,
  });
  mapView.project = () => (londonOnScreen ? { x: 400, y: 500 } : { x: -900, y: 1200 });
  const overlay = document.createElement("div");
  const view = createEdgePointerView(mapView, overlay, [london], createI18n("de"));
  return { overlay, view, pointer: overlay.querySelector<HTMLElement>(".edge-pointer") };
}

describe("the edge pointer's view", () => {
  it("stays hidden while the reference city is on screen", () => {
    expect(mount(true).pointer?.hidden).toBe(true);
  });

  it("points to the city off screen with its distance, and says where it is for screen readers", () => {
    const { pointer, view, overlay } = mount(false);
    expect(pointer?.hidden).toBe(false);
    expect(pointer?.textContent).toMatch(/^London · \d+ km$/);
    expect(pointer?.getAttribute("aria-label")).toContain("London");
    expect(pointer?.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    view.destroy();
    expect(overlay.childElementCount).toBe(0);
  });
});
