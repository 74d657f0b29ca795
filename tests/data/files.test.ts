import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fetchGeoFiles, GEO_FILES } from "../../src/data/files.ts";
import { BASE, fakeFetch } from "./fake-fetch.ts";

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
    expect(issues).toHaveLength(2);
    expect(raw.sites).toEqual(JSON.parse(readFileSync("geo/sites.geojson", "utf8")));
    expect(Object.keys(raw).sort()).toEqual(
      Object.keys(GEO_FILES)
        .filter((key) => key !== "figures" && key !== "timeline")
        .sort(),
    );
  });
});
