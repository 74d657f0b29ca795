/**
 * The table "Wer mit wem" (who with whom) in the panel: company, role, site, from, until, status and source of
 * every relation the map draws at the view's date, row for row as the arcs and as the CSV's relation rows (all
 * three come from src/model/relations.ts). It sits in a disclosure, so the panel stays short; in a narrow panel
 * the table scrolls sideways inside a focusable region. Keyed joins: a new date changes only what changed.
 */
import { type BaseType, select } from "../dom/selection.ts";
import type { RelationRecord, WhoWithWhom } from "../model/relations.ts";
import { part } from "./join.ts";

type Cell = { text: string; header: boolean };

const cellsOf = (r: RelationRecord): Cell[] =>
  [
    r.company,
    r.role,
    r.site,
    r.fromText,
    r.untilText,
    r.status,
    r.sources.map((s) => s.title).join("; "),
  ].map((text, at) => ({ text, header: at === 0 }));

/** Draws the table into its container; call again with the next view's table. */
export function renderRelationsTable(
  container: HTMLElement,
  table: WhoWithWhom,
  words: { count: string; caption: string },
): void {
  const root = select<BaseType, unknown>(container);
  const details = part(root, "details", "who-with-whom", table);
  part(details, "summary", "who-with-whom-summary", table).text(`${table.heading} (${words.count})`);
  const scroll = part(details, "div", "who-with-whom-scroll", table)
    .attr("role", "region")
    .attr("tabindex", "0")
    .attr("aria-label", table.heading);
  const grid = part(scroll, "table", "who-with-whom-table", table);
  part(grid, "caption", "who-with-whom-caption", table).text(words.caption);
  part(part(grid, "thead", "who-with-whom-head", table), "tr", "who-with-whom-columns", table)
    .selectAll<HTMLTableCellElement, string>("th")
    .data(table.columns)
    .join("th")
    .attr("scope", "col")
    .text((d) => d);
  part(grid, "tbody", "who-with-whom-body", table)
    .selectAll<HTMLTableRowElement, RelationRecord>("tr")
    .data(table.rows, (d) => d.id)
    .join("tr")
    .attr("data-id", (d) => d.id)
    .classed("inactive", (d) => d.state !== "active")
    .selectAll<HTMLTableCellElement, Cell>("th, td")
    .data(cellsOf)
    .join((enter) => enter.append((d) => container.ownerDocument.createElement(d.header ? "th" : "td")))
    .attr("scope", (d) => (d.header ? "row" : null))
    .text((d) => d.text);
}
