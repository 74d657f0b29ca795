/** Checks of geo/timeline.json: every entry belongs to a known site and cites known sources. */
import { GEO_FILES } from "../files.ts";
import type { TimelineEntry } from "../schema.ts";
import { type CheckContext, checkSourceRefs } from "./references.ts";

export function checkTimeline(timeline: readonly TimelineEntry[], ctx: CheckContext): void {
  const file = GEO_FILES.timeline;
  for (const entry of timeline) {
    if (!ctx.declared.sites.has(entry.site)) {
      ctx.issues.push({ file, id: entry.id, field: "site", message: `unknown site "${entry.site}"` });
    }
    checkSourceRefs(ctx, file, entry.id, "sources", entry.sources);
  }
}
