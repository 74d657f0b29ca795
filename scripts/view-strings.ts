/**
 * Every string a view shows, gathered from the view model as the views get it: the list's rows, the legend,
 * the chart, the map's labels, the picture's title and caption, the credits, the table "Wer mit wem", every
 * details card, the description (with each selection) and the CSV's rows. The walk goes through the whole View
 * object rather than naming its fields, so a field added to the model is read too. Left out: the time
 * control's steps (every date of the story, by design, at every date), the language, theme and encoding.
 */
import { describeView } from "../src/model/describe.ts";
import { figuresTable } from "../src/model/table.ts";
import type { View } from "../src/model/view.ts";

/** Parts of a View that are not what it says at its date. */
const NOT_SAID = new Set(["i18n", "flavor", "encoding", "steps", "allBounds", "lngLat", "changedSince"]);

/** Every string in a value, depth first; functions and the parts in NOT_SAID are skipped. */
function stringsIn(value: unknown, out: string[], seen: Set<object>): void {
  if (typeof value === "string") {
    out.push(value);
    return;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, out, seen);
    return;
  }
  for (const [key, item] of Object.entries(value)) if (!NOT_SAID.has(key)) stringsIn(item, out, seen);
}

/** What a view says: its own strings, each details card, the description and the CSV's rows. */
export function viewStrings(view: View): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  stringsIn(view, out, seen);
  const ids = [...view.sites, ...view.companies].map((row) => row.id);
  for (const id of ids) stringsIn(view.details(id), out, seen);
  stringsIn(describeView(view), out, seen);
  for (const id of ids) out.push(describeView(view, id).sentences.at(-1) ?? "");
  stringsIn(figuresTable(view.tableContext()).rows, out, seen);
  // The line on the map for an earlier date ("seitdem 4 Änderungen, zuletzt …", issue 29) tells of what came
  // later by design, marked as such: it is the one sentence not held to the view's date.
  const later = view.changedSince;
  return later ? out.map((text) => text.split(later).join("")) : out;
}
