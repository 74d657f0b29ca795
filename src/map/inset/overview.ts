/**
 * The overview inset: a small locator (Europe, or the world when the map is zoomed far out) with the current
 * viewport drawn on it; clicking it moves the map there. It is a pointer convenience and hidden from assistive
 * technology, which has the list and "show all" instead.
 *
 * The land comes drawn from the build (src/map/inset/inset-data.ts); the dots, the viewport and the click use the
 * same Mercator fit through src/geometry/mercator.ts, so the browser needs no d3-geo.
 */
import { select } from "../../dom/selection.ts";
import { type MercatorFit, mercator } from "../../geometry/mercator.ts";
import type { Flavor } from "../../theme.ts";
import { INSET_SIZE, type InsetData, type InsetExtentName } from "./inset-data.ts";

export interface OverviewView {
  zoom: number;
  bounds: [number, number, number, number];
}

export interface OverviewOptions {
  container: HTMLElement;
  /** The land and fit of each extent, as the build drew them. */
  extents: InsetData;
  sites: readonly [number, number][];
  flavor: Flavor;
  getView(): OverviewView;
  moveTo(center: [number, number]): void;
  label: string;
}

export interface Overview {
  update(): void;
  setFlavor(flavor: Flavor): void;
  /** Shows another set of sites (the view's date changed: a site may not have been announced yet). */
  setSites(sites: readonly [number, number][]): void;
  destroy(): void;
}

/** Below this zoom the inset shows the world; from it, Europe. */
export const OVERVIEW_WORLD_BELOW_ZOOM = 2.5;

export function createOverview(options: OverviewOptions): Overview {
  const { container, getView, moveTo } = options;
  let sites = options.sites;
  // The build drew the land at this size: the inset keeps it.
  const { width, height } = INSET_SIZE;
  let flavor = options.flavor;
  const doc = container.ownerDocument;
  const svg = select(container)
    .append(() => doc.createElementNS("http://www.w3.org/2000/svg", "svg"))
    .attr("class", "overview")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("aria-hidden", "true")
    .attr("data-label", options.label);
  const background = svg.append("rect").attr("width", width).attr("height", height);
  const landPath = svg.append("path").attr("class", "overview-land");
  const dots = svg.append("g").attr("class", "overview-sites");
  const viewport = svg.append("rect").attr("class", "overview-viewport");
  let extent: InsetExtentName | null = null;
  // Both are set by the first update(), below, before anything is drawn.
  let projection: MercatorFit = mercator(1, [0, 0]);

  const paint = () => {
    background.attr("fill", flavor.water);
    landPath.attr("fill", flavor.land).attr("stroke", flavor.border).attr("stroke-width", 0.3);
    dots.selectAll("circle").attr("fill", flavor.site);
    viewport.attr("fill", "none").attr("stroke", flavor.focus).attr("stroke-width", 1.5);
  };

  const drawSites = () => {
    dots
      .selectAll("circle")
      .data(sites)
      .join("circle")
      .attr("r", 2)
      .attr("cx", (d) => projection.project(d)[0])
      .attr("cy", (d) => projection.project(d)[1]);
  };

  const update = () => {
    const view = getView();
    const next = view.zoom < OVERVIEW_WORLD_BELOW_ZOOM ? "world" : "europe";
    if (next !== extent) {
      extent = next;
      const { land, scale, translate } = options.extents[next];
      projection = mercator(scale, translate);
      landPath.attr("d", land);
      drawSites();
      paint();
    }
    const [west, south, east, north] = view.bounds;
    const topLeft = projection.project([west, Math.min(north, 85)]);
    const bottomRight = projection.project([east, Math.max(south, -85)]);
    // Never smaller than a visible mark, so the reader finds the viewport even at town zoom.
    const w = Math.max(bottomRight[0] - topLeft[0], 4);
    const h = Math.max(bottomRight[1] - topLeft[1], 4);
    viewport
      .attr("x", (topLeft[0] + bottomRight[0]) / 2 - w / 2)
      .attr("y", (topLeft[1] + bottomRight[1]) / 2 - h / 2)
      .attr("width", w)
      .attr("height", h);
  };

  svg.on("click", (event: MouseEvent) => {
    const rect = (svg.node() as SVGSVGElement).getBoundingClientRect();
    moveTo(
      projection.invert([
        ((event.clientX - rect.left) * width) / rect.width,
        ((event.clientY - rect.top) * height) / rect.height,
      ]),
    );
  });
  update();
  return {
    update,
    setFlavor(next) {
      flavor = next;
      paint();
    },
    setSites(next) {
      sites = next;
      drawSites();
      paint();
    },
    destroy() {
      svg.on("click", null);
      svg.remove();
    },
  };
}
