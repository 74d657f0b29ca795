import { describe, expect, it } from "vitest";
import { pixelsAtZoom0 } from "../../src/model/map-data.ts";
import { buildView } from "../../src/model/view.ts";
import { realDataset } from "../map/fixtures.ts";

describe("the map's GeoJSON", () => {
  it("labels sites with their headline figure in the interface language", () => {
    const dataset = realDataset();
    const data = buildView(dataset, { lang: "de", theme: "light" }).map;
    const labels = Object.fromEntries(data.sites.features.map((f) => [f.properties.id, f.properties.label]));
    expect(labels).toMatchObject({
      loughton: "Loughton · geplant: 50 MW",
      "stargate-norway": "Kvandal · geplant: 230 MW",
      "cobalt-park": "Cobalt Park · Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs (pausiert)",
    });
  });

  it("derives one arc per relation, from the company's headquarters to the site", () => {
    const dataset = realDataset();
    const data = buildView(dataset, { lang: "en", theme: "light" }).map;
    expect(data.relations.features).toHaveLength(dataset.relations.length);
    const arc = data.relations.features.find((f) => f.properties.id === "aker-jv-stargate-norway");
    expect(arc?.geometry.type).toBe("LineString");
    const coordinates = arc?.geometry.type === "LineString" ? arc.geometry.coordinates : [];
    expect(coordinates[0]?.map((c) => Number(c.toFixed(4)))).toEqual([10.6239, 59.9003]);
    expect(coordinates.at(-1)?.map((c) => Number(c.toFixed(4)))).toEqual([17.5571, 68.5492]);
  });

  it("marks an ended relation and labels when it ended", () => {
    const dataset = realDataset();
    const data = buildView(dataset, { lang: "en", theme: "light" }).map;
    const ended = data.relations.features.find((f) => f.properties.id === "openai-offtake-stargate-norway");
    expect(ended?.properties).toMatchObject({
      state: "ended",
      inactive: true,
      endLabel: "until 14/15 April 2026",
      family: "buy",
    });
    const current = data.relations.features.find((f) => f.properties.id === "microsoft-buys-stargate-norway");
    expect(current?.properties).toMatchObject({ state: "active", inactive: false, endLabel: "" });
  });

  it("gives a site without a power figure no size, so the map can draw it hollow", () => {
    const dataset = realDataset();
    const data = buildView(dataset, { lang: "en", theme: "light" }).map;
    const cobalt = data.sites.features.find((f) => f.properties.id === "cobalt-park");
    expect(cobalt?.properties).toMatchObject({ hasPower: false, powerMw: 0, approximate: true });
  });

  it("does not mutate the data set", () => {
    const dataset = realDataset();
    const before = structuredClone(dataset);
    buildView(dataset, { lang: "de", theme: "light" }).map;
    expect(dataset).toEqual(before);
  });

  it("draws every company at its headquarters, as a company", () => {
    const data = buildView(realDataset(), { lang: "de", theme: "light" }).map;
    expect(data.companies.features.map((f) => f.properties.kind)).toEqual(Array(5).fill("company"));
    expect(data.companies.features.find((f) => f.properties.id === "nscale")?.properties.name).toBe("Nscale");
  });

  it("sizes a precision halo by the ground it covers: wider towards the poles, in Web Mercator", () => {
    expect(pixelsAtZoom0(1000, 0)).toBeCloseTo((1000 * 512) / 40_075_016.686, 9);
    expect(pixelsAtZoom0(1000, 60)).toBeCloseTo(2 * pixelsAtZoom0(1000, 0), 9);
  });
});
