/**
 * The only I/O in src/data: fetches every geo/ file and runs the shared validator on them. A network or JSON
 * failure is reported like a data issue, naming the file, so the reader-facing message and the console agree.
 */
import {
  DataError,
  type DataIssue,
  type Dataset,
  GEO_FILES,
  type GeoFileKey,
  parseDataset,
  type RawGeoFiles,
} from "./parse.ts";

export async function loadDataset(baseUrl: URL, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
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
  if (issues.length > 0) throw new DataError(issues);
  const result = parseDataset(Object.fromEntries(entries) as RawGeoFiles);
  if (!result.ok) throw new DataError(result.issues);
  return result.dataset;
}
