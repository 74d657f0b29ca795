/**
 * The legend, drawn from the view model's legend, which the map's own encoding fills: nested circles for
 * the data's headline powers, the hollow and approximate symbols, a swatch per company and a line sample per
 * role family. It has no colours or sizes of its own. Keyed joins: a re-render updates in place.
 */
import { createChild, join, part, setAttrs } from "../dom/join.ts";
import type { LegendLine, LegendModel } from "../model/legend.ts";

/** Room above the largest circle for its label, which stands level with the circle's top. */
const LABEL_ROOM = 8;

/** A legend row: a small SVG sample and its label. */
function sampleRow(root: Element, className: string, label: string, width = 36, height = 18) {
  const item = part(root, "div", `legend-item ${className}`);
  const svg = part<SVGSVGElement>(item, "svg", "legend-sample");
  setAttrs(svg, { width, height, "aria-hidden": "true" });
  part(item, "span", "legend-label").textContent = label;
  return svg;
}

function drawPower(root: Element, legend: LegendModel) {
  const { power: model, colours } = legend;
  const maxR = model.maxRadius;
  const svg = sampleRow(root, "legend-power", model.caption, 2 * maxR + 70, 2 * maxR + 2 + LABEL_ROOM);
  const bottom = LABEL_ROOM + 2 * maxR + 1;
  join(svg, model.circles, {
    selector: "g",
    key: (circle) => String(circle.powerMw),
    create: () => {
      const group = createChild<SVGGElement>(svg, "g");
      group.append(createChild(group, "circle"), createChild(group, "text"));
      return group;
    },
    update: (group, circle) => {
      setAttrs(group.querySelector("circle") as Element, {
        cx: maxR + 1,
        cy: bottom - circle.radius,
        r: circle.radius,
        fill: colours.site,
        "fill-opacity": 0.25,
        stroke: colours.site,
      });
      const text = group.querySelector("text") as Element;
      setAttrs(text, { x: 2 * maxR + 8, y: bottom + 4 - 2 * circle.radius, fill: "currentColor" });
      text.textContent = circle.label;
    },
  });
}

/**
 * The hollow and approximate symbols. One the view does not draw is hidden rather than removed, so that it
 * keeps its place between the circles and the companies when a later date draws it again.
 */
function drawSymbols(root: Element, model: LegendModel) {
  const { colours } = model;
  const hollow = sampleRow(root, "legend-hollow", model.hollow?.label ?? "");
  part(root, "div", "legend-item legend-hollow").hidden = model.hollow === null;
  setAttrs(part(hollow, "circle", "hollow"), {
    cx: 18,
    cy: 9,
    r: model.hollow?.radius ?? 0,
    fill: "none",
    stroke: colours.site,
    "stroke-width": 2.5,
  });
  const approximate = sampleRow(root, "legend-approximate", model.approximate?.label ?? "");
  part(root, "div", "legend-item legend-approximate").hidden = model.approximate === null;
  setAttrs(part(approximate, "circle", "halo"), {
    cx: 18,
    cy: 9,
    r: 8,
    fill: colours.precisionHalo,
    "fill-opacity": 0.1,
    stroke: colours.precisionHalo,
    "stroke-opacity": 0.5,
  });
  setAttrs(part(approximate, "circle", "point"), { cx: 18, cy: 9, r: 3, fill: colours.site });
}

function drawCompanies(root: Element, model: LegendModel["companies"]) {
  const block = part(root, "div", "legend-item legend-companies");
  part(block, "span", "legend-caption").textContent = model.caption;
  const list = part(block, "ul", "legend-company-list");
  join(list, model.items, {
    selector: "li",
    key: (item) => item.id,
    create: () => {
      const li = createChild(list, "li");
      const swatch = createChild(li, "span");
      setAttrs(swatch, { class: "swatch company", "aria-hidden": "true" });
      const name = createChild(li, "span");
      name.setAttribute("class", "company-name");
      li.append(swatch, name);
      return li;
    },
    update: (li, item) => {
      (li.querySelector(".swatch") as HTMLElement).style.setProperty("--swatch", item.colour);
      (li.querySelector(".company-name") as Element).textContent = item.name;
    },
  });
}

/** A line family's sample: one line, drawn as the map draws that family. */
function drawSample(svg: Element, line: LegendLine) {
  const sample = part(svg, "line", "sample");
  setAttrs(sample, {
    x1: 2,
    x2: 34,
    y1: 9,
    y2: 9,
    stroke: line.colour,
    "stroke-width": line.width,
    "stroke-linecap": line.dash ? "butt" : "round",
    "stroke-dasharray": line.dash ? line.dash.join(" ") : null,
  });
}

/** One sample per line the map draws, keyed, so a family a date does not draw leaves the legend. */
function drawLines(root: Element, model: LegendModel["relations"]) {
  part(root, "span", "legend-caption legend-relations-caption").textContent = model.caption;
  join(root, model.lines, {
    selector: "div.legend-line",
    key: (line) => line.id,
    create: () => {
      const item = createChild(root, "div");
      const svg = createChild(item, "svg");
      setAttrs(svg, { class: "legend-sample", width: 36, height: 18, "aria-hidden": "true" });
      const label = createChild(item, "span");
      label.setAttribute("class", "legend-label");
      item.append(svg, label);
      return item;
    },
    update: (item, line) => {
      item.setAttribute("class", `legend-item legend-line legend-${line.id}`);
      (item.querySelector(".legend-label") as Element).textContent = line.label;
      drawSample(item.querySelector("svg") as Element, line);
    },
  });
}

/** Renders the legend into a container, or updates the one already there. */
export function renderLegend(container: HTMLElement, model: LegendModel): void {
  part(container, "h3", "legend-heading").textContent = model.heading;
  drawPower(container, model);
  drawSymbols(container, model);
  drawCompanies(container, model.companies);
  drawLines(container, model.relations);
}
