import { describe, expect, it } from "vitest";
import { realView } from "../map/fixtures.ts";

const panel = (id: "power" | "gpus", lang: "de" | "en" = "de") =>
  realView(lang).chart.panels.find((p) => p.id === id);

describe("the chart", () => {
  it("puts the largest site first and scales the bars to it", () => {
    const bars = panel("power")?.bars ?? [];
    expect(bars.map((bar) => [bar.name, bar.value])).toEqual([
      ["Kvandal", "geplant: 230 MW"],
      ["Loughton", "geplant: 50 MW"],
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

  it("prints Stargate UK's programme figure as the list does, but draws it as no site's bar", () => {
    const article = realView("de", undefined, undefined, "2025-09-17");
    const gpus = article.chart.panels.find((p) => p.id === "gpus");
    expect(gpus?.bars.find((bar) => bar.id === "cobalt-park")).toMatchObject({
      value: "Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs",
      widthPercent: null,
    });
    expect(article.sites.find((row) => row.id === "cobalt-park")?.figures).toBe(
      "Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs",
    );
  });

  it("draws nothing solid that is not installed: targets, plans, shares and deliveries are outlines", () => {
    const bars = realView().chart.panels.flatMap((p) => p.bars.filter((bar) => bar.widthPercent !== null));
    expect(bars.length).toBeGreaterThanOrEqual(4);
    expect(bars.filter((bar) => bar.installed)).toEqual([]);
  });
});
