// @vitest-environment jsdom

import { describe, expect, it } from "vitest";
import { select } from "../../src/dom/selection.ts";
import { part } from "../../src/panel/join.ts";

describe("a part of a view", () => {
  it("is created once and then found again, however often it is rendered", () => {
    const container = document.createElement("div");
    const first = part(select(container), "p", "note strong", 1).node();
    const second = part(select(container), "p", "note strong", 2).node();
    expect(second).toBe(first);
    expect(container.children).toHaveLength(1);
  });

  it("tells parts apart by all their classes, not only the first", () => {
    const container = document.createElement("div");
    part(select(container), "div", "item power", 0);
    part(select(container), "div", "item hollow", 0);
    expect([...container.children].map((c) => c.className)).toEqual(["item power", "item hollow"]);
  });
});
