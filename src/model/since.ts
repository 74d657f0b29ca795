/**
 * What changed since the article: for each site whose status or headline figure, and each company whose role
 * at a site (ended, paused), changed between the article's date and the view's date, one sentence for the list
 * row and the details ("Seit dem Artikel: Kunde gewechselt · 14.–15. April 2026").
 */
import { currentStatus, type DataIndex } from "../data/derive.ts";
import type { I18n } from "../i18n/index.ts";
import { relationState } from "./map-data.ts";
import { statusLine } from "./rows.ts";

function siteChanges(id: string, then: DataIndex, now: DataIndex, i18n: I18n): string[] {
  const changes: string[] = [];
  const statusNow = currentStatus(now, id);
  if (statusNow && statusNow.id !== currentStatus(then, id)?.id) changes.push(statusLine(statusNow, i18n));
  const headlineNow = now.headlineBySubject.get(id);
  if (headlineNow && headlineNow.id !== then.headlineBySubject.get(id)?.id)
    changes.push(`${i18n.figure(headlineNow)} · ${i18n.dateText(headlineNow.asOf)}`);
  return changes;
}

function companyChanges(
  id: string,
  then: DataIndex,
  now: DataIndex,
  i18n: I18n,
  nameOf: (id: string) => string,
) {
  const changes: string[] = [];
  for (const relation of (now.relationsByEnd.get(id) ?? []).filter((r) => r.from === id)) {
    const before = (then.relationsByEnd.get(id) ?? []).find((r) => r.id === relation.id);
    const after = relationState(relation, now);
    if (!before || after.state === "active" || relationState(before, then).state === after.state) continue;
    const state = `${i18n.t(after.state === "ended" ? "popup.ended" : "popup.paused")} · ${after.since ? i18n.dateText(after.since) : ""}`;
    changes.push(
      i18n.t("since.relation", { role: i18n.t(`role.${relation.role}`), site: nameOf(relation.to), state }),
    );
  }
  return changes;
}

/** The sentence for every site and company that changed, by id; empty when the view is the article's date. */
export function changesSinceArticle(
  then: DataIndex,
  now: DataIndex,
  i18n: I18n,
  nameOf: (id: string) => string,
): Map<string, string> {
  const sentences = new Map<string, string>();
  const add = (id: string, changes: string[]) => {
    if (changes.length > 0) sentences.set(id, i18n.t("since.article", { change: changes.join("; ") }));
  };
  for (const id of now.siteById.keys()) add(id, siteChanges(id, then, now, i18n));
  for (const id of now.companyById.keys()) add(id, companyChanges(id, then, now, i18n, nameOf));
  return sentences;
}
