/** Checks of geo/relations.json: both ends exist, a company never relates to itself, and the period is ordered. */
import { dateEnd, dateStart, parseDateValue } from "../dates.ts";
import { GEO_FILES } from "../files.ts";
import type { Relation } from "../schema.ts";
import { type CheckContext, checkSourceRefs } from "./references.ts";

export function checkRelations(relations: readonly Relation[], ctx: CheckContext): void {
  const file = GEO_FILES.relations;
  const { declared, issues } = ctx;
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
    checkSourceRefs(ctx, file, id, "sources", relation.sources);
  }
}
