import { describe, expect, it } from "vitest";
import { validateGeoDir } from "../../scripts/geo-files.ts";
import {
  buildMapData,
  currentStatus,
  headlinePowerMw,
  indexDataset,
  linkedTo,
} from "../../src/data/derive.ts";
import type { Dataset } from "../../src/data/parse.ts";
import { createI18n } from "../../src/i18n/index.ts";

function realDataset(): Dataset {
  const result = validateGeoDir("geo");
  if (!result.ok) throw new Error("geo/ is invalid; see geo-data.test.ts");
  return result.dataset;
}

describe("indexDataset and linkedTo", () => {
  it("links a company to exactly the sites and companies its relations name", () => {
    const index = indexDataset(realDataset());
    const { features } = linkedTo(index, "aker");
    expect([...features].sort()).toEqual(["aker", "nscale", "stargate-norway"]);
  });

  it("links a site to every company with a relation to it, ended ones included", () => {
    const index = indexDataset(realDataset());
    const { features, relations } = linkedTo(index, "stargate-norway");
    expect([...features].sort()).toEqual([
      "aker",
      "microsoft",
      "nscale",
      "nvidia",
      "openai",
      "stargate-norway",
    ]);
    expect(relations.has("openai-offtake-stargate-norway")).toBe(true);
  });

  it("takes the latest timeline entry as the current status", () => {
    const index = indexDataset(realDataset());
    expect(currentStatus(index, "cobalt-park")?.stage).toBe("paused");
    expect(currentStatus(index, "stargate-norway")?.date.startsWith("2026-04")).toBe(true);
  });

  it("reads the headline power of a site, and none for a site whose headline is a GPU count", () => {
    const index = indexDataset(realDataset());
    expect(headlinePowerMw(index, "stargate-norway")).toBe(230);
    expect(headlinePowerMw(index, "cobalt-park")).toBeNull();
  });
});

describe("buildMapData", () => {
  it("labels sites with their headline figure in the interface language", () => {
    const dataset = realDataset();
    const data = buildMapData(dataset, indexDataset(dataset), createI18n("de"));
    const labels = Object.fromEntries(data.sites.features.map((f) => [f.properties.id, f.properties.label]));
    expect(labels).toMatchObject({
      loughton: "Loughton · 50 MW",
      "stargate-norway": "Narvik · 230 MW",
      "cobalt-park": "Cobalt Park · bis zu 8.000 GPUs",
    });
  });

  it("derives one arc per relation, from the company's headquarters to the site", () => {
    const dataset = realDataset();
    const data = buildMapData(dataset, indexDataset(dataset), createI18n("en"));
    expect(data.relations.features).toHaveLength(dataset.relations.length);
    const arc = data.relations.features.find((f) => f.properties.id === "aker-jv-stargate-norway");
    expect(arc?.geometry.type).toBe("LineString");
    const coordinates = arc?.geometry.type === "LineString" ? arc.geometry.coordinates : [];
    expect(coordinates[0]?.map((c) => Number(c.toFixed(4)))).toEqual([10.6239, 59.9003]);
    expect(coordinates.at(-1)?.map((c) => Number(c.toFixed(4)))).toEqual([17.5571, 68.5492]);
  });

  it("marks an ended relation and labels when it ended", () => {
    const dataset = realDataset();
    const data = buildMapData(dataset, indexDataset(dataset), createI18n("en"));
    const ended = data.relations.features.find((f) => f.properties.id === "openai-offtake-stargate-norway");
    expect(ended?.properties).toMatchObject({
      ended: true,
      endLabel: "until 14–15 April 2026",
      family: "buy",
    });
    const current = data.relations.features.find((f) => f.properties.id === "microsoft-buys-stargate-norway");
    expect(current?.properties).toMatchObject({ ended: false, endLabel: "" });
  });

  it("gives a site without a power figure no size, so the map can draw it hollow", () => {
    const dataset = realDataset();
    const data = buildMapData(dataset, indexDataset(dataset), createI18n("en"));
    const cobalt = data.sites.features.find((f) => f.properties.id === "cobalt-park");
    expect(cobalt?.properties).toMatchObject({ hasPower: false, powerMw: 0, approximate: true });
  });

  it("does not mutate the data set", () => {
    const dataset = realDataset();
    const before = structuredClone(dataset);
    buildMapData(dataset, indexDataset(dataset), createI18n("de"));
    expect(dataset).toEqual(before);
  });
});
