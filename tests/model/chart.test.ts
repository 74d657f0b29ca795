import { describe, expect, it } from "vitest";
import { realView } from "../map/fixtures.ts";

const panel = (id: "power" | "gpus", lang: "de" | "en" = "de") =>
  realView(lang).chart.panels.find((p) => p.id === id);

describe("the chart", () => {
  it("puts the largest site first and scales the bars to it", () => {
    const bars = panel("power")?.bars ?? [];
    expect(bars.map((bar) => [bar.name, bar.value])).toEqual([
      ["Narvik", "230 MW"],
      ["Loughton", "50 MW"],
      ["Cobalt Park", "keine Angabe"],
    ]);
    expect(bars[0]?.widthPercent).toBe(100);
    expect(bars[1]?.widthPercent).toBeCloseTo((50 / 230) * 100, 9);
  });

  it("says a site has no figure instead of drawing a zero bar", () => {
    const cobalt = panel("power", "en")?.bars.find((bar) => bar.id === "cobalt-park");
    expect(cobalt).toMatchObject({ value: "no figure", widthPercent: null });
  });

  it("prints every value with its qualifier and marks an 'up to' bar", () => {
    const cobalt = panel("gpus")?.bars.find((bar) => bar.id === "cobalt-park");
    expect(cobalt).toMatchObject({ value: "bis zu 8.000 GPUs", upTo: true });
  });
});
