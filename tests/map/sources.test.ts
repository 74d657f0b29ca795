import { describe, expect, it } from "vitest";
import { DATA_SOURCE_IDS, dataSources } from "../../src/map/sources.ts";
import { realMapData } from "./fixtures.ts";

describe("the project's map sources", () => {
  it("key every feature by its id, which feature-state needs", () => {
    const sources = dataSources(realMapData());
    expect(Object.keys(sources).sort()).toEqual([...DATA_SOURCE_IDS].sort());
    for (const id of DATA_SOURCE_IDS) expect(sources[id]).toMatchObject({ type: "geojson", promoteId: "id" });
  });

  it("draw companies at their headquarters, from the view model's GeoJSON", () => {
    const data = realMapData();
    expect(dataSources(data).headquarters.data).toBe(data.companies);
    expect(dataSources(data).sites.data).toBe(data.sites);
  });
});
