import { describe, expect, it } from "vitest";
import { validateGeoDir } from "../../scripts/geo-files.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import {
  currentStatus,
  featureById,
  headlinePowerMw,
  indexDataset,
  keyGpuFigure,
  linkedTo,
} from "../../src/data/derive.ts";

function realDataset(): Dataset {
  const result = validateGeoDir("geo");
  if (!result.ok) throw new Error("geo/ is invalid; see tests/facts/geo-data.test.ts");
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

  it("finds a site or a company by its one id, and nothing for an unknown id", () => {
    const index = indexDataset(realDataset());
    expect(featureById(index, "loughton")?.properties.town).toBe("loughton");
    expect(featureById(index, "aker")?.properties.country).toBe("NO");
    expect(featureById(index, "atlantis")).toBeUndefined();
  });

  it("takes a site's GPU headline as its key GPU figure, else its first confirmed GPU count", () => {
    const index = indexDataset(realDataset());
    expect(keyGpuFigure(index, "cobalt-park")?.id).toBe(index.headlineBySubject.get("cobalt-park")?.id);
    const loughton = keyGpuFigure(index, "loughton");
    expect(loughton).toMatchObject({ kind: "gpus", status: "confirmed" });
    expect(loughton?.value).toBeGreaterThan(0);
  });
});
