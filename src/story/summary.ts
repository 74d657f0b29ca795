/**
 * What a screen reader hears once after a story step: the date the map now shows, what changed on it since the
 * previous step, and whose details opened. Not the article's own words, which the reader has just read. Pure:
 * two views of the same data in, one sentence per part out.
 */
import type { View } from "../model/view.ts";

export function stepSummary(previous: View | null, next: View, selectedId: string | null): string {
  const { i18n } = next;
  const parts = [next.time.showing];
  const changes = previous ? next.changesSince(previous.asOf) : [];
  if (changes.length > 0)
    parts.push(
      i18n.t("story.changed", {
        changes: changes.map(({ name, changes: found }) => `${name}: ${found.join(", ")}`).join("; "),
      }),
    );
  const selected = selectedId ? next.details(selectedId)?.heading : undefined;
  if (selected) parts.push(i18n.t("story.opened", { name: selected }));
  return parts.join(" ");
}
