// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderLegend } from "../../src/panel/legend.ts";
import { realView } from "../map/fixtures.ts";

/** The legend of the real data, whose sites have headline powers of 50 and 230 MW. */
function legend() {
  const container = document.createElement("div");
  const view = realView();
  renderLegend(container, view.legend);
  return { container, encoding: view.encoding };
}

describe("renderLegend", () => {
  it("draws the power circles with the map's own square-root scale", () => {
    const { container, encoding } = legend();
    const radii = [...container.querySelectorAll(".legend-power circle")].map((c) =>
      Number(c.getAttribute("r")),
    );
    expect(radii).toEqual([encoding.siteRadius(230), encoding.siteRadius(50)]);
    expect(container.querySelector(".legend-power")?.textContent).toContain("230 MW");
  });

  it("leaves room above each power label for its 11 px text, so none is cut off at the top", () => {
    const { container } = legend();
    const baselines = [...container.querySelectorAll(".legend-power text")].map((t) =>
      Number(t.getAttribute("y")),
    );
    expect(baselines).toHaveLength(2);
    for (const y of baselines) expect(y).toBeGreaterThanOrEqual(11);
  });

  it("colours each company with the map's own ordinal scale", () => {
    const { container, encoding } = legend();
    const swatches = [...container.querySelectorAll<HTMLElement>(".legend-companies .swatch")];
    expect(swatches.map((s) => s.style.getPropertyValue("--swatch"))).toEqual(
      encoding.companyIds.map((id) => encoding.companyColor(id)),
    );
  });

  it("renders the same legend again instead of a second one", () => {
    const { container } = legend();
    const before = container.innerHTML;
    renderLegend(container, realView().legend);
    expect(container.innerHTML).toBe(before);
  });
});
