/**
 * The browser's check of the loaded geo/ files: their shape, not their content. The build ran the whole
 * validator (parse.ts) on these very texts and publishes nothing on any issue, so what can still go wrong in a
 * reader's browser is a file that is missing, not JSON, cut short or of another kind: each becomes an issue
 * naming the file (and the record), as the validator's would. The schemas' library stays out of the readers'
 * download, which is what made room for the time control.
 */

import type { Dataset, ParseResult } from "./dataset.ts";
import { GEO_FILES, type GeoFileKey, type RawGeoFiles } from "./files.ts";
import type { DataIssue } from "./issues.ts";
import { checkUniqueIds } from "./unique-ids.ts";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A feature with a string id and a point: what every view relies on. */
function isPointFeature(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.properties) || !isObject(value.geometry)) return false;
  const coordinates = value.geometry.coordinates;
  return (
    typeof value.properties.id === "string" &&
    Array.isArray(coordinates) &&
    coordinates.length === 2 &&
    coordinates.every((c) => typeof c === "number")
  );
}

const hasId = (value: unknown) => isObject(value) && typeof value.id === "string";

export function checkShape(raw: Partial<RawGeoFiles>): ParseResult {
  const issues: DataIssue[] = [];
  const list = (key: GeoFileKey, field: string, valid: (value: unknown) => boolean): unknown[] => {
    const container = raw[key];
    const items = isObject(container) ? container[field] : undefined;
    if (!Array.isArray(items)) {
      issues.push({ file: GEO_FILES[key], id: null, field, message: `must hold a "${field}" list` });
      return [];
    }
    items.forEach((item, index) => {
      if (!valid(item))
        issues.push({
          file: GEO_FILES[key],
          id: `#${index + 1}`,
          field,
          message: "is not a record of this file",
        });
    });
    return items;
  };
  const records = {
    sites: list("sites", "features", isPointFeature),
    headquarters: list("headquarters", "features", isPointFeature),
    places: list("places", "features", isPointFeature),
    sources: list("sources", "sources", hasId),
    relations: list("relations", "relations", hasId),
    figures: list("figures", "figures", hasId),
    timeline: list("timeline", "timeline", hasId),
  } as unknown as Omit<Dataset, "edition">;
  const edition = raw.edition;
  const editionValid =
    isObject(edition) &&
    typeof edition.asOf === "string" &&
    typeof edition.articleDate === "string" &&
    Array.isArray(edition.corrections);
  if (!editionValid)
    issues.push({ file: GEO_FILES.edition, id: null, field: "(file)", message: "is not an edition" });
  if (issues.length === 0) checkUniqueIds(records, issues);
  if (issues.length > 0 || !editionValid) return { ok: false, issues };
  return { ok: true, dataset: { ...records, edition: edition as unknown as Dataset["edition"] } };
}
