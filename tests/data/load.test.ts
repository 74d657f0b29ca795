import { describe, expect, it } from "vitest";
import { fetchGeoFiles } from "../../src/data/files.ts";
import { DataError } from "../../src/data/issues.ts";
import { loadDataset } from "../../src/data/load.ts";
import { BASE, fakeFetch } from "./fake-fetch.ts";

describe("loadDataset", () => {
  it("uses a fetch already under way instead of fetching again", async () => {
    const { impl, calls } = fakeFetch();
    const fetched = fetchGeoFiles(BASE, impl);
    const before = calls.length;
    const dataset = await loadDataset(BASE, impl, fetched);
    expect(calls.length).toBe(before);
    expect(dataset.sites.map((site) => site.properties.id)).toContain("loughton");
  });

  it("reports a failed file as a data error", async () => {
    const { impl } = fakeFetch({ "edition.json": { status: 500 } });
    await expect(loadDataset(BASE, impl)).rejects.toBeInstanceOf(DataError);
  });

  it("reports a file cut short as a data error that names it", async () => {
    const { impl } = fakeFetch({ "sites.geojson": { status: 200, body: '{"type":"FeatureCollection"}' } });
    const error = await loadDataset(BASE, impl).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).issues.map((issue) => issue.file)).toEqual(["sites.geojson"]);
  });
});
