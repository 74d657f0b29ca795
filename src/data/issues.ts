/**
 * How the validator reports a problem: one issue per problem, naming the file, the feature or record and the
 * field, so that an editor under deadline can fix it. The loader (files.ts), the validator (parse.ts) and the
 * build all speak this one type.
 */

/** One problem in the data, located precisely enough for an editor under deadline to fix it. */
export interface DataIssue {
  /** File name inside geo/, e.g. "sites.geojson". */
  file: string;
  /** The feature's or record's id, or "#3" (its position) when it has no usable id; null for the whole file. */
  id: string | null;
  /** Dotted path of the field, e.g. "geometry.coordinates" or "properties.sources.0". */
  field: string;
  message: string;
}

/** Formats an issue as one line: `geo/sites.geojson: feature "loughton", field "geometry.coordinates": …`. */
export function formatIssue(issue: DataIssue): string {
  const noun = issue.file.endsWith(".geojson") ? "feature" : "record";
  const where = issue.id === null ? "" : ` ${noun} "${issue.id}",`;
  return `geo/${issue.file}:${where} field "${issue.field}": ${issue.message}`;
}

/** Thrown by loaders and the build when data is invalid; its message lists every issue. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(
      `Invalid data in geo/ (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${issues.map(formatIssue).join("\n")}`,
    );
    this.name = "DataError";
    this.issues = issues;
  }
}
