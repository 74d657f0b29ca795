/**
 * The legend, drawn from the same encoding as the map: circle sizes from the shared square-root scale (for the
 * data's own headline powers), company colours from the shared ordinal scale, line styles from the role
 * families. It cannot disagree with the map because it has no colours or sizes of its own.
 */
import { select } from "d3-selection";
import type { I18n } from "../i18n/index.ts";
import {
  ENDED_LINE,
  type Encoding,
  type Flavor,
  HOLLOW_SITE_RADIUS,
  ROLE_FAMILIES,
  ROLE_LINE,
} from "../theme.ts";

export interface LegendOptions {
  container: HTMLElement;
  i18n: I18n;
  encoding: Encoding;
  flavor: Flavor;
  /** Power values to show as sample circles: the data's headline powers. */
  powers: readonly number[];
  companyNames: ReadonlyMap<string, string>;
}

const SVG = "http://www.w3.org/2000/svg";

/** Renders (or re-renders) the legend; idempotent. */
export function renderLegend(options: LegendOptions): void {
  const { container, i18n, encoding, flavor, powers, companyNames } = options;
  const root = select(container);
  root.selectAll("*").remove();
  root.append("h3").text(i18n.t("legend.heading"));

  // Power: nested circles, largest first, each labelled with its value.
  const sizes = [...new Set(powers)].sort((a, b) => b - a);
  const maxR = encoding.siteRadius(sizes[0] ?? encoding.maxPowerMw);
  // Room above the largest circle for its label, which stands level with the circle's top.
  const labelRoom = 8;
  const size = root.append("div").attr("class", "legend-item legend-power");
  const svg = size
    .append(() => container.ownerDocument.createElementNS(SVG, "svg"))
    .attr("width", 2 * maxR + 70)
    .attr("height", 2 * maxR + 2 + labelRoom)
    .attr("aria-hidden", "true");
  svg
    .selectAll("g")
    .data(sizes)
    .join("g")
    .call((g) =>
      g
        .append("circle")
        .attr("cx", maxR + 1)
        .attr("cy", (mw) => labelRoom + 2 * maxR + 1 - encoding.siteRadius(mw))
        .attr("r", (mw) => encoding.siteRadius(mw))
        .attr("fill", flavor.site)
        .attr("fill-opacity", 0.25)
        .attr("stroke", flavor.site),
    )
    .call((g) =>
      g
        .append("text")
        .attr("x", 2 * maxR + 8)
        .attr("y", (mw) => labelRoom + 2 * maxR + 5 - 2 * encoding.siteRadius(mw))
        .attr("fill", "currentColor")
        .text((mw) => `${i18n.number(mw)} MW`),
    );
  size.append("span").text(i18n.t("legend.power"));

  const row = (className: string, draw: (svg: SVGSVGElement) => void, label: string) => {
    const item = root.append("div").attr("class", `legend-item ${className}`);
    const icon = item
      .append(() => container.ownerDocument.createElementNS(SVG, "svg"))
      .attr("width", 36)
      .attr("height", 18)
      .attr("aria-hidden", "true");
    draw(icon.node() as SVGSVGElement);
    item.append("span").text(label);
  };
  row(
    "legend-hollow",
    (s) => {
      select(s)
        .append("circle")
        .attr("cx", 18)
        .attr("cy", 9)
        .attr("r", HOLLOW_SITE_RADIUS)
        .attr("fill", "none")
        .attr("stroke", flavor.site)
        .attr("stroke-width", 2.5);
    },
    i18n.t("legend.noPower"),
  );
  row(
    "legend-approximate",
    (s) => {
      select(s)
        .append("circle")
        .attr("cx", 18)
        .attr("cy", 9)
        .attr("r", 8)
        .attr("fill", flavor.precisionHalo)
        .attr("fill-opacity", 0.1)
        .attr("stroke", flavor.precisionHalo)
        .attr("stroke-opacity", 0.5);
      select(s).append("circle").attr("cx", 18).attr("cy", 9).attr("r", 3).attr("fill", flavor.site);
    },
    i18n.t("legend.approximate"),
  );

  const companies = root.append("div").attr("class", "legend-item legend-companies");
  companies.append("span").attr("class", "legend-caption").text(i18n.t("legend.hq"));
  const list = companies.append("ul");
  list
    .selectAll("li")
    .data(encoding.companyIds)
    .join("li")
    .call((li) =>
      li
        .append("span")
        .attr("class", "swatch company")
        .attr("aria-hidden", "true")
        .style("--swatch", (id) => encoding.companyColor(id)),
    )
    .call((li) => li.append("span").text((id) => companyNames.get(id) ?? id));

  root.append("span").attr("class", "legend-caption").text(i18n.t("legend.relations"));
  /** A short sample of a relation line, with its dash pattern scaled by its width as MapLibre does. */
  const lineSample =
    (stroke: string, width: number, dash: readonly number[] | null) => (s: SVGSVGElement) => {
      select(s)
        .append("line")
        .attr("x1", 2)
        .attr("x2", 34)
        .attr("y1", 9)
        .attr("y2", 9)
        .attr("stroke", stroke)
        .attr("stroke-width", width)
        .attr("stroke-linecap", dash ? "butt" : "round")
        .attr("stroke-dasharray", dash ? dash.map((d) => d * width).join(" ") : null);
    };
  for (const family of ROLE_FAMILIES) {
    const line = ROLE_LINE[family];
    row(
      `legend-line legend-${family}`,
      lineSample("currentColor", line.width, line.dash),
      i18n.t(`family.${family}`),
    );
  }
  row(
    "legend-line legend-ended",
    lineSample(flavor.endedRelation, ENDED_LINE.width, ENDED_LINE.dash),
    i18n.t("legend.ended"),
  );
}
