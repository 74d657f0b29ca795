// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderChart } from "../../src/panel/chart.ts";
import { DARK } from "../../src/theme.ts";
import { realView } from "../map/fixtures.ts";

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe("the chart", () => {
  it("writes every value as text beside a bar, and no bar where there is no figure", () => {
    const container = document.createElement("div");
    renderChart(container, realView().chart);
    const power = container.querySelectorAll(".chart-panel")[0] as HTMLElement;
    expect(texts(power, ".chart-name")).toEqual(["Kvandal", "Loughton", "Cobalt Park"]);
    expect(texts(power, ".chart-value")).toEqual(["geplant: 230 MW", "geplant: 50 MW", "keine Angabe"]);
    expect(power.querySelectorAll(".chart-bar")).toHaveLength(2);
    expect((power.querySelector(".chart-bar") as HTMLElement).style.width).toBe("100%");
  });

  it("fills only an installed figure's bar and outlines every other", () => {
    const container = document.createElement("div");
    const model = realView().chart;
    const [power, gpus] = model.panels;
    const installed = {
      ...model,
      barColour: "rgb(1, 2, 3)",
      panels: [
        { ...power, bars: power?.bars.map((b) => ({ ...b, installed: true })) ?? [] },
        ...(gpus ? [gpus] : []),
      ],
    } as typeof model;
    renderChart(container, installed);
    const [filled, outlined] = [...container.querySelectorAll(".chart-panel")];
    expect(
      [...(filled?.querySelectorAll(".chart-bar") ?? [])].map((b) => b.classList.contains("outline")),
    ).toEqual([false, false]);
    expect((filled?.querySelector(".chart-bar") as HTMLElement | null)?.style.background).toBe(
      "rgb(1, 2, 3)",
    );
    const drawn = [...(outlined?.querySelectorAll(".chart-bar") ?? [])];
    expect(drawn.length).toBeGreaterThan(0);
    for (const bar of drawn) expect(bar.classList.contains("outline")).toBe(true);
  });

  it("hides the bars from screen readers, which read the values", () => {
    const container = document.createElement("div");
    renderChart(container, realView().chart);
    const tracks = [...container.querySelectorAll(".chart-track")];
    expect(tracks).toHaveLength(6);
    for (const track of tracks) expect(track.getAttribute("aria-hidden")).toBe("true");
  });

  it("updates in place: the same rows, recoloured, when the theme changes", () => {
    const container = document.createElement("div");
    renderChart(container, realView().chart);
    const row = container.querySelector(".chart-row");
    const dark = realView("de", DARK).chart;
    renderChart(container, { ...dark, barColour: "rgb(1, 2, 3)" });
    expect(container.querySelector(".chart-row")).toBe(row);
    expect(container.querySelectorAll(".chart-panel")).toHaveLength(2);
    // Nothing shown is installed: every bar is an outline in the bar colour.
    expect((container.querySelector(".chart-bar") as HTMLElement).style.borderColor).toBe("rgb(1, 2, 3)");
  });
});
