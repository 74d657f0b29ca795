// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createInteractions } from "../../src/map/interactions.ts";
import { createStore } from "../../src/state/store.ts";
import { createFakeMapView } from "./fake-map-view.ts";
import { realView } from "./fixtures.ts";

function mount() {
  const view = realView();
  const mapView = createFakeMapView();
  const store = createStore(view.isKnown);
  const several: string[][] = [];
  let nothing = 0;
  const interactions = createInteractions({
    mapView,
    store,
    view,
    onSeveral: (ids) => several.push(ids),
    onNothing: () => nothing++,
  });
  return { mapView, store, interactions, several, nothing: () => nothing };
}

describe("the map's interactions", () => {
  it("select what a click hits, through the store", () => {
    const { mapView, store } = mount();
    mapView.hits = ["stargate-norway"];
    mapView.click();
    expect(store.get()).toMatchObject({ selectedId: "stargate-norway", selectionSource: "map" });
  });

  it("tell the details that a click hit nothing, so that they close", () => {
    const { mapView, nothing } = mount();
    mapView.hits = [];
    mapView.click();
    expect(nothing()).toBe(1);
  });

  it("hand several features under one click to the chooser instead of guessing", () => {
    const { mapView, store, several } = mount();
    mapView.hits = ["loughton", "nscale"];
    mapView.click();
    expect(several).toEqual([["loughton", "nscale"]]);
    expect(store.get().selectedId).toBeNull();
  });

  it("emphasise the selection and what is linked to it, and dim the rest, in each feature's own source", () => {
    const { mapView, store } = mount();
    store.select("aker");
    expect(mapView.states.get("headquarters/aker")).toMatchObject({ selected: true, dimmed: false });
    expect(mapView.states.get("sites/stargate-norway")).toMatchObject({ highlighted: true, dimmed: false });
    expect(mapView.states.get("sites/loughton")).toMatchObject({ dimmed: true });
    expect(mapView.states.get("relations/aker-jv-stargate-norway")).toMatchObject({ highlighted: true });
  });

  it("let hover win over the selection for emphasis, and clear all emphasis when both end", () => {
    const { mapView, store } = mount();
    store.select("loughton");
    mapView.hover("aker");
    expect(store.get().hoverId).toBe("aker");
    expect(mapView.states.get("sites/loughton")).toMatchObject({ selected: true, dimmed: true });
    mapView.hover(null);
    store.select(null);
    expect(mapView.states.size).toBe(0);
  });

  it("take every listener off when destroyed", () => {
    const { mapView, store, interactions } = mount();
    expect(mapView.listeners()).toBe(2);
    interactions.destroy();
    expect(mapView.listeners()).toBe(0);
    store.select("loughton");
    expect(mapView.states.size).toBe(0);
  });
});
