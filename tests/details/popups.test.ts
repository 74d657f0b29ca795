// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createPopups, type DetailsAnchor } from "../../src/details/popups.ts";
import { createSurface } from "../../src/details/surface.ts";
import { createStore } from "../../src/state/store.ts";
import { realView } from "../map/fixtures.ts";

/** A map that records where it was asked to bring features, with every feature at one spot on screen. */
function fakeHost(at = { x: 400, y: 450 }, width = 800) {
  const reveals: { lngLat: [number, number]; offsetY: number }[] = [];
  const followers = new Set<() => void>();
  const host: DetailsAnchor = {
    project: () => at,
    onViewChange(callback) {
      followers.add(callback);
      return () => followers.delete(callback);
    },
    reveal(lngLat, offsetY) {
      reveals.push({ lngLat, offsetY });
      return { x: 400, y: 300 + offsetY };
    },
    width: () => width,
    height: () => 600,
  };
  return { host, reveals, followers, at };
}

/** A map area of a given width (jsdom lays nothing out), in a frame so that a sheet has a place after it. */
function areaOf(width: number) {
  const frame = document.createElement("div");
  const area = document.createElement("div");
  frame.append(area);
  document.body.replaceChildren(frame);
  Object.defineProperty(area, "clientWidth", { value: width });
  Object.defineProperty(area, "clientHeight", { value: 600 });
  return { frame, area };
}

function mount(width = 800) {
  const view = realView();
  const { area, frame } = areaOf(width);
  const surface = createSurface({
    doc: document,
    area,
    closeLabel: "Details schließen",
    mapHeight: () => 600,
  });
  const map = fakeHost(undefined, width);
  const store = createStore(view.isKnown);
  const popups = createPopups({ doc: document, detailsAnchor: map.host, surface, store, view });
  const open = () => [...document.querySelectorAll<HTMLElement>(".aim-surface")];
  return { map, store, popups, open, area, frame, surface };
}

describe("the popups", () => {
  it("open the selected site's details as a dialog named by its heading, focused as a whole rather than at their first link", () => {
    const { store, open } = mount();
    store.select("stargate-norway", "list");
    expect(open()).toHaveLength(1);
    const card = open()[0];
    expect(card?.getAttribute("role")).toBe("dialog");
    expect(card?.getAttribute("aria-labelledby")).toBe("details-stargate-norway");
    expect(card?.querySelector("h2")?.id).toBe("details-stargate-norway");
    expect(document.activeElement).toBe(card?.querySelector(".details"));
  });

  it("bring a feature chosen from the list into view, a quarter of the height below the centre", () => {
    const { store, map } = mount();
    store.select("loughton", "list");
    expect(map.reveals).toEqual([{ lngLat: realView().entity("loughton")?.lngLat, offsetY: 150 }]);
  });

  it("bring it to the centre when the details open in a sheet under the map, and stay put for a click on the map", () => {
    const narrow = mount(375);
    narrow.store.select("loughton", "list");
    expect(narrow.map.reveals[0]?.offsetY).toBe(0);
    const clicked = mount();
    clicked.store.select("loughton", "map");
    expect(clicked.map.reveals).toEqual([]);
    expect(clicked.open()).toHaveLength(1);
  });

  it("clear the selection when the reader closes the details, and close them when the selection changes", () => {
    const { store, open } = mount();
    store.select("loughton", "list");
    open()[0]?.querySelector<HTMLButtonElement>(".surface-close")?.click();
    expect(store.get()).toMatchObject({ selectedId: null, selectionSource: "popup" });
    expect(open()).toEqual([]);
    store.select("nscale", "list");
    store.select("aker", "list");
    expect(open().map((card) => card.dataset.id)).toEqual(["aker"]);
  });

  it("offer a chooser among several features, whose buttons select through the store", () => {
    const { popups, store, open } = mount();
    popups.choose(["loughton", "nscale"], [0.08, 51.65]);
    const buttons = [...(open()[0]?.querySelectorAll<HTMLButtonElement>(".chooser-option") ?? [])];
    expect(buttons.map((b) => b.textContent)).toEqual(["Loughton", "Nscale"]);
    expect(document.activeElement).toBe(buttons[0]);
    buttons[1]?.click();
    expect(store.get()).toMatchObject({ selectedId: "nscale", selectionSource: "map" });
    expect(open().map((card) => card.classList.contains("aim-popup"))).toEqual([true]);
  });

  it("show the details of another date in place, without moving the camera or the reader's focus", () => {
    const { store, popups, map, open } = mount();
    store.select("stargate-norway", "list");
    const focus = vi.spyOn(HTMLElement.prototype, "focus");
    const reveals = map.reveals.length;
    popups.setView(realView("de", undefined, undefined, "2025-09-17"));
    expect(open()).toHaveLength(1);
    expect(open()[0]?.textContent).toContain("100.000 GPUs");
    expect(open()[0]?.textContent).not.toContain("52.000");
    expect(map.reveals).toHaveLength(reveals);
    expect(focus).not.toHaveBeenCalled();
    focus.mockRestore();
  });

  it("hand open details to another map without closing, reopening or refocusing them, and follow its camera", () => {
    const { store, popups, open, map } = mount();
    store.select("loughton", "map");
    const card = open()[0];
    const focused = document.activeElement;
    const live = fakeHost({ x: 100, y: 500 });
    popups.setAnchor(live.host);
    expect(open()).toEqual([card]);
    expect(document.activeElement).toBe(focused);
    // The card now sits above the live map's point (500 − its height), centred on x = 100 within the edges.
    expect(card?.style.bottom).toBe(`${600 - 500 + 16}px`);
    expect(map.followers.size).toBe(0);
    expect(live.followers.size).toBe(1);
  });

  it("bring a feature the picture could not show into view when the live map takes over", () => {
    const { store, popups } = mount();
    store.select("openai", "list");
    const live = fakeHost({ x: -900, y: 300 });
    popups.setAnchor(live.host);
    expect(live.reveals).toEqual([{ lngLat: realView().entity("openai")?.lngLat, offsetY: 150 }]);
  });

  it("end the selection when the chooser replaces its details, and close either on dismiss", () => {
    const { store, popups, open } = mount();
    store.select("aker", "list");
    popups.choose(["loughton", "nscale"], [0.08, 51.65]);
    expect(store.get()).toMatchObject({ selectedId: null, selectionSource: "popup" });
    expect(open().map((card) => card.classList.contains("aim-chooser"))).toEqual([true]);
    expect(popups.dismiss()).toBe(true);
    expect(open()).toEqual([]);
    expect(popups.dismiss()).toBe(false);
    store.select("aker", "list");
    expect(popups.dismiss()).toBe(true);
    expect(store.get().selectedId).toBeNull();
  });

  it("open for a story step beside the feature on a wide map, without taking the reader's focus", () => {
    const { store, open } = mount();
    const before = document.activeElement;
    store.select("loughton", "story");
    expect(open()).toHaveLength(1);
    expect(document.activeElement).toBe(before);
  });

  it("stay closed for a story step on a narrow map, where a card would cover it, and open when the reader taps the site", () => {
    const { store, open } = mount(375);
    store.select("loughton", "story");
    expect(open()).toHaveLength(0);
    expect(store.get().selectedId).toBe("loughton");
    // The reader taps the ringed site (or its row): the same selection, theirs now, brings the card.
    store.select("loughton", "map");
    expect(open()).toHaveLength(1);
    expect(open()[0]?.dataset.id).toBe("loughton");
  });

  it("close what is open and stop listening when destroyed", () => {
    const { store, popups, open, map } = mount();
    store.select("loughton", "list");
    expect(open()).toHaveLength(1);
    popups.destroy();
    expect(open()).toEqual([]);
    expect(map.followers.size).toBe(0);
    store.select("aker", "list");
    expect(open()).toEqual([]);
  });
});
