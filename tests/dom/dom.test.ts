// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { el, svg } from "../../src/dom/dom.ts";

describe("the element builder", () => {
  it("writes data as text, never as markup", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const node = el(document, "p", { class: "note", text: hostile, attrs: { title: hostile } }, " ", hostile);
    expect(node.textContent).toBe(`${hostile} ${hostile}`);
    expect(node.querySelector("img")).toBeNull();
    expect(node.getAttribute("title")).toBe(hostile);
    expect(node.className).toBe("note");
  });

  it("skips the children a condition left out", () => {
    const node = el(document, "ul", {}, null, undefined, false, el(document, "li", { text: "a" }));
    expect(node.childNodes).toHaveLength(1);
  });

  it("builds SVG in the SVG namespace", () => {
    const node = svg(document, "svg", { viewBox: "0 0 2 2" }, svg(document, "path", { d: "M0 0h2" }));
    expect(node.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(node.firstElementChild?.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(node.getAttribute("viewBox")).toBe("0 0 2 2");
  });
});
