// @vitest-environment jsdom
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { createOverview, OVERVIEW_WORLD_BELOW_ZOOM } from "../../src/inset/overview.ts";
import { DARK, LIGHT } from "../../src/theme.ts";

const land: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { kind: "land" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [-10, 50],
            [20, 50],
            [20, 70],
            [-10, 70],
            [-10, 50],
          ],
        ],
      },
    },
  ],
};

function mount(zoom: number) {
  const container = document.createElement("div");
  const moves: [number, number][] = [];
  let view = { zoom, bounds: [-5, 50, 5, 56] as [number, number, number, number] };
  const overview = createOverview({
    container,
    land,
    sites: [
      [0.08, 51.66],
      [17.43, 68.44],
    ],
    flavor: LIGHT,
    getView: () => view,
    moveTo: (center) => moves.push(center),
    label: "Übersicht",
  });
  const setView = (next: typeof view) => {
    view = next;
    overview.update();
  };
  return { container, overview, moves, setView };
}

describe("the overview inset", () => {
  it("draws the land, a dot per site and the viewport, hidden from screen readers", () => {
    const { container } = mount(5);
    const svg = container.querySelector("svg.overview");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    expect(container.querySelector(".overview-land")?.getAttribute("d")).toMatch(/^M/);
    expect(container.querySelectorAll(".overview-sites circle")).toHaveLength(2);
    expect(Number(container.querySelector(".overview-viewport")?.getAttribute("width"))).toBeGreaterThan(4);
  });

  it("switches from Europe to the world when the map zooms far out, so the viewport stays in the frame", () => {
    const { container, setView } = mount(5);
    const europe = container.querySelector(".overview-land")?.getAttribute("d");
    setView({ zoom: OVERVIEW_WORLD_BELOW_ZOOM - 1, bounds: [-100, 20, 60, 75] });
    expect(container.querySelector(".overview-land")?.getAttribute("d")).not.toBe(europe);
  });

  it("shows the sites of another date: one announced later has no dot yet", () => {
    const { container, overview } = mount(5);
    overview.setSites([[0.08, 51.66]]);
    expect(container.querySelectorAll(".overview-sites circle")).toHaveLength(1);
  });

  it("recolours with the theme and leaves when destroyed", () => {
    const { container, overview } = mount(5);
    overview.setFlavor(DARK);
    expect(container.querySelector(".overview-land")?.getAttribute("fill")).toBe(DARK.land);
    overview.destroy();
    expect(container.querySelector("svg")).toBeNull();
  });
});
