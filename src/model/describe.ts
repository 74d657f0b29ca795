/**
 * The map in words, for a reader who cannot see it: what the map shows and as of when, the sites with their
 * headline figure and status, where they lie relative to each other and to a town a reader knows, the companies
 * with who is tied to whom, and what changed since the article. Built from the view alone, so it says exactly
 * what the view draws at its date and nothing later. The map region's description, the static picture's
 * `<desc>` and the page without JavaScript all carry describeView's text.
 *
 * describeChange says only what changed from one view to the next (another date, another selection): what a
 * live region announces when the reader moves the time control, and what story mode says between its steps.
 */
import type { I18n } from "../i18n/index.ts";
import { counted } from "./counted.ts";
import { directionWord, distanceText, measure, type Placed, referenceFor } from "./geography.ts";
import type { RelationRecord } from "./relations.ts";
import type { View } from "./view.ts";

/** The description as sentences, in reading order, and as one text. */
export interface ViewDescription {
  sentences: string[];
  text: string;
}

/**
 * "zwei Rechenzentren, Cobalt Park (Standort von Stargate UK)": the data centres counted, and a programme's
 * site without figures of its own named as what it is, not counted as a data centre.
 */
function sitesCounted(view: View): string {
  const { i18n } = view;
  const ofProgramme = view.sites.filter((row) => row.headline.programme !== null);
  const centres = view.sites.length - ofProgramme.length;
  return [
    ...(centres > 0 || ofProgramme.length === 0 ? [counted(i18n, "site", centres)] : []),
    ...ofProgramme.map(
      (row) => `${row.name} (${i18n.t("kind.programmeSite", { programme: row.headline.programme ?? "" })})`,
    ),
  ].join(", ");
}

/** "rund 2.100 km nördlich": how far and which way `to` lies from `from`. */
function relative(i18n: I18n, from: readonly [number, number], to: readonly [number, number]): string {
  const { km, bearing } = measure(from, to);
  return `${distanceText(km, i18n)} ${directionWord(bearing, i18n)}`;
}

/** "Kvandal, 230 MW": a site with its headline figure, a company with what it is. */
export function nameWithFigure(view: View, placed: Placed): string {
  const { i18n } = view;
  const figure = placed.kind === "site" ? (placed.headline ?? i18n.t("list.noPower")) : i18n.t("kind.hq");
  return i18n.t("walk.here", { name: placed.name, figure });
}

const sitesOf = (view: View) => view.geography.placed.filter((p) => p.kind === "site");
const companiesOf = (view: View) => view.geography.placed.filter((p) => p.kind === "company");

function siteSentence(view: View): string | null {
  const { i18n } = view;
  const items = sitesOf(view).map((site) => {
    const row = view.sites.find((r) => r.id === site.id);
    const figure = row?.headline.text ?? i18n.t("list.noPower");
    const status = row?.status ?? "";
    // The first time the description names a site: "Kvandal (bei Narvik)".
    const name = row?.firstMention ?? site.name;
    return status ? i18n.t("describe.site", { name, figure, status }) : `${name}: ${figure}`;
  });
  return items.length > 0 ? i18n.t("describe.sites", { items: items.join("; ") }) : null;
}

/** One sentence per site: where it lies from the first site and from the nearest town a reader knows. */
function whereSentences(view: View): string[] {
  const { i18n } = view;
  const sites = sitesOf(view);
  const first = sites[0];
  const sentences = sites.flatMap((site) => {
    const where: string[] = [];
    if (first && site !== first)
      where.push(
        i18n.t("describe.from", { relative: relative(i18n, first.lngLat, site.lngLat), place: first.name }),
      );
    const reference = referenceFor(site, view.geography.references);
    if (reference) {
      const key = reference.place.name === site.name ? "describe.fromTown" : "describe.from";
      where.push(
        i18n.t(key, {
          relative: relative(i18n, reference.place.lngLat, site.lngLat),
          place: reference.place.name,
        }),
      );
    }
    return where.length > 0 ? [i18n.t("describe.lies", { site: site.name, where: where.join(", ") })] : [];
  });
  if (sentences.length === 0) return [];
  const approximate = sites.filter((site) => site.precision !== "exact").map((site) => site.name);
  sentences.push(
    approximate.length > 0
      ? i18n.t("describe.approximate", { names: i18n.list(approximate) })
      : i18n.t("describe.rounded"),
  );
  return sentences;
}

/** What state a relation is in, as the list says it: "beendet · 14./15. April 2026", "pausiert seit …". */
function stateWords(i18n: I18n, record: RelationRecord): string {
  if (record.state === "paused") return i18n.t("popup.pausedSince", { date: record.untilText });
  if (record.state === "ended") return `${i18n.t("popup.ended")} · ${record.untilText}`;
  return record.status;
}

/** One sentence per company: its seat, then its roles, those that hold first, as the arcs draw them. */
function companySentences(view: View): string[] {
  const { i18n } = view;
  return companiesOf(view).map((company) => {
    const records = view.relations.rows.filter((r) => r.companyId === company.id);
    const holding = new Map<string, string[]>();
    for (const record of records.filter((r) => r.state === "active")) {
      const sites = holding.get(record.role) ?? [];
      if (!sites.includes(record.site)) sites.push(record.site);
      holding.set(record.role, sites);
    }
    const roles = [
      ...[...holding].map(([role, sites]) => i18n.t("describe.role", { role, sites: i18n.list(sites) })),
      ...records
        .filter((r) => r.state !== "active")
        .map((r) => i18n.t("describe.roleState", { role: r.role, site: r.site, state: stateWords(i18n, r) })),
    ];
    const { name, place } = company;
    return roles.length > 0
      ? i18n.t("describe.company", { name, place, roles: roles.join("; ") })
      : i18n.t("describe.companyAlone", { name, place });
  });
}

/** What changed since the article, said from the view's own date; or that the view is the article's, or before it. */
function sinceSentences(view: View): string[] {
  const { i18n, time } = view;
  const article = time.steps[time.article.index];
  const shown = time.steps[time.index];
  const date = article ? i18n.dateText(article.asOf) : "";
  if (!article || !shown || shown.day === article.day) return [i18n.t("describe.atArticle")];
  if (shown.day < article.day) return [i18n.t("describe.beforeArticle", { date })];
  // The rows carry "Seit dem Artikel: …" each; here one heading names the date for all, so the prefix goes.
  const prefix = i18n.t("since.article", { change: "" });
  const items = [...view.sites, ...view.companies].flatMap((row) =>
    row.since
      ? [i18n.t("describe.sinceItem", { name: row.name, change: row.since.replace(prefix, "") })]
      : [],
  );
  return items.length > 0
    ? [i18n.t("describe.since", { date }), ...items]
    : [i18n.t("describe.sinceNone", { date })];
}

/**
 * The view in words: what the map shows and as of when (and what happened since, at an earlier date than the
 * latest), the sites, where they lie, the companies and their relations, and what changed since the article;
 * with the selected site or company last, if one is.
 */
export function describeView(view: View, selectedId: string | null = null): ViewDescription {
  const { i18n } = view;
  const intro = i18n.t("describe.intro", {
    title: i18n.t("app.mapLabel"),
    asOf: view.credits.asOf,
    sites: sitesCounted(view),
    companies: counted(i18n, "hq", view.map.companies.features.length),
    relations: counted(i18n, "relation", view.map.relations.features.length),
  });
  const selected = selectedId ? view.geography.placed.find((p) => p.id === selectedId) : undefined;
  const sentences = [
    intro,
    // The line on the map about a date earlier than the latest, said as the map says it.
    view.changedSince && `${view.changedSince}.`,
    siteSentence(view),
    ...whereSentences(view),
    ...companySentences(view),
    ...sinceSentences(view),
    selected ? i18n.t("describe.selected", { name: nameWithFigure(view, selected) }) : null,
  ].filter((s): s is string => s !== null);
  return { sentences, text: sentences.join(" ") };
}

/** What changed from one view to the next, in the next view's language. */
export interface ViewChange {
  /** "Stand der Karte: April 2026." when the date changed, else null. */
  date: string | null;
  /** "Ausgewählt: Kvandal, 230 MW." when another site or company was selected, else null. */
  selection: string | null;
  /** What the map draws differently: sites and relations new or gone, figures, statuses, relations' states. */
  changes: string[];
  /** All of it, in that order. */
  text: string;
}

/** "Microsoft als Kapazitätskäufer bei Kvandal". */
const tie = (i18n: I18n, r: RelationRecord) =>
  i18n.t("change.tie", { company: r.company, role: r.role, site: r.site });

/**
 * What changed between two views of the same data (another date, another theme) and, if given, between two
 * selections: the new date, what the map now draws that it did not (and the other way round), changed headline
 * figures and statuses, relations that ended, were paused or hold again, and the new selection. The
 * unchanged rest is not repeated: that is describeView's.
 */
export function describeChange(
  previous: View,
  next: View,
  selection?: { previous: string | null; next: string | null },
): ViewChange {
  const { i18n } = next;
  const date = previous.asOf !== next.asOf ? next.time.showing : null;
  const back =
    (next.time.steps[next.time.index]?.day ?? "") < (previous.time.steps[previous.time.index]?.day ?? "");
  const before = new Map(previous.geography.placed.map((p) => [p.id, p]));
  const after = new Map(next.geography.placed.map((p) => [p.id, p]));
  const tiesBefore = new Map(previous.relations.rows.map((r) => [r.id, r]));
  const tiesAfter = new Map(next.relations.rows.map((r) => [r.id, r]));
  const added = [
    ...next.geography.placed.filter((p) => !before.has(p.id)).map((p) => nameWithFigure(next, p)),
    ...next.relations.rows.filter((r) => !tiesBefore.has(r.id)).map((r) => tie(i18n, r)),
  ];
  const removed = [
    ...previous.geography.placed.filter((p) => !after.has(p.id)).map((p) => p.name),
    ...previous.relations.rows.filter((r) => !tiesAfter.has(r.id)).map((r) => tie(i18n, r)),
  ];
  const changes: string[] = [];
  if (added.length > 0) changes.push(i18n.t("change.new", { items: added.join("; ") }));
  if (removed.length > 0)
    changes.push(i18n.t(back ? "change.notYet" : "change.gone", { items: removed.join("; ") }));
  for (const site of next.geography.placed.filter((p) => p.kind === "site")) {
    const was = before.get(site.id);
    const row = next.sites.find((r) => r.id === site.id);
    const wasRow = previous.sites.find((r) => r.id === site.id);
    if (was && row && wasRow && wasRow.headline.text !== row.headline.text)
      changes.push(i18n.t("change.figure", { name: site.name, figure: row.headline.text }));
    const status = row?.status ?? "";
    const wasStatus = wasRow?.status ?? "";
    if (was && status && status !== wasStatus)
      changes.push(i18n.t("change.status", { name: site.name, status }));
  }
  for (const record of next.relations.rows) {
    const was = tiesBefore.get(record.id);
    if (was && was.state !== record.state)
      changes.push(
        i18n.t("change.tieState", {
          company: record.company,
          role: record.role,
          site: record.site,
          state: stateWords(i18n, record),
        }),
      );
  }
  if (date && changes.length === 0) changes.push(i18n.t("change.none"));
  const chosen =
    selection?.next && selection.next !== selection.previous ? after.get(selection.next) : undefined;
  const selected = chosen ? i18n.t("describe.selected", { name: nameWithFigure(next, chosen) }) : null;
  return {
    date,
    selection: selected,
    changes,
    text: [date, ...changes, selected].filter((s): s is string => s !== null).join(" "),
  };
}

/**
 * What the live region says when the arrow keys move from one marker to another: the name, the headline
 * figure (a company's kind), and how far and which way it lies from the one before ("Kvandal, 230 MW, rund
 * 2.100 km nördlich"); only name and figure when there was none before.
 */
export function walkAnnouncement(view: View, fromId: string | null, toId: string): string {
  const to = view.geography.placed.find((p) => p.id === toId);
  if (!to) return "";
  const here = nameWithFigure(view, to);
  const from = fromId && fromId !== toId ? view.geography.placed.find((p) => p.id === fromId) : undefined;
  return from ? `${here}, ${relative(view.i18n, from.lngLat, to.lngLat)}` : here;
}
