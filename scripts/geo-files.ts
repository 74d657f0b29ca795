/**
 * Reads geo/ from disk for the build and the tests. A file that is missing or is not JSON becomes a DataIssue
 * like any other, so an editor sees the same kind of message for a stray comma as for a wrong coordinate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseResult } from "../src/data/dataset.ts";
import { GEO_FILES, type GeoFileKey, type RawGeoFiles } from "../src/data/files.ts";
import type { DataIssue } from "../src/data/issues.ts";
import { parseDataset } from "../src/data/parse.ts";

export interface ReadResult {
  raw: Partial<RawGeoFiles>;
  /** The exact text of each file, so the build can emit it unchanged. */
  texts: Partial<Record<GeoFileKey, string>>;
  issues: DataIssue[];
}

/** Reads and JSON-parses every geo/ file in a directory. */
export function readGeoDir(dir: string): ReadResult {
  const raw: Partial<RawGeoFiles> = {};
  const texts: Partial<Record<GeoFileKey, string>> = {};
  const issues: DataIssue[] = [];
  for (const [key, file] of Object.entries(GEO_FILES) as [GeoFileKey, string][]) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), "utf8");
    } catch {
      issues.push({ file, id: null, field: "(file)", message: "is missing" });
      continue;
    }
    try {
      raw[key] = JSON.parse(text);
      texts[key] = text;
    } catch (error) {
      issues.push({
        file,
        id: null,
        field: "(file)",
        message: `is not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  return { raw, texts, issues };
}

/** Reads and validates a geo/ directory in one step. */
export function validateGeoDir(dir: string): ParseResult & { texts: ReadResult["texts"] } {
  const { raw, texts, issues } = readGeoDir(dir);
  if (issues.length > 0) return { ok: false, issues, texts };
  return { ...parseDataset(raw as RawGeoFiles), texts };
}
