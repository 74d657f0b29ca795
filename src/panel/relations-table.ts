/**
 * The table "Wer mit wem" (who with whom) in the panel: company, role, site, from, until, status and source of
 * every relation the map draws at the view's date, row for row as the arcs and as the CSV's relation rows (all
 * three come from src/model/relations.ts). It sits in a disclosure, so the panel stays short; in a narrow panel
 * the table scrolls sideways inside a focusable region. Keyed joins: a new date changes only what changed.
 */
import { byIndex, join, part, setAttrs } from "../dom/join.ts";
import type { RelationRecord, WhoWithWhom } from "../model/relations.ts";

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
  const doc = container.ownerDocument;
  const details = part(container, "details", "who-with-whom");
  part(details, "summary", "who-with-whom-summary").textContent = `${table.heading} (${words.count})`;
  const scroll = part(details, "div", "who-with-whom-scroll");
  setAttrs(scroll, { role: "region", tabindex: "0", "aria-label": table.heading });
  const grid = part(scroll, "table", "who-with-whom-table");
  part(grid, "caption", "who-with-whom-caption").textContent = words.caption;
  join(part(part(grid, "thead", "who-with-whom-head"), "tr", "who-with-whom-columns"), table.columns, {
    selector: "th",
    key: byIndex,
    create: () => doc.createElement("th"),
    update: (th, column) => {
      th.setAttribute("scope", "col");
      th.textContent = column;
    },
  });
  join(part(grid, "tbody", "who-with-whom-body"), table.rows, {
    selector: "tr",
    key: (row: RelationRecord) => row.id,
    create: () => doc.createElement("tr"),
    update: (tr, row) => {
      tr.setAttribute("data-id", row.id);
      tr.classList.toggle("inactive", row.state !== "active");
      join(tr, cellsOf(row), {
        selector: "th, td",
        key: byIndex,
        create: (cell) => doc.createElement(cell.header ? "th" : "td"),
        update: (element, cell) => {
          setAttrs(element, { scope: cell.header ? "row" : null });
          element.textContent = cell.text;
        },
      });
    },
  });
}
