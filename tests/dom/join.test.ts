// @vitest-environment jsdom
/**
 * src/dom/join.ts replaced d3-selection in the browser; here it is held to d3-selection's own joins (a
 * devDependency for this test only): the same DOM, and the same elements kept, moved, made and removed.
 */
import { select } from "d3-selection";
import { describe, expect, it } from "vitest";
import { byIndex, createChild, join, part } from "../../src/dom/join.ts";

interface Item {
  id: string;
  label: string;
}

const items = (spec: string): Item[] => [...spec].map((id, at) => ({ id, label: `${id}${at}` }));

/** Renders after the data in turn: the data keyed by id, or by index where `keyed` is false. */
const SEQUENCE = ["abc", "cadb", "d", "", "baecd", "edcba", "aba", "aba", "cab", "abcdef", "fa"].map(items);

/** A container with a part before and after the joined children, as the chart has its heading and note. */
function container() {
  const div = document.createElement("div");
  div.append(document.createElement("h3"), document.createElement("p"));
  return div;
}

function renderD3(parent: HTMLElement, data: Item[], keyed: boolean) {
  const selection = select(parent).selectChildren<HTMLLIElement, Item>("li.item");
  (keyed ? selection.data(data, (d) => d.id) : selection.data(data))
    .join((enter) => enter.append("li").attr("class", "item"))
    .attr("data-id", (d) => d.id)
    .text((d) => d.label);
}

function renderOurs(parent: HTMLElement, data: Item[], keyed: boolean) {
  join(parent, data, {
    selector: "li.item",
    key: keyed ? (d) => d.id : byIndex,
    create: () => {
      const li = document.createElement("li");
      li.setAttribute("class", "item");
      return li;
    },
    update: (li, d) => {
      li.setAttribute("data-id", d.id);
      li.textContent = d.label;
    },
  });
}

/** After each render: the DOM, and for each child the position it had before (-1 where it is new). */
function replay(render: typeof renderOurs, keyed: boolean) {
  const parent = container();
  let before: Element[] = [];
  return SEQUENCE.map((data) => {
    render(parent, data, keyed);
    const now = [...parent.children];
    const kept = now.map((child) => before.indexOf(child));
    before = now;
    return { html: parent.innerHTML, kept };
  });
}

describe("a join", () => {
  it("makes the same DOM as d3's keyed join and keeps, moves and removes the same elements", () => {
    const ours = replay(renderOurs, true);
    expect(ours).toEqual(replay(renderD3, true));
    // Not only new elements: some render kept an element in place and moved another.
    expect(ours.some(({ kept }) => kept.some((at, now) => at >= 0 && at !== now))).toBe(true);
  });

  it("makes the same DOM as d3's join by index and keeps the same elements", () => {
    expect(replay(renderOurs, false)).toEqual(replay(renderD3, false));
  });

  it("leaves children that are not its own alone", () => {
    const parent = container();
    renderOurs(parent, items("ab"), true);
    renderOurs(parent, items(""), true);
    expect([...parent.children].map((child) => child.tagName)).toEqual(["H3", "P"]);
  });

  it("creates SVG inside SVG, as d3's append does", () => {
    const html = document.createElement("div");
    const svg = createChild(html, "svg");
    const circle = createChild(svg, "circle");
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(circle.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(createChild(html, "span").namespaceURI).toBe("http://www.w3.org/1999/xhtml");
  });
});

describe("a part of a view", () => {
  it("is created once and then found again, however often it is rendered", () => {
    const parent = document.createElement("div");
    const first = part(parent, "p", "note strong");
    const second = part(parent, "p", "note strong");
    expect(second).toBe(first);
    expect(parent.children).toHaveLength(1);
  });

  it("tells parts apart by all their classes, not only the first", () => {
    const parent = document.createElement("div");
    part(parent, "div", "item power");
    part(parent, "div", "item hollow");
    expect([...parent.children].map((c) => c.className)).toEqual(["item power", "item hollow"]);
  });

  it("makes the same DOM as d3's one-datum join", () => {
    const d3Part = (parent: Element, tag: string, className: string) =>
      select(parent)
        .selectChildren(`${tag}.${className.split(" ").join(".")}`)
        .data([0])
        .join(tag)
        .attr("class", className);
    const ours = container();
    const theirs = container();
    for (const [tag, className] of [
      ["svg", "sample"],
      ["span", "label a"],
      ["svg", "sample"],
    ] as const) {
      part(ours, tag, className);
      d3Part(theirs, tag, className);
    }
    expect(ours.innerHTML).toBe(theirs.innerHTML);
    expect(ours.querySelector("svg")?.namespaceURI).toBe(theirs.querySelector("svg")?.namespaceURI);
  });
});
