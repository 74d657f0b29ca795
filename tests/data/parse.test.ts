import { describe, expect, it } from "vitest";
import { readGeoDir } from "../../scripts/geo-files.ts";
import { formatIssue, parseDataset, type RawGeoFiles } from "../../src/data/parse.ts";

/** A fresh copy of the minimal valid data set for each test, so no test can leak a change into another. */
function minimal(): RawGeoFiles {
  const { raw, issues } = readGeoDir("tests/fixtures/minimal-geo");
  expect(issues).toEqual([]);
  return structuredClone(raw) as RawGeoFiles;
}

// The fixtures are plain JSON; these accessors keep the tests readable without pretending they are typed.
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are untyped JSON by design.
type Json = any;
const feature = (raw: RawGeoFiles, key: "sites" | "headquarters" | "places", id: string): Json =>
  (raw[key] as Json).features.find((f: Json) => f.properties.id === id);
const record = (raw: RawGeoFiles, key: "figures" | "relations" | "sources" | "timeline", id: string): Json =>
  (raw[key] as Json)[key].find((r: Json) => r.id === id);

function messages(raw: RawGeoFiles): string[] {
  const result = parseDataset(raw);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("parseDataset", () => {
  it("accepts the minimal valid fixture and returns typed records", () => {
    const result = parseDataset(minimal());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.sites.map((s) => s.properties.id)).toEqual(["loughton"]);
      expect(result.dataset.headquarters.map((h) => h.properties.id).sort()).toEqual(["microsoft", "nscale"]);
    }
  });

  it("rejects a feature without an id, naming its position and the field", () => {
    const raw = minimal();
    delete feature(raw, "headquarters", "microsoft").properties.id;
    expect(messages(raw)).toContain(
      'geo/headquarters.geojson: feature "#2", field "properties.id": is missing',
    );
  });

  it("rejects a duplicate id across sites and headquarters", () => {
    const raw = minimal();
    feature(raw, "headquarters", "microsoft").properties.id = "loughton";
    expect(messages(raw)).toContain(
      'geo/headquarters.geojson: feature "loughton", field "properties.id": duplicate id "loughton"',
    );
  });

  it("rejects swapped coordinates as lying outside the country", () => {
    const raw = minimal();
    const geometry = feature(raw, "sites", "loughton").geometry;
    geometry.coordinates = [geometry.coordinates[1], geometry.coordinates[0]];
    expect(messages(raw)).toContain(
      'geo/sites.geojson: feature "loughton", field "geometry.coordinates": lies outside GB (swapped longitude and latitude?)',
    );
  });

  it("rejects Loughton placed at the Milton Keynes Loughton, more than 25 km from its town", () => {
    const raw = minimal();
    feature(raw, "sites", "loughton").geometry.coordinates = [-0.786, 52.03];
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/sites\.geojson: feature "loughton", field "geometry\.coordinates": is \d+\.\d km from its town "loughton" \(Loughton\); at most 25 km allowed$/,
      ),
    ]);
  });

  it("rejects a relation naming an unknown company or site", () => {
    const raw = minimal();
    const relation = record(raw, "relations", "microsoft-buys-loughton");
    relation.from = "microsfot";
    relation.to = "loughtn";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "microsoft-buys-loughton", field "from": unknown company "microsfot" (not in geo/headquarters.geojson)',
      'geo/relations.json: record "microsoft-buys-loughton", field "to": unknown site or company "loughtn"',
    ]);
  });

  it("rejects a relation with a role outside the vocabulary", () => {
    const raw = minimal();
    record(raw, "relations", "microsoft-buys-loughton").role = "landlord";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/relations\.json: record "microsoft-buys-loughton", field "role": must be one of owner, developer, /,
      ),
    ]);
  });

  it("rejects a figure without a source", () => {
    const raw = minimal();
    delete record(raw, "figures", "loughton-power-2025-09").sources;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sources": is missing: every figure needs a source',
    ]);
  });

  it("rejects a figure whose source id is not in sources.json", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").sources = ["nowhere"];
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sources.0": unknown source "nowhere" (not in geo/sources.json)',
    ]);
  });

  it("rejects a figure without a date", () => {
    const raw = minimal();
    delete record(raw, "figures", "loughton-power-2025-09").asOf;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "asOf": is missing',
    ]);
  });

  it("rejects an unparseable date", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").asOf = "Sept 2025";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/figures\.json: record "loughton-power-2025-09", field "asOf": 'Sept 2025' is not a valid date/,
      ),
    ]);
  });

  it("rejects an impossible calendar day", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").validFrom = "2025-02-30";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/relations\.json: record "nscale-develops-loughton", field "validFrom": '2025-02-30' is not a valid date/,
      ),
    ]);
  });

  it("rejects an unknown unit and an unknown currency", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").unit = "GW";
    record(raw, "figures", "loughton-gpus-article").unit = undefined;
    record(raw, "figures", "loughton-gpus-article").currency = "DEM";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/figures\.json: record "loughton-power-2025-09", field "unit": must be one of MW, /,
      ),
      expect.stringMatching(
        /^geo\/figures\.json: record "loughton-gpus-article", field "currency": must be one of USD, /,
      ),
    ]);
  });

  it("rejects a source URL that is not http(s)", () => {
    const raw = minimal();
    record(raw, "sources", "bbc-loughton-2025-01").url = "javascript:alert(1)";
    expect(messages(raw)).toEqual([
      'geo/sources.json: record "bbc-loughton-2025-01", field "url": must be an http(s) URL',
    ]);
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").sorces = ["article"];
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sorces": is not a known field (check the spelling)',
    ]);
  });

  it("rejects a calculated figure that does not say what it is derived from", () => {
    const raw = minimal();
    delete record(raw, "figures", "loughton-racks").derivedFrom;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-racks", field "derivedFrom": a calculated figure must name the figures it is derived from',
    ]);
  });

  it("rejects a site with no headline figure and a subject with two", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-gpus-nscale-2025-09").headline = true;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-gpus-nscale-2025-09", field "headline": "loughton" already has headline figure "loughton-power-2025-09"',
    ]);
    delete record(raw, "figures", "loughton-gpus-nscale-2025-09").headline;
    delete record(raw, "figures", "loughton-power-2025-09").headline;
    expect(messages(raw)).toEqual([
      'geo/sites.geojson: feature "loughton", field "properties.id": has no headline figure (mark one figure in geo/figures.json with "headline": true)',
    ]);
  });

  it("rejects a relation that ends before it starts", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").validTo = "2024";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "validTo": ends before validFrom',
    ]);
  });

  it("reports a file that is not a FeatureCollection without crashing", () => {
    const raw = minimal();
    raw.sites = { type: "Feature" };
    expect(messages(raw)).toContain(
      'geo/sites.geojson: field "features": must be a GeoJSON FeatureCollection with a features list',
    );
  });

  it("does not mutate its input", () => {
    const raw = minimal();
    const before = structuredClone(raw);
    parseDataset(raw);
    expect(raw).toEqual(before);
  });
});

describe("the edition file", () => {
  it("rejects a correction with an unparseable date, naming the file and field", () => {
    const raw = minimal();
    raw.edition = { asOf: "2026-11", corrections: [{ date: "gestern", text: { de: "x", en: "x" } }] };
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/edition\.json: field "corrections\.0\.date": 'gestern' is not a valid date/,
      ),
    ]);
  });
});
