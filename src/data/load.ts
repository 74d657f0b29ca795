/**
 * The only I/O in src/data besides files.ts: validates the fetched geo/ files with the shared validator.
 */
import { type FetchedGeoFiles, fetchGeoFiles } from "./files.ts";
import { DataError, type Dataset, parseDataset, type RawGeoFiles } from "./parse.ts";

/**
 * Loads and validates the data set. `fetched` may be a fetch already under way (the element starts it before
 * the app's script has arrived); by default the files are fetched now.
 */
export async function loadDataset(
  baseUrl: URL,
  fetchImpl: typeof fetch = fetch,
  fetched: Promise<FetchedGeoFiles> = fetchGeoFiles(baseUrl, fetchImpl),
): Promise<Dataset> {
  const { raw, issues } = await fetched;
  if (issues.length > 0) throw new DataError(issues);
  const result = parseDataset(raw as RawGeoFiles);
  if (!result.ok) throw new DataError(result.issues);
  return result.dataset;
}
