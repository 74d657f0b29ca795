/** The minimal valid geo/ fixture and accessors for the validator's tests; each call a fresh copy. */
import { expect } from "vitest";
import { readGeoDir } from "../../scripts/geo-files.ts";
import type { ParseResult } from "../../src/data/dataset.ts";
import type { RawGeoFiles } from "../../src/data/files.ts";
import { formatIssue } from "../../src/data/issues.ts";
import { parseDataset } from "../../src/data/parse.ts";

/** A fresh copy of the minimal valid data set for each test, so no test can leak a change into another. */
export function minimal(): RawGeoFiles {
  const { raw, issues } = readGeoDir("tests/fixtures/minimal-geo");
  expect(issues).toEqual([]);
  return structuredClone(raw) as RawGeoFiles;
}

// The fixtures are plain JSON; these accessors keep the tests readable without pretending they are typed.
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are untyped JSON by design.
export type Json = any;
export const feature = (raw: RawGeoFiles, key: "sites" | "headquarters" | "places", id: string): Json =>
  (raw[key] as Json).features.find((f: Json) => f.properties.id === id);
export const record = (
  raw: RawGeoFiles,
  key: "figures" | "relations" | "sources" | "timeline",
  id: string,
): Json => (raw[key] as Json)[key].find((r: Json) => r.id === id);

/** Every issue the validator (by default the build's whole one) finds, as the lines an editor reads. */
export function messages(
  raw: RawGeoFiles,
  validate: (raw: RawGeoFiles) => ParseResult = parseDataset,
): string[] {
  const result = validate(raw);
  return result.ok ? [] : result.issues.map(formatIssue);
}
