/** Checks of geo/relations.json: both ends exist, a company never relates to itself, and the period is ordered. */
import { dateEnd, dateStart, parseDateValue, sortableDate } from "../dates.ts";
import { GEO_FILES } from "../files.ts";
import type { Relation, TimelineEntry } from "../schema.ts";
import { PAUSING_STAGES } from "../vocabulary.ts";
import { type CheckContext, checkSourceRefs } from "./references.ts";

/** The latest timeline entry of each site, if it paused the site. */
function pausesBySite(timeline: readonly TimelineEntry[]): Map<string, TimelineEntry> {
  const latest = new Map<string, TimelineEntry>();
  for (const entry of [...timeline].sort((a, b) => sortableDate(a.date).localeCompare(sortableDate(b.date))))
    latest.set(entry.site, entry);
  return new Map([...latest].filter(([, entry]) => PAUSING_STAGES.includes(entry.stage)));
}

/**
 * Both ends exist and the period is ordered; and a relation
 * to a site that has since been paused either ends or says in a note what became of it: the map shows it as
 * paused either way, and a reader deserves the reason.
 */
export function checkRelations(
  relations: readonly Relation[],
  timeline: readonly TimelineEntry[],
  ctx: CheckContext,
): void {
  const file = GEO_FILES.relations;
  const { declared, issues } = ctx;
  const pauses = pausesBySite(timeline);
  for (const relation of relations) {
    const { id } = relation;
    if (!declared.companies.has(relation.from)) {
      issues.push({
        file,
        id,
        field: "from",
        message: `unknown company "${relation.from}" (not in geo/headquarters.geojson)`,
      });
    }
    if (!declared.sites.has(relation.to) && !declared.companies.has(relation.to)) {
      issues.push({ file, id, field: "to", message: `unknown site or company "${relation.to}"` });
    }
    if (relation.from === relation.to)
      issues.push({ file, id, field: "to", message: "a company cannot relate to itself" });
    const from = parseDateValue(relation.validFrom);
    const to = relation.validTo === undefined ? null : parseDateValue(relation.validTo);
    if (from && to && dateEnd(to) < dateStart(from)) {
      issues.push({ file, id, field: "validTo", message: "ends before validFrom" });
    }
    const pause = pauses.get(relation.to);
    if (pause && relation.validTo === undefined && relation.note === undefined)
      issues.push({
        file,
        id,
        field: "note",
        message: `is missing: "${relation.to}" was paused (${pause.date}); end the relation (validTo) or say in a note what became of it`,
      });
    checkSourceRefs(ctx, file, id, "sources", relation.sources);
  }
}
