/**
 * Loads the data set in the browser: the fetched geo/ files, checked for their shape (shape.ts). The build has
 * already run the whole validator (parse.ts) on these very files; a file that is missing, is not JSON, is cut
 * short or is of another kind still becomes a DataError naming it.
 */

import type { Dataset } from "./dataset.ts";
import { type FetchedGeoFiles, fetchGeoFiles } from "./files.ts";
import { DataError } from "./issues.ts";
import { checkShape } from "./shape.ts";

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
  const result = checkShape(raw);
  if (!result.ok) throw new DataError(result.issues);
  return result.dataset;
}
