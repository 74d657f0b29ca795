/**
 * Reading the geo/ files record by record: each record is checked against its schema on its own, so one broken
 * record hides no other, and every issue names the record's id (or its position when it has none).
 */
import * as v from "valibot";
import { GEO_FILES, type GeoFileKey } from "./files.ts";
import type { DataIssue } from "./issues.ts";
import { type Edition, EditionSchema } from "./schema.ts";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function describeValibotIssue(issue: v.BaseIssue<unknown>): string {
  // A missing key reaches us as a type mismatch against undefined; say it the way an editor would.
  if (issue.kind === "schema" && issue.input === undefined && issue.type !== "check") return "is missing";
  if (issue.type === "strict_object") return "is not a known field (check the spelling)";
  return issue.message;
}

/**
 * The entries of one file: those that passed their schema, and the ids of all entries, valid or not. References
 * are resolved against the declared ids, so one broken record is reported once instead of once more by every
 * record that points at it.
 */
export interface Entries<T> {
  valid: T[];
  declaredIds: Set<string>;
  raw: unknown[];
}

const NO_ENTRIES = <T>(): Entries<T> => ({ valid: [], declaredIds: new Set(), raw: [] });

/** Reads a list of entries with one schema, collecting issues per entry so one bad entry hides no other. */
function readEntries<TSchema extends v.GenericSchema>(
  file: string,
  entries: unknown[],
  schema: TSchema,
  idOf: (entry: unknown) => unknown,
  pathPrefix: string,
  issues: DataIssue[],
): Entries<v.InferOutput<TSchema>> {
  const out: Entries<v.InferOutput<TSchema>> = { valid: [], declaredIds: new Set(), raw: entries };
  entries.forEach((entry, index) => {
    const rawId = idOf(entry);
    if (typeof rawId === "string" && rawId.length > 0) out.declaredIds.add(rawId);
    const id = typeof rawId === "string" && rawId.length > 0 ? rawId : `#${index + 1}`;
    const result = v.safeParse(schema, entry);
    if (result.success) {
      out.valid.push(result.output);
      return;
    }
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      issues.push({ file, id, field: path ?? pathPrefix, message: describeValibotIssue(issue) });
    }
  });
  return out;
}

/** The features of a GeoJSON file (sites, headquarters, places), each checked against its schema. */
export function readFeatureCollection<TSchema extends v.GenericSchema>(
  key: GeoFileKey,
  raw: unknown,
  schema: TSchema,
  issues: DataIssue[],
): Entries<v.InferOutput<TSchema>> {
  const file = GEO_FILES[key];
  if (!isRecord(raw) || raw.type !== "FeatureCollection" || !Array.isArray(raw.features)) {
    issues.push({
      file,
      id: null,
      field: "features",
      message: "must be a GeoJSON FeatureCollection with a features list",
    });
    return NO_ENTRIES();
  }
  const idOf = (entry: unknown) =>
    isRecord(entry) && isRecord(entry.properties) ? entry.properties.id : undefined;
  return readEntries(file, raw.features, schema, idOf, "(feature)", issues);
}

/** The records of a JSON file that holds one named list (sources, relations, figures, timeline). */
export function readRecordList<TSchema extends v.GenericSchema>(
  key: GeoFileKey,
  raw: unknown,
  listName: string,
  schema: TSchema,
  issues: DataIssue[],
): Entries<v.InferOutput<TSchema>> {
  const file = GEO_FILES[key];
  const list = isRecord(raw) ? raw[listName] : undefined;
  if (!Array.isArray(list)) {
    issues.push({ file, id: null, field: listName, message: `must be an object with a "${listName}" list` });
    return NO_ENTRIES();
  }
  const idOf = (entry: unknown) => (isRecord(entry) ? entry.id : undefined);
  return readEntries(file, list, schema, idOf, "(record)", issues);
}

/** Reads edition.json: one object rather than a list of records. */
export function readEdition(raw: unknown, issues: DataIssue[]): Edition | null {
  const result = v.safeParse(EditionSchema, raw);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    issues.push({
      file: GEO_FILES.edition,
      id: null,
      field: v.getDotPath(issue) ?? "(file)",
      message: describeValibotIssue(issue),
    });
  }
  return null;
}
