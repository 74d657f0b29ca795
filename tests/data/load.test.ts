import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fetchGeoFiles, GEO_FILES } from "../../src/data/files.ts";
import { loadDataset } from "../../src/data/load.ts";
import { DataError } from "../../src/data/parse.ts";

const BASE = new URL("https://maps.example.org/v/0.1.0/");

/** A fetch that serves geo/ from disk, answers `broken` files with `status`, and counts its calls. */
function fakeFetch(broken: Record<string, { status: number; body?: string }> = {}) {
  const calls: string[] = [];
  const impl = (async (input: URL | RequestInfo) => {
    const url = String(input);
    calls.push(url);
    const file = url.slice(url.lastIndexOf("/") + 1);
    const fault = broken[file];
    if (fault) return new Response(fault.body ?? "not found", { status: fault.status });
    return new Response(readFileSync(`geo/${file}`, "utf8"), { status: 200 });
  }) as typeof fetch;
  return { impl, calls };
}

describe("fetchGeoFiles", () => {
  it("fetches every geo/ file under data/ of the build", async () => {
    const { impl, calls } = fakeFetch();
    const { raw, issues } = await fetchGeoFiles(BASE, impl);
    expect(issues).toEqual([]);
    expect(Object.keys(raw).sort()).toEqual(Object.keys(GEO_FILES).sort());
    expect(calls).toContain("https://maps.example.org/v/0.1.0/data/sites.geojson");
  });

  it("never rejects: a missing or broken file becomes an issue naming it", async () => {
    const { impl } = fakeFetch({
      "figures.json": { status: 404 },
      "timeline.json": { status: 200, body: "{ not json" },
    });
    const { raw, issues } = await fetchGeoFiles(BASE, impl);
    expect(issues.map((issue) => [issue.file, issue.field])).toEqual(
      expect.arrayContaining([
        ["figures.json", "(file)"],
        ["timeline.json", "(file)"],
      ]),
    );
    expect(issues.find((issue) => issue.file === "figures.json")?.message).toBe(
      "could not be loaded: HTTP 404",
    );
    expect(raw.sites).toBeDefined();
    expect(raw.figures).toBeUndefined();
  });
});

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
});
