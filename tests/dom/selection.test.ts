// @vitest-environment jsdom
/**
 * The views' joins are held to d3-selection, which the browser used to load for them: the same scripts of
 * joins run through both, and the DOM, the data kept on the nodes, the order, the namespaces and the listeners
 * come out the same, render after render (entering, updating, exiting, reordering, nested data, duplicate
 * keys, SVG, listeners replaced and removed).
 */
import * as d3 from "d3-selection";
import { describe, expect, it } from "vitest";
import * as ours from "../../src/dom/selection.ts";

// Both libraries behind one loose type: the scripts below use only what both have.
// biome-ignore lint/suspicious/noExplicitAny: the two libraries' selections differ in their types, not in use.
type Any = any;
type Select = (node: Element) => Any;

interface Item {
  id: string;
  label: string;
  rows: { id: string; value: number }[];
}

/** One render of a list of items, each with a heading, a nested list and an SVG mark, as the views render. */
function render(select: Select, root: Element, items: Item[], clicks: string[]) {
  const sections = select(root)
    .selectAll("section")
    .data(items, (d: Item) => d.id)
    .join((enter: Any) => {
      const section = enter.append("section").attr("class", (d: Item) => `item ${d.id}`);
      section.append("h3");
      section.append("ul");
      section.append("svg").attr("width", 10).append("circle").attr("r", 2);
      return section;
    });
  sections.select("h3").text((d: Item) => d.label);
  sections
    .select("circle")
    .attr("cx", (d: Item) => d.rows.length)
    .attr("fill", (d: Item) => (d.rows.length ? "red" : null));
  const rows = sections
    .select("ul")
    .selectAll("li")
    .data(
      (d: Item) => d.rows,
      (d: Item["rows"][number]) => d.id,
    )
    .join("li")
    .text((d: Item["rows"][number]) => `${d.id}: ${d.value}`)
    .classed("big odd", (d: Item["rows"][number]) => d.value > 5)
    .style("--size", (d: Item["rows"][number]) => `${d.value}px`)
    .property("hidden", (d: Item["rows"][number]) => d.value === 0)
    .on("click", (_event: Event, d: Item["rows"][number]) => clicks.push(d.id));
  rows.filter((d: Item["rows"][number]) => d.value % 2 === 0).attr("data-even", "");
  rows.filter(".big").call((big: Any) => big.attr("data-big", "yes"));
  select(root)
    .selectChildren("p.note")
    .data([items.length])
    .join("p")
    .attr("class", "note")
    .text((n: number) => `${n} items`);
  return rows;
}

const base: Item[] = [
  {
    id: "a",
    label: "A",
    rows: [
      { id: "a1", value: 1 },
      { id: "a2", value: 6 },
    ],
  },
  { id: "b", label: "B", rows: [] },
  { id: "c", label: "C", rows: [{ id: "c1", value: 0 }] },
];
const renders: Item[][] = [
  base,
  // Updated, reordered, one entering between two that stay, one exiting, nested rows changed.
  [
    {
      id: "c",
      label: "C2",
      rows: [
        { id: "c2", value: 8 },
        { id: "c1", value: 3 },
      ],
    },
    { id: "d", label: "D", rows: [{ id: "d1", value: 2 }] },
    { id: "a", label: "A2", rows: [{ id: "a2", value: 7 }] },
  ],
  // Duplicate keys in the data: the second enters, as d3 enters it.
  [
    {
      id: "a",
      label: "A3",
      rows: [
        { id: "x", value: 1 },
        { id: "x", value: 2 },
      ],
    },
    { id: "a", label: "A4", rows: [] },
  ],
  [],
  base,
];

/** What a render left: the markup, each node's datum, each element's namespace. */
function state(root: Element) {
  const nodes = [...root.querySelectorAll("*")] as (Element & { __data__?: unknown })[];
  return {
    html: root.innerHTML,
    data: nodes.map((node) => JSON.stringify(node.__data__ ?? null)),
    namespaces: nodes.map((node) => `${node.localName}:${node.namespaceURI}`),
    hidden: nodes.map((node) => (node as HTMLElement).hidden ?? null),
  };
}

describe("the views' joins", () => {
  it("leave the DOM as d3-selection leaves it, render after render", () => {
    const roots = [document.createElement("div"), document.createElement("div")] as const;
    const clicks: [string[], string[]] = [[], []];
    for (const items of renders) {
      const rows = [
        render(d3.select as Select, roots[0], items, clicks[0]),
        render(ours.select as Select, roots[1], items, clicks[1]),
      ];
      expect(state(roots[1])).toEqual(state(roots[0]));
      expect(rows[1].node()).toBe(roots[1].querySelector("li"));
      for (const li of roots[0].querySelectorAll("li")) (li as HTMLElement).click();
      for (const li of roots[1].querySelectorAll("li")) (li as HTMLElement).click();
      // A listener set again replaces the one before: one click, one call.
      expect(clicks[1]).toEqual(clicks[0]);
    }
    expect(clicks[0].length).toBeGreaterThan(4);
  });

  it("remove listeners, elements and follow an element a function makes, as d3-selection does", () => {
    for (const select of [d3.select as Select, ours.select as Select]) {
      const root = document.createElement("div");
      const calls: string[] = [];
      const made = select(root)
        .append(() => document.createElementNS("http://www.w3.org/2000/svg", "svg"))
        .attr("class", "made");
      const g = made.append("g").on("click mouseenter", function (this: Element, event: Event) {
        calls.push(`${this.localName} ${event.type}`);
      });
      g.node()?.dispatchEvent(new Event("click"));
      g.on("click", null);
      g.node()?.dispatchEvent(new Event("click"));
      g.node()?.dispatchEvent(new Event("mouseenter"));
      expect(calls).toEqual(["g click", "g mouseenter"]);
      expect(g.node()?.namespaceURI).toBe("http://www.w3.org/2000/svg");
      const seen: [unknown, number][] = [];
      select(root)
        .selectAll("g")
        .data(["only"])
        .each(function (this: Element, d: unknown, i: number) {
          seen.push([d, i]);
        });
      expect(seen).toEqual([["only", 0]]);
      made.remove();
      expect(root.innerHTML).toBe("");
    }
  });
});
