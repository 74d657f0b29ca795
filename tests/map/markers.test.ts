// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createMapMarkers } from "../../src/map/markers.ts";
import { createStore } from "../../src/state/store.ts";
import { createFakeMapView } from "./fake-map-view.ts";
import { realView } from "./fixtures.ts";

/** The markers over a fake map in a shadow root, as the element has them, and a button of the page outside. */
function mount() {
  const host = document.createElement("div");
  const outside = document.createElement("button");
  document.body.replaceChildren(host, outside);
  const root = host.attachShadow({ mode: "open" });
  const container = document.createElement("div");
  root.append(container);
  const store = createStore();
  const markers = createMapMarkers({ mapView: createFakeMapView(), container, store, view: realView() });
  const marker = (id: string) => root.querySelector<HTMLButtonElement>(`button.map-marker[data-id="${id}"]`);
  return { root, store, markers, marker, outside };
}

describe("the live map's keyboard markers", () => {
  it("mark the selected site as current, and only it", () => {
    const { store, marker, markers } = mount();
    store.select("loughton", "map");
    expect(marker("loughton")?.getAttribute("aria-current")).toBe("true");
    expect(marker("stargate-norway")?.hasAttribute("aria-current")).toBe(false);
    markers.destroy();
  });

  it("bring the focus back to the marker when the reader closes the details they opened from it", () => {
    const { root, store, marker, markers } = mount();
    marker("loughton")?.focus();
    store.select("loughton", "map");
    // The details took the focus, and their card is gone with it when they close.
    const card = document.createElement("div");
    card.className = "aim-surface";
    const close = document.createElement("button");
    card.append(close);
    root.append(card);
    close.focus();
    expect(root.activeElement).toBe(close);
    card.remove();
    store.select(null, "popup");
    expect(root.activeElement).toBe(marker("loughton"));
    markers.destroy();
  });

  it("leave the focus where the reader has it when a story step or the page's script closes the details", () => {
    for (const source of ["story", "api"] as const) {
      const { root, store, marker, markers, outside } = mount();
      outside.focus();
      store.select("loughton", source);
      store.select(null, source);
      expect(root.activeElement).toBeNull();
      expect(document.activeElement).toBe(outside);
      expect(marker("loughton")?.hasAttribute("aria-current")).toBe(false);
      markers.destroy();
    }
  });

  it("are all removed by destroy()", () => {
    const { root, markers } = mount();
    expect(root.querySelectorAll("button.map-marker").length).toBeGreaterThan(0);
    markers.destroy();
    expect(root.querySelectorAll("button.map-marker")).toHaveLength(0);
  });
});
