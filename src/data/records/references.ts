/**
 * What every cross-record check needs: the ids each file declares (valid records or not, so a broken record is
 * reported once, by itself) and the one place where issues are collected.
 */
import type { DataIssue } from "../issues.ts";

export interface DeclaredIds {
  sources: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  companies: ReadonlySet<string>;
  places: ReadonlySet<string>;
  figures: ReadonlySet<string>;
}

export interface CheckContext {
  declared: DeclaredIds;
  issues: DataIssue[];
}

/** Reports every source id in `ids` that geo/sources.json does not declare. */
export function checkSourceRefs(
  ctx: CheckContext,
  file: string,
  id: string,
  field: string,
  ids: readonly string[] | undefined,
): void {
  ids?.forEach((sourceId, index) => {
    if (!ctx.declared.sources.has(sourceId)) {
      ctx.issues.push({
        file,
        id,
        field: `${field}.${index}`,
        message: `unknown source "${sourceId}" (not in geo/sources.json)`,
      });
    }
  });
}
