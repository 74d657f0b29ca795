/**
 * What changed since the article: for each site whose status or headline figure changed between the article's
 * date and the view's date, and each company that took up a role since, whose role ended or was paused, or of
 * whose role more was learned (a dated part of the relation's note), one sentence for the list row and the
 * details ("Seit dem Artikel: Investor bei Nscale seit 25. September 2025 – Führte … auch die Serie C an").
 */
import { lastDay, shownOf } from "../data/as-of.ts";
import type { Dataset } from "../data/dataset.ts";
import { currentStatus, type DataIndex } from "../data/derive.ts";
import { textParts } from "../data/text.ts";
import type { I18n } from "../i18n/index.ts";
import { counted } from "./counted.ts";
import { headlineFigures, siteHeadline } from "./headline.ts";
import { relationState } from "./map-data.ts";
import { roleWords } from "./relations.ts";
import { statusLine } from "./rows.ts";
import { plainText, renderText, type TextContext } from "./text.ts";
import { viewDateOf, viewDateText } from "./view-date.ts";

/**
 * A site's new status, unless it only restates what was said (a restatement changes nothing), and its new
 * headline, as every view writes it (src/model/headline.ts), with the date of the figure that changed it.
 */
function siteChanges(id: string, then: DataIndex, now: DataIndex, ctx: TextContext): string[] {
  const { i18n } = ctx;
  const changes: string[] = [];
  const statusNow = currentStatus(now, id);
  if (statusNow && statusNow.stage !== "restated" && statusNow.id !== currentStatus(then, id)?.id)
    changes.push(statusLine(statusNow, i18n));
  const before = siteHeadline(id, { ...ctx, index: then });
  const after = siteHeadline(id, { ...ctx, index: now });
  const changed = headlineFigures(after).find(
    (figure) => !headlineFigures(before).some((f) => f.id === figure.id),
  );
  if (changed && after.text !== before.text) changes.push(`${after.text} · ${i18n.dateText(changed.asOf)}`);
  return changes;
}

function companyChanges(id: string, then: DataIndex, now: DataIndex, ctx: TextContext, articleDay: string) {
  const { i18n } = ctx;
  const changes: string[] = [];
  for (const relation of (now.relationsByEnd.get(id) ?? []).filter((r) => r.from === id)) {
    const before = (then.relationsByEnd.get(id) ?? []).find((r) => r.id === relation.id);
    const role = roleWords(relation, i18n);
    const site = ctx.nameOf(relation.to);
    const after = relationState(relation, now);
    const said: string[] = [];
    if (!before)
      said.push(i18n.t("since.relationNew", { role, site, date: i18n.dateText(relation.validFrom) }));
    else if (after.state !== "active" && relationState(before, then).state !== after.state) {
      const state = `${i18n.t(after.state === "ended" ? "popup.ended" : "popup.paused")} · ${after.since ? i18n.dateText(after.since) : ""}`;
      said.push(i18n.t("since.relation", { role, site, state }));
    }
    // What was learned about a role that still holds, after the article: the parts of its note dated since.
    // (Of a role that ended, its end is the news; the note says why, in the details.)
    const learned =
      relation.note && after.state === "active"
        ? textParts(relation.note).filter((part) => part.from && (lastDay(part.from) ?? "") > articleDay)
        : [];
    if (learned.length > 0 && said.length === 0)
      said.push(i18n.t("since.relation", { role, site, state: "" }).trim());
    // Each change is a clause of one sentence ("Seit dem Artikel: A; B"), so a part's own full stop goes.
    const text = learned
      .map((part) => plainText(renderText(part.text, ctx, part.from)))
      .join(" ")
      .replace(/\.$/, "");
    if (said.length > 0) changes.push(text ? `${said.join("")} – ${text}` : said.join(""));
  }
  return changes;
}

/**
 * What changed for each site and company between the data as of an earlier date (`then`, `thenDate`) and the
 * view's: its changes, by id, each a clause ("pausiert (berichtet) · 9. April 2026"). Only the
 * sites and companies that changed are in it; going back in time, nothing has changed "since".
 */
function changesBetween(
  then: DataIndex,
  now: DataIndex,
  ctx: TextContext,
  thenDate: string,
): Map<string, string[]> {
  const changes = new Map<string, string[]>();
  const thenDay = lastDay(thenDate) ?? "";
  const add = (id: string, found: string[]) => {
    if (found.length > 0) changes.set(id, found);
  };
  for (const id of now.siteById.keys()) add(id, siteChanges(id, then, now, ctx));
  for (const id of now.companyById.keys()) add(id, companyChanges(id, then, now, ctx, thenDay));
  return changes;
}

/** The sentence for every site and company that changed since the article, by id ("Seit dem Artikel: …"). */
export function changesSinceArticle(
  then: DataIndex,
  now: DataIndex,
  ctx: TextContext,
  articleDate: string,
): Map<string, string> {
  const changes = changesBetween(then, now, ctx, articleDate);
  return new Map(
    [...changes].map(([id, found]) => [id, ctx.i18n.t("since.article", { change: found.join("; ") })]),
  );
}

/**
 * "Stand: 16./17. September 2025 · seitdem 5 Änderungen, zuletzt 14./15. April 2026": what happened after a
 * view's date, up to the edition's, for a reader who sees an earlier date than the latest (an article's). The
 * changes are the timeline's events shown in between, and the last is dated as the time control's step is: the
 * day it was shown from (certain, data/certain.ts), which the view's date may not name otherwise. A restatement
 * changes nothing, so it is not one. Null when nothing happened since.
 */
export function changedSince(
  dataset: Dataset,
  asOf: string,
  i18n: I18n,
  shown = shownOf(dataset),
): string | null {
  const day = lastDay(asOf) ?? "";
  const edition = lastDay(dataset.edition.asOf) ?? "";
  const { days } = shown;
  const from = (id: string) => days.get(id) ?? "";
  const events = dataset.timeline
    .filter((e) => e.stage !== "restated" && from(e.id) > day && from(e.id) <= edition)
    .sort((a, b) => from(a.id).localeCompare(from(b.id)));
  const last = events.at(-1);
  if (!last) return null;
  return i18n.t("notice.since", {
    asOf: i18n.t("credits.asOf", { date: viewDateText(viewDateOf(asOf), i18n) }),
    changes: counted(i18n, "change", events.length),
    date: i18n.dateText(from(last.id)),
  });
}

/** The line on the map about its date, and its one button: the date that button asks the store for. */
export interface DateNotice {
  text: string;
  /** "Aktuellen Stand zeigen", or "Zurück zum 16./17. September 2025". */
  action: string;
  /** What the button shows: null, the latest; or the date the embed was pinned to. */
  asOf: string | null;
}

/**
 * The notice of a view as of `asOf` in an embed that started at `pinned` (null: at the latest): at an earlier
 * date, what changed since and the way to the latest; at the latest, the way back to the pinned date, if
 * anything changed since that one. Null otherwise.
 */
export function dateNotice(
  dataset: Dataset,
  asOf: string,
  pinned: string | null,
  i18n: I18n,
  shown = shownOf(dataset),
  /** The pinned date as the view says it (the article's "16./17." for 0.1.0's "2025-09-17"). */
  pinnedSaid = pinned,
): DateNotice | null {
  const changed = changedSince(dataset, asOf, i18n, shown);
  if (changed) return { text: changed, action: i18n.t("notice.latest"), asOf: null };
  const latest = (lastDay(asOf) ?? "") >= (lastDay(dataset.edition.asOf) ?? "");
  if (!pinned || !latest || !changedSince(dataset, pinned, i18n, shown)) return null;
  return {
    text: `${i18n.t("time.edition")}: ${viewDateText(viewDateOf(asOf), i18n)}`,
    action: i18n.t("notice.back", { date: viewDateText(viewDateOf(pinnedSaid ?? pinned), i18n) }),
    asOf: pinned,
  };
}
