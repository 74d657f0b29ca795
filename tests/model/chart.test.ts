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

  it("prints every value with its qualifier", () => {
    const loughton = panel("gpus")?.bars.find((bar) => bar.id === "loughton");
    expect(loughton).toMatchObject({ value: "Lieferung: zunächst 23.040 GPUs (GB300)", upTo: false });
  });

  it("compares sites by their own figures: Stargate UK's programme figure is not Cobalt Park's", () => {
    const article = realView("de", undefined, undefined, "2025-09-17").chart.panels.find(
      (p) => p.id === "gpus",
    );
    expect(article?.bars.find((bar) => bar.id === "cobalt-park")).toMatchObject({
      value: "keine Angabe",
      widthPercent: null,
    });
  });
});
