/**
 * The overview inset: a small locator (Europe, or the world when the map is zoomed far out) with the current
 * viewport drawn on it; clicking it moves the map there. It is a pointer convenience and hidden from assistive
 * technology, which has the list and "show all" instead.
 *
 * The land comes drawn from the build (src/map/inset/inset-data.ts); the dots, the viewport and the click use the
 * same Mercator fit through src/geometry/mercator.ts, so the browser needs no d3-geo.
 */
import { svg as svgElement } from "../../dom/dom.ts";
import { byIndex, join, setAttrs } from "../../dom/join.ts";
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

/** The inset's SVG and its layers, not yet painted or placed. */
function drawFrame(doc: Document, label: string) {
  const { width, height } = INSET_SIZE;
  const svg = svgElement(doc, "svg", {
    class: "overview",
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    "aria-hidden": "true",
    "data-label": label,
  });
  const background = svgElement(doc, "rect", { width: String(width), height: String(height) });
  const landPath = svgElement(doc, "path", { class: "overview-land" });
  const dots = svgElement(doc, "g", { class: "overview-sites" });
  const viewport = svgElement(doc, "rect", { class: "overview-viewport" });
  svg.append(background, landPath, dots, viewport);
  return { svg, background, landPath, dots, viewport };
}

export function createOverview(options: OverviewOptions): Overview {
  const { container, getView, moveTo } = options;
  let sites = options.sites;
  // The build drew the land at this size: the inset keeps it.
  const { width, height } = INSET_SIZE;
  let flavor = options.flavor;
  const doc = container.ownerDocument;
  const { svg, background, landPath, dots, viewport } = drawFrame(doc, options.label);
  container.append(svg);
  let extent: InsetExtentName | null = null;
  // Both are set by the first update(), below, before anything is drawn.
  let projection: MercatorFit = mercator(1, [0, 0]);

  const paint = () => {
    background.setAttribute("fill", flavor.water);
    setAttrs(landPath, { fill: flavor.land, stroke: flavor.border, "stroke-width": 0.3 });
    for (const dot of dots.querySelectorAll("circle")) dot.setAttribute("fill", flavor.site);
    setAttrs(viewport, { fill: "none", stroke: flavor.focus, "stroke-width": 1.5 });
  };

  const drawSites = () => {
    join(dots, sites, {
      selector: "circle",
      key: byIndex,
      create: () => svgElement(doc, "circle"),
      update: (dot, site) => {
        const [cx, cy] = projection.project(site);
        setAttrs(dot, { r: 2, cx, cy });
      },
    });
  };

  const update = () => {
    const view = getView();
    const next = view.zoom < OVERVIEW_WORLD_BELOW_ZOOM ? "world" : "europe";
    if (next !== extent) {
      extent = next;
      const { land, scale, translate } = options.extents[next];
      projection = mercator(scale, translate);
      landPath.setAttribute("d", land);
      drawSites();
      paint();
    }
    const [west, south, east, north] = view.bounds;
    const topLeft = projection.project([west, Math.min(north, 85)]);
    const bottomRight = projection.project([east, Math.max(south, -85)]);
    // Never smaller than a visible mark, so the reader finds the viewport even at town zoom.
    const w = Math.max(bottomRight[0] - topLeft[0], 4);
    const h = Math.max(bottomRight[1] - topLeft[1], 4);
    setAttrs(viewport, {
      x: (topLeft[0] + bottomRight[0]) / 2 - w / 2,
      y: (topLeft[1] + bottomRight[1]) / 2 - h / 2,
      width: w,
      height: h,
    });
  };

  const onClick = (event: MouseEvent) => {
    const rect = svg.getBoundingClientRect();
    moveTo(
      projection.invert([
        ((event.clientX - rect.left) * width) / rect.width,
        ((event.clientY - rect.top) * height) / rect.height,
      ]),
    );
  };
  svg.addEventListener("click", onClick);
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
      svg.removeEventListener("click", onClick);
      svg.remove();
    },
  };
}
