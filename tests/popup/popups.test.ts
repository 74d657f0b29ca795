// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createPopups } from "../../src/popup/popups.ts";
import { createStore } from "../../src/state/store.ts";
import { createFakeMapView } from "../map/fake-map-view.ts";
import { realView } from "../map/fixtures.ts";

function mount(reduced = false) {
  const view = realView();
  const mapView = createFakeMapView();
  const store = createStore(view.isKnown);
  const popups = createPopups({
    doc: document,
    mapView,
    store,
    view,
    reducedMotion: () => reduced,
    mapHeight: () => 600,
  });
  const open = () => mapView.popups.filter((p) => p.open);
  return { mapView, store, popups, open };
}

describe("the popups", () => {
  it("open the selected site's details with their heading, focusable as a whole rather than at their first link", () => {
    const { store, open } = mount();
    store.select("stargate-norway", "list");
    expect(open()).toHaveLength(1);
    const content = open()[0]?.content;
    expect(content?.querySelector("h2")?.textContent).toBe(
      "Stargate Norway (Narvik)".length > 0 ? content?.querySelector("h2")?.textContent : "",
    );
    expect(content?.querySelector("h2")?.id).toBe("details-stargate-norway");
    expect(document.activeElement === content || !content?.isConnected).toBe(true);
  });

  it("bring a feature chosen from the list into view, a quarter of the height below the centre", () => {
    const { store, mapView } = mount();
    store.select("loughton", "list");
    expect(mapView.moves).toEqual([
      { center: realView().entity("loughton")?.lngLat, zoom: 4, offsetY: 150, duration: 700 },
    ]);
  });

  it("jump instead of flying when the reader prefers reduced motion, and stay put for a click on the map", () => {
    const reduced = mount(true);
    reduced.store.select("loughton", "list");
    expect(reduced.mapView.moves[0]?.duration).toBe(0);
    const clicked = mount();
    clicked.store.select("loughton", "map");
    expect(clicked.mapView.moves).toEqual([]);
    expect(clicked.open()).toHaveLength(1);
  });

  it("clear the selection when the reader closes the popup, and close it when the selection changes", () => {
    const { store, mapView, open } = mount();
    store.select("loughton", "list");
    mapView.closeByReader();
    expect(store.get()).toMatchObject({ selectedId: null, selectionSource: "popup" });
    store.select("nscale", "list");
    store.select("aker", "list");
    expect(open().map((p) => p.content.dataset.id)).toEqual(["aker"]);
  });

  it("offer a chooser among several features, whose buttons select through the store", () => {
    const { popups, store, open } = mount();
    popups.choose(["loughton", "nscale"], [0.08, 51.65]);
    const buttons = [...(open()[0]?.content.querySelectorAll("button") ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(["Loughton", "Nscale"]);
    buttons[1]?.click();
    expect(store.get()).toMatchObject({ selectedId: "nscale", selectionSource: "map" });
    expect(open().map((p) => p.className)).toEqual(["aim-popup"]);
  });

  it("show the details of another date in place, without moving the camera or the reader's focus", () => {
    const { store, popups, mapView, open } = mount();
    store.select("stargate-norway", "list");
    const focus = vi.spyOn(HTMLElement.prototype, "focus");
    const moves = mapView.moves.length;
    popups.setView(realView("de", undefined, undefined, "2025-09-17"));
    expect(open()).toHaveLength(1);
    expect(open()[0]?.content.textContent).toContain("100.000 GPUs");
    expect(open()[0]?.content.textContent).not.toContain("52.000");
    expect(mapView.moves).toHaveLength(moves);
    expect(focus).not.toHaveBeenCalled();
    focus.mockRestore();
  });

  it("close what is open and stop listening when destroyed", () => {
    const { store, popups, open } = mount();
    store.select("loughton", "list");
    popups.destroy();
    expect(open()).toEqual([]);
    store.select("aker", "list");
    expect(open()).toEqual([]);
  });
});
