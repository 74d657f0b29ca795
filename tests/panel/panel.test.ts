// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createPanel } from "../../src/panel/panel.ts";
import { createStore } from "../../src/state/store.ts";
import { DARK } from "../../src/theme.ts";
import { realView } from "../map/fixtures.ts";

function mount() {
  const view = realView();
  const container = document.createElement("div");
  const creditsContainer = document.createElement("div");
  const store = createStore(view.isKnown);
  const panel = createPanel({ container, creditsContainer, view, store });
  return { container, creditsContainer, store, panel };
}

describe("the side panel", () => {
  it("holds a heading, the list as a named region, the legend and the chart, with the credits apart", () => {
    const { container, creditsContainer } = mount();
    expect(container.querySelector("h2")?.textContent).toBe("Standorte und Unternehmen");
    expect(container.querySelector('[role="region"]')?.getAttribute("aria-label")).toBe(
      "Standorte und Unternehmen",
    );
    expect(container.querySelectorAll("button.row")).toHaveLength(8);
    expect(container.querySelector(".legend h3")?.textContent).toBe("Legende");
    expect(container.querySelector(".chart h3")?.textContent).toBe("Standorte im Vergleich");
    expect(creditsContainer.textContent).toContain("Stand: November 2026");
  });

  it("shows a darker view in place, keeping the rows (and so the reader's focus)", () => {
    const { container, panel } = mount();
    const row = container.querySelector("button.row");
    panel.setView(realView("de", DARK));
    expect(container.querySelector("button.row")).toBe(row);
    const swatch = container.querySelector<HTMLElement>('button.row[data-id="nscale"] .swatch');
    expect(swatch?.style.getPropertyValue("--swatch")).toBe(DARK.companies[0]);
  });

  it("empties itself and stops listening when destroyed", () => {
    const { container, creditsContainer, store, panel } = mount();
    const row = container.querySelector<HTMLButtonElement>('button.row[data-id="loughton"]');
    panel.destroy();
    store.select("loughton");
    // A list still listening would mark the (detached) row as selected.
    expect(row?.getAttribute("aria-pressed")).toBe("false");
    expect(container.childElementCount).toBe(0);
    expect(creditsContainer.childElementCount).toBe(0);
  });
});
