/**
 * What a screen reader hears once after a story step: the date the map now shows, what happened at the sites
 * since the previous step (each site's new status, in its own words), and whose details opened. Not the
 * article's own words, which the reader has just read, and not every relation a company took up on the way:
 * one sentence a listener can follow. Pure: two views of the same data in, one text out.
 */
import { plainText } from "../model/text.ts";
import type { View } from "../model/view.ts";

export function stepSummary(previous: View | null, next: View, selectedId: string | null): string {
  const { i18n } = next;
  const parts = [next.time.showing];
  const sites = new Set(next.sites.map((row) => row.id));
  const changed = previous ? next.changesSince(previous.asOf).filter((change) => sites.has(change.id)) : [];
  const news = changed.flatMap(({ id, name }) => {
    const current = next.details(id)?.status?.current;
    return current ? [`${name}, ${current.stage}${plainText(current.text)}`] : [];
  });
  if (news.length > 0) parts.push(i18n.t("story.changed", { changes: news.join(" ") }));
  const selected = selectedId ? next.details(selectedId)?.heading : undefined;
  if (selected) parts.push(i18n.t("story.opened", { name: selected }));
  return parts.join(" ");
}
