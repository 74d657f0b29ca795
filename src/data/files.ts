/**
 * The geo/ files by name, and fetching them. Kept apart from the validator (parse.ts), so that the element can
 * start these small requests while the app's much larger script is still loading, without loading the
 * validator's schema library itself.
 */
import type { DataIssue } from "./issues.ts";

export const GEO_FILES = {
  sites: "sites.geojson",
  headquarters: "headquarters.geojson",
  places: "places.geojson",
  sources: "sources.json",
  relations: "relations.json",
  figures: "figures.json",
  timeline: "timeline.json",
  edition: "edition.json",
} as const;
export type GeoFileKey = keyof typeof GEO_FILES;

/** The parsed JSON of every geo/ file, before validation. */
export type RawGeoFiles = Record<GeoFileKey, unknown>;

/** What fetching found: the JSON of each file that arrived, and an issue for each that did not. */
export interface FetchedGeoFiles {
  raw: Partial<RawGeoFiles>;
  issues: DataIssue[];
}

/**
 * Fetches every file under `data/` of the build. Never rejects: a network or JSON failure becomes an issue
 * naming the file, reported like a data issue, so the reader-facing message and the console agree.
 */
export async function fetchGeoFiles(baseUrl: URL, fetchImpl: typeof fetch = fetch): Promise<FetchedGeoFiles> {
  const issues: DataIssue[] = [];
  const entries = await Promise.all(
    (Object.entries(GEO_FILES) as [GeoFileKey, string][]).map(async ([key, file]) => {
      try {
        const response = await fetchImpl(new URL(`data/${file}`, baseUrl), { credentials: "omit" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return [key, await response.json()] as const;
      } catch (error) {
        issues.push({
          file,
          id: null,
          field: "(file)",
          message: `could not be loaded: ${(error as Error).message}`,
        });
        return [key, undefined] as const;
      }
    }),
  );
  return { raw: Object.fromEntries(entries.filter(([, value]) => value !== undefined)), issues };
}
