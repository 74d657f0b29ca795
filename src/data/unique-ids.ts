/**
 * Ids that must be unique, by file, with the id space each belongs to: the one table both the build's validator
 * and the browser's shape check use. Sites and headquarters share one space, because the map's single
 * select(id) addresses both.
 */

import type { Dataset } from "./dataset.ts";
import { GEO_FILES } from "./files.ts";
import type { DataIssue } from "./issues.ts";

export function checkUniqueIds(records: Omit<Dataset, "edition">, issues: DataIssue[]): void {
  const sharedMapIds = new Set<string>();
  const table: [file: string, field: string, ids: string[], space: Set<string>][] = [
    [GEO_FILES.sites, "properties.id", records.sites.map((f) => f.properties.id), sharedMapIds],
    [GEO_FILES.headquarters, "properties.id", records.headquarters.map((f) => f.properties.id), sharedMapIds],
    [GEO_FILES.places, "properties.id", records.places.map((f) => f.properties.id), new Set()],
    [GEO_FILES.sources, "id", records.sources.map((s) => s.id), new Set()],
    [GEO_FILES.relations, "id", records.relations.map((r) => r.id), new Set()],
    [GEO_FILES.figures, "id", records.figures.map((f) => f.id), new Set()],
    [GEO_FILES.timeline, "id", records.timeline.map((t) => t.id), new Set()],
  ];
  for (const [file, field, ids, seen] of table) {
    for (const id of ids) {
      if (seen.has(id)) issues.push({ file, id, field, message: `duplicate id "${id}"` });
      seen.add(id);
    }
  }
}
