/**
 * The legend, drawn from the view model's legend, which the map's own encoding fills: nested circles for
 * the data's headline powers, the hollow and approximate symbols, a swatch per company and a line sample per
 * role family. It has no colours or sizes of its own. Keyed joins: a re-render updates in place.
 */
import { type BaseType, type Selection, select } from "../dom/selection.ts";
import type { LegendLine, LegendModel } from "../model/legend.ts";
import { part } from "./join.ts";

/** Room above the largest circle for its label, which stands level with the circle's top. */
const LABEL_ROOM = 8;

type Parent = Selection<BaseType, unknown, BaseType, unknown>;

/** A legend row: a small SVG sample and its label. */
function sampleRow<D>(root: Parent, className: string, datum: D, label: string, width = 36, height = 18) {
  const item = part(root, "div", `legend-item ${className}`, datum);
  const svg = part(item, "svg", "legend-sample", datum)
    .attr("width", width)
    .attr("height", height)
    .attr("aria-hidden", "true");
  part(item, "span", "legend-label", datum).text(label);
  return svg;
}

function drawPower(root: Parent, legend: LegendModel) {
  const { power: model, colours } = legend;
  const maxR = model.maxRadius;
  const svg = sampleRow(root, "legend-power", model, model.caption, 2 * maxR + 70, 2 * maxR + 2 + LABEL_ROOM);
  const bottom = LABEL_ROOM + 2 * maxR + 1;
  const g = svg
    .selectAll<SVGGElement, LegendModel["power"]["circles"][number]>("g")
    .data(model.circles, (d) => String(d.powerMw))
    .join((enter) => {
      const group = enter.append("g");
      group.append("circle");
      group.append("text");
      return group;
    });
  g.select("circle")
    .attr("cx", maxR + 1)
    .attr("cy", (d) => bottom - d.radius)
    .attr("r", (d) => d.radius)
    .attr("fill", colours.site)
    .attr("fill-opacity", 0.25)
    .attr("stroke", colours.site);
  g.select("text")
    .attr("x", 2 * maxR + 8)
    .attr("y", (d) => bottom + 4 - 2 * d.radius)
    .attr("fill", "currentColor")
    .text((d) => d.label);
}

/**
 * The hollow and approximate symbols. One the view does not draw is hidden rather than removed, so that it
 * keeps its place between the circles and the companies when a later date draws it again.
 */
function drawSymbols(root: Parent, model: LegendModel) {
  const { colours } = model;
  const hollow = sampleRow(root, "legend-hollow", model.hollow, model.hollow?.label ?? "");
  part(root, "div", "legend-item legend-hollow", model.hollow).property("hidden", model.hollow === null);
  part(hollow, "circle", "hollow", model.hollow)
    .attr("cx", 18)
    .attr("cy", 9)
    .attr("r", model.hollow?.radius ?? 0)
    .attr("fill", "none")
    .attr("stroke", colours.site)
    .attr("stroke-width", 2.5);
  const approximate = sampleRow(
    root,
    "legend-approximate",
    model.approximate,
    model.approximate?.label ?? "",
  );
  part(root, "div", "legend-item legend-approximate", model.approximate).property(
    "hidden",
    model.approximate === null,
  );
  part(approximate, "circle", "halo", model.approximate)
    .attr("cx", 18)
    .attr("cy", 9)
    .attr("r", 8)
    .attr("fill", colours.precisionHalo)
    .attr("fill-opacity", 0.1)
    .attr("stroke", colours.precisionHalo)
    .attr("stroke-opacity", 0.5);
  part(approximate, "circle", "point", model.approximate)
    .attr("cx", 18)
    .attr("cy", 9)
    .attr("r", 3)
    .attr("fill", colours.site);
}

function drawCompanies(root: Parent, model: LegendModel["companies"]) {
  const block = part(root, "div", "legend-item legend-companies", model);
  part(block, "span", "legend-caption", model).text(model.caption);
  const li = part(block, "ul", "legend-company-list", model)
    .selectAll<HTMLLIElement, (typeof model.items)[number]>("li")
    .data(model.items, (d) => d.id)
    .join((enter) => {
      const item = enter.append("li");
      item.append("span").attr("class", "swatch company").attr("aria-hidden", "true");
      item.append("span").attr("class", "company-name");
      return item;
    });
  li.select(".swatch").style("--swatch", (d) => d.colour);
  li.select(".company-name").text((d) => d.name);
}

/** One sample per line the map draws, keyed, so a family a date does not draw leaves the legend. */
function drawLines(root: Parent, model: LegendModel["relations"]) {
  part(root, "span", "legend-caption legend-relations-caption", model).text(model.caption);
  const items = root
    .selectChildren<HTMLDivElement, LegendLine>("div.legend-line")
    .data(model.lines, (d) => d.id)
    .join((enter) => {
      const item = enter.append("div");
      item
        .append("svg")
        .attr("class", "legend-sample")
        .attr("width", 36)
        .attr("height", 18)
        .attr("aria-hidden", "true");
      item.append("span").attr("class", "legend-label");
      return item;
    })
    .attr("class", (d) => `legend-item legend-line legend-${d.id}`)
    .order();
  items.select(".legend-label").text((d) => d.label);
  items
    .select("svg")
    .selectAll<SVGLineElement, LegendLine>("line.sample")
    .data((d) => [d])
    .join("line")
    .attr("class", "sample")
    .attr("x1", 2)
    .attr("x2", 34)
    .attr("y1", 9)
    .attr("y2", 9)
    .attr("stroke", (d) => d.colour)
    .attr("stroke-width", (d) => d.width)
    .attr("stroke-linecap", (d) => (d.dash ? "butt" : "round"))
    .attr("stroke-dasharray", (d) => (d.dash ? d.dash.join(" ") : null));
}

/** Renders the legend into a container, or updates the one already there. */
export function renderLegend(container: HTMLElement, model: LegendModel): void {
  const root = select<BaseType, unknown>(container);
  part(root, "h3", "legend-heading", model).text(model.heading);
  drawPower(root, model);
  drawSymbols(root, model);
  drawCompanies(root, model.companies);
  drawLines(root, model.relations);
}
