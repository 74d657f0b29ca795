// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createSideList } from "../../src/panel/side-list.ts";
import { createStore } from "../../src/state/store.ts";
import { realView } from "../map/fixtures.ts";

function mount() {
  const view = realView();
  const store = createStore(view.isKnown);
  const container = document.createElement("div");
  const list = createSideList({ container, view, store });
  const row = (id: string) => container.querySelector<HTMLButtonElement>(`button.row[data-id="${id}"]`);
  return { container, list, store, row };
}

describe("createSideList", () => {
  it("shows every site and company as a button with its key figures", () => {
    const { container, row } = mount();
    expect(container.querySelectorAll("button.row")).toHaveLength(8);
    expect(row("loughton")?.textContent).toContain("50 MW · Lieferung: zunächst 23.040 GPUs (GB300)");
    expect(row("cobalt-park")?.querySelector(".swatch")?.classList.contains("hollow")).toBe(true);
    expect(row("aker")?.textContent).toContain("Joint-Venture-Partner, Investor");
  });

  it("selects through the store when a row is clicked, and shows the selection", () => {
    const { store, row } = mount();
    row("stargate-norway")?.click();
    expect(store.get()).toMatchObject({ selectedId: "stargate-norway", selectionSource: "list" });
    expect(row("stargate-norway")?.getAttribute("aria-pressed")).toBe("true");
    expect(row("loughton")?.getAttribute("aria-pressed")).toBe("false");
  });

  it("highlights what is linked to the hovered row and dims the rest", () => {
    const { store, row } = mount();
    row("aker")?.dispatchEvent(new MouseEvent("mouseenter"));
    expect(store.get().hoverId).toBe("aker");
    expect(row("nscale")?.classList.contains("highlighted")).toBe(true);
    expect(row("openai")?.classList.contains("dimmed")).toBe(true);
  });

  it("re-renders in place, keeping the same buttons (and so the reader's focus)", () => {
    const { container, list, store } = mount();
    const first = container.querySelector("button.row");
    list.render(store.get());
    list.render(store.get());
    expect(container.querySelectorAll("button.row")).toHaveLength(8);
    expect(container.querySelector("button.row")).toBe(first);
  });

  it("removes its rows and stops listening when destroyed", () => {
    const { container, list, store } = mount();
    expect(container.querySelectorAll("button.row")).toHaveLength(8);
    list.destroy();
    expect(container.querySelectorAll("button.row")).toHaveLength(0);
    store.select("loughton");
    expect(container.querySelectorAll("button.row")).toHaveLength(0);
  });

  it("fades in the figures a new date replaced, and only those; at once with reduced motion", () => {
    const animated: string[] = [];
    const animate = function (this: HTMLElement) {
      animated.push(this.closest("button")?.dataset.id ?? "");
      return {} as Animation;
    };
    HTMLElement.prototype.animate = animate;
    try {
      const { list, container } = mount();
      const figures = () =>
        new Map(
          [...container.querySelectorAll<HTMLElement>("button.row")].map((button) => [
            button.dataset.id ?? "",
            button.querySelector(".row-figures")?.textContent ?? "",
          ]),
        );
      // The first render just shows the figures.
      expect(animated).toEqual([]);
      const before = figures();
      const article = realView("de", undefined, undefined, "2025-09-16/2025-09-17");
      list.setView(article);
      const after = figures();
      const changed = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
      expect(changed.length).toBeGreaterThan(0);
      expect([...animated].sort()).toEqual(changed.sort());
      const again = animated.length;
      list.setView(article);
      expect(animated).toHaveLength(again);
      window.matchMedia = ((query: string) => ({
        matches: query.includes("reduce"),
      })) as typeof window.matchMedia;
      list.setView(realView());
      expect(animated).toHaveLength(again);
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, "animate");
      Reflect.deleteProperty(window, "matchMedia");
    }
  });
});
