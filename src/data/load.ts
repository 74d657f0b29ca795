/**
 * Loads the data set in the browser: the fetched geo/ files, read with their schemas. The build has already
 * run the whole validator (parse.ts) on these very files, so a reference or a distance cannot be wrong here;
 * a file that is missing, is not JSON or is cut short still becomes a DataError naming it.
 */
import { type FetchedGeoFiles, fetchGeoFiles, type RawGeoFiles } from "./files.ts";
import { DataError } from "./issues.ts";
import { type Dataset, readDataset } from "./read.ts";

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
  const result = readDataset(raw as RawGeoFiles);
  if (!result.ok) throw new DataError(result.issues);
  return result.dataset;
}
