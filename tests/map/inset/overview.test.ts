// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { INSET_SIZE, type InsetData, insetFit, parseInsetData } from "../../../src/map/inset/inset-data.ts";
import { createOverview, OVERVIEW_WORLD_BELOW_ZOOM } from "../../../src/map/inset/overview.ts";
import { DARK, LIGHT } from "../../../src/theme.ts";

/** What the build would ship: each extent's fit, with a square of "land" from 10°W 50°N to 20°E 70°N. */
function extentOf(name: keyof InsetData) {
  const fit = insetFit(name);
  const corners: [number, number][] = [
    [-10, 50],
    [20, 50],
    [20, 70],
    [-10, 70],
  ];
  const land = `M${corners.map((corner) => fit.project(corner).join(",")).join("L")}Z`;
  return { land, scale: fit.scale, translate: fit.translate };
}
const extents: InsetData = { europe: extentOf("europe"), world: extentOf("world") };

const SITES: [number, number][] = [
  [0.08, 51.66],
  [17.43, 68.44],
];

function mount(zoom: number) {
  const container = document.createElement("div");
  const moves: [number, number][] = [];
  let view = { zoom, bounds: [-5, 50, 5, 56] as [number, number, number, number] };
  const overview = createOverview({
    container,
    extents,
    sites: SITES,
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

const dots = (container: HTMLElement) =>
  [...container.querySelectorAll(".overview-sites circle")].map((c) => [
    Number(c.getAttribute("cx")),
    Number(c.getAttribute("cy")),
  ]);

describe("the overview inset", () => {
  it("draws the build's land, a dot per site and the viewport, hidden from screen readers", () => {
    const { container } = mount(5);
    const svg = container.querySelector("svg.overview");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    expect(svg?.getAttribute("width")).toBe(String(INSET_SIZE.width));
    expect(svg?.getAttribute("height")).toBe(String(INSET_SIZE.height));
    expect(container.querySelector(".overview-land")?.getAttribute("d")).toBe(extents.europe.land);
    expect(container.querySelectorAll(".overview-sites circle")).toHaveLength(2);
    expect(Number(container.querySelector(".overview-viewport")?.getAttribute("width"))).toBeGreaterThan(4);
  });

  it("places the dots and the viewport with the fit the land was drawn with", () => {
    const { container } = mount(5);
    const fit = insetFit("europe");
    const [first, second] = dots(container);
    expect(first?.[0]).toBeCloseTo(fit.project(SITES[0] ?? [0, 0])[0], 6);
    expect(second?.[1]).toBeCloseTo(fit.project(SITES[1] ?? [0, 0])[1], 6);
    const viewport = container.querySelector(".overview-viewport");
    const [left, top] = fit.project([-5, 56]);
    const [right, bottom] = fit.project([5, 50]);
    expect(Number(viewport?.getAttribute("x"))).toBeCloseTo(left, 6);
    expect(Number(viewport?.getAttribute("y"))).toBeCloseTo(top, 6);
    expect(Number(viewport?.getAttribute("width"))).toBeCloseTo(right - left, 6);
    expect(Number(viewport?.getAttribute("height"))).toBeCloseTo(bottom - top, 6);
  });

  it("switches from Europe to the world when the map zooms far out, so the viewport stays in the frame", () => {
    const { container, setView } = mount(5);
    const europeDots = dots(container);
    setView({ zoom: OVERVIEW_WORLD_BELOW_ZOOM - 1, bounds: [-100, 20, 60, 75] });
    expect(container.querySelector(".overview-land")?.getAttribute("d")).toBe(extents.world.land);
    expect(dots(container)).not.toEqual(europeDots);
    expect(dots(container)[0]?.[0]).toBeCloseTo(insetFit("world").project(SITES[0] ?? [0, 0])[0], 6);
  });

  it("moves the map to the place clicked, at any drawn size of the inset", () => {
    const { container, moves } = mount(5);
    const svg = container.querySelector("svg.overview") as SVGSVGElement;
    // Drawn at twice its size, 100 px from the page's corner: jsdom lays nothing out, so the box is given.
    svg.getBoundingClientRect = () =>
      ({ left: 100, top: 100, width: 2 * INSET_SIZE.width, height: 2 * INSET_SIZE.height }) as DOMRect;
    const [x, y] = insetFit("europe").project([17.43, 68.44]);
    svg.dispatchEvent(new MouseEvent("click", { clientX: 100 + 2 * x, clientY: 100 + 2 * y, bubbles: true }));
    expect(moves).toHaveLength(1);
    expect(moves[0]?.[0]).toBeCloseTo(17.43, 6);
    expect(moves[0]?.[1]).toBeCloseTo(68.44, 6);
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

describe("the inset's file, as fetched", () => {
  it("is taken when it has both extents' land and fit", () => {
    expect(parseInsetData(JSON.parse(JSON.stringify(extents)))).toEqual(extents);
  });

  it.each([
    ["not JSON data", "not found"],
    ["null", null],
    ["missing an extent", { europe: extents.europe }],
    ["without land", { ...extents, world: { ...extents.world, land: 3 } }],
    ["with a broken fit", { ...extents, europe: { ...extents.europe, translate: [1] } }],
    ["with a zero scale", { ...extents, europe: { ...extents.europe, scale: 0 } }],
  ])("is refused when %s, so the inset is left out", (_, value) => {
    expect(parseInsetData(value)).toBeNull();
  });
});
