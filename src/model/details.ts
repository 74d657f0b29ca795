/**
 * The details of a site or company, as data: status with its history, capacity and money figures with who said
 * them and when, the companies involved, and every source. The article's claims are labelled as the article's
 * and stand beside later figures; unconfirmed and calculated figures say so. The popup (and, later, any panel
 * or sheet that shows details) renders this model; none of them looks anything up on its own.
 */

import { isCurrent } from "../data/as-of.ts";
import { sortableDate } from "../data/dates.ts";
import { currentStatus, type DataIndex, featureById } from "../data/derive.ts";
import type { Figure, LocalizedText, Relation, Source, TimelineEntry } from "../data/schema.ts";
import type { FigureKind, FigureStatus } from "../data/vocabulary.ts";
import type { I18n } from "../i18n/index.ts";
import type { Encoding } from "./encoding.ts";
import { type RelationState, relationState } from "./map-data.ts";

export interface FigureItem {
  id: string;
  /** "Leistung · Phase 1". */
  label: string;
  /** "50 MW". */
  value: string;
  status: FigureStatus;
  /** "unbestätigt", "berechnet"; null for a confirmed figure. */
  badge: string | null;
  /** Who said it and when, or what it was calculated from. */
  meta: string;
  note: string | null;
  fromArticle: boolean;
  /** False once a later statement has replaced it, by the view's date. */
  current: boolean;
}

export interface FigureSection {
  className: "capacity" | "money" | "other";
  title: string;
  /** Oldest first, so the reader sees how the statements developed. */
  figures: FigureItem[];
}

export interface TimelineItem {
  stage: string;
  /** " · 9. April 2026: …". */
  text: string;
  status: FigureStatus;
  badge: string | null;
}

export interface RelationItem {
  id: string;
  state: RelationState;
  /** The colour of the company that holds the relation. */
  colour: string;
  /** The other end, seen from the feature whose details these are. */
  name: string;
  role: string;
  /** "seit 16. September 2025", or the period and "beendet". */
  period: string;
  note: string | null;
}

export interface SourceItem {
  title: string;
  /** null for the news article, which has no link. */
  url: string | null;
  /** " – publisher, date". */
  rest: string;
}

export interface DetailsModel {
  id: string;
  kind: "site" | "company";
  /** The id of the heading element, which labels the dialog. */
  headingId: string;
  heading: string;
  /** "Rechenzentrum · Loughton, Essex". */
  kindLine: string;
  /** "Adresse: …", companies only. */
  address: string | null;
  approximate: { label: string; note: string } | null;
  description: string;
  /** "Seit dem Artikel: …" when it changed since the article; null otherwise. */
  since: string | null;
  /** For a site without a power figure of its own: that none has been published. */
  noPower: string | null;
  status: { title: string; current: TimelineItem; earlierTitle: string; earlier: TimelineItem[] } | null;
  /** Only sections with figures. */
  sections: FigureSection[];
  relations: { title: string; items: RelationItem[] } | null;
  sources: { title: string; items: SourceItem[] };
}

const CAPACITY_KINDS: readonly FigureKind[] = ["power", "gpus", "racks"];
const MONEY_KINDS: readonly FigureKind[] = [
  "investment",
  "pledge",
  "funding",
  "contract",
  "loan",
  "valuation",
];
const ARTICLE_SOURCE = "article";

interface Context {
  index: DataIndex;
  i18n: I18n;
  encoding: Encoding;
  /** The name of a site or company in the interface language. */
  nameOf(id: string): string;
  /** "Seit dem Artikel: …" by site or company id. */
  since: ReadonlyMap<string, string>;
}

/** A name as the data gives it, or a description in the reader's language. */
export function textOf(i18n: I18n, value: string | LocalizedText): string {
  return typeof value === "string" ? value : i18n.text(value);
}

/** A note and, once it has been made, the later statement about the record. */
function noteOf(i18n: I18n, record: Figure | Relation): string | null {
  const parts = [record.note, record.update?.text].flatMap((text) => (text ? [i18n.text(text)] : []));
  return parts.length > 0 ? parts.join(" ") : null;
}

/** "berechnet aus: 230 MW + 60 MW": the figures a calculated figure was worked out from. */
export function derivedFromText(figure: Figure, index: DataIndex, i18n: I18n): string {
  const inputs = (figure.derivedFrom ?? []).map((id) => {
    const input = index.figureById.get(id);
    return input ? i18n.figure(input) : id;
  });
  return i18n.t("popup.derivedFrom", { figures: inputs.join(" + ") });
}

function figureItem(figure: Figure, { i18n, index }: Context): FigureItem {
  const fromArticle = figure.sources?.includes(ARTICLE_SOURCE) ?? false;
  const label = [
    figure.programme ? i18n.t("popup.programme", { programme: i18n.text(figure.programme) }) : null,
    i18n.t(`figureKind.${figure.kind}`),
    figure.phase ? i18n.t(`phase.${figure.phase}`) : null,
    figure.round ? i18n.text(figure.round) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const date = i18n.dateText(figure.asOf);
  let meta: string;
  if (fromArticle) meta = i18n.t("popup.article", { date });
  else if (figure.status === "calculated") meta = derivedFromText(figure, index, i18n);
  else meta = i18n.t("popup.saidBy", { who: figure.saidBy ? textOf(i18n, figure.saidBy) : "", date });
  // Replaced by a later statement by the view's date: kept, as history, and marked.
  if (figure.validTo) meta += ` · ${i18n.t("popup.validUntil", { date: i18n.dateText(figure.validTo) })}`;
  return {
    id: figure.id,
    label,
    value: i18n.figure(figure),
    status: figure.status,
    badge: figure.status !== "confirmed" ? i18n.t(`status.${figure.status}`) : null,
    meta,
    note: noteOf(i18n, figure),
    fromArticle,
    current: isCurrent(figure),
  };
}

function figureSections(figures: readonly Figure[], ctx: Context): FigureSection[] {
  const { i18n } = ctx;
  const groups: [FigureSection["className"], string, (f: Figure) => boolean][] = [
    ["capacity", i18n.t("popup.capacity"), (f) => CAPACITY_KINDS.includes(f.kind)],
    ["money", i18n.t("popup.money"), (f) => MONEY_KINDS.includes(f.kind)],
    [
      "other",
      i18n.t("popup.other"),
      (f) => !CAPACITY_KINDS.includes(f.kind) && !MONEY_KINDS.includes(f.kind),
    ],
  ];
  return groups.flatMap(([className, title, belongs]) => {
    const members = figures
      .filter(belongs)
      .sort((a, b) => sortableDate(a.asOf).localeCompare(sortableDate(b.asOf)));
    return members.length > 0 ? [{ className, title, figures: members.map((f) => figureItem(f, ctx)) }] : [];
  });
}

function timelineItem(entry: TimelineEntry, i18n: I18n): TimelineItem {
  return {
    stage: i18n.t(`stage.${entry.stage}`),
    text: ` · ${i18n.dateText(entry.date)}: ${i18n.text(entry.text)}`,
    status: entry.status,
    badge: entry.status !== "confirmed" ? i18n.t(`status.${entry.status}`) : null,
  };
}

function statusOf(id: string, { index, i18n }: Context): DetailsModel["status"] {
  const current = currentStatus(index, id);
  if (!current) return null;
  const earlier = (index.timelineBySite.get(id) ?? []).slice(0, -1).reverse();
  return {
    title: i18n.t("popup.status"),
    current: timelineItem(current, i18n),
    earlierTitle: i18n.t("popup.earlier"),
    earlier: earlier.map((entry) => timelineItem(entry, i18n)),
  };
}

function period(relation: Relation, { i18n, index }: Context): string {
  const from = i18n.dateText(relation.validFrom);
  const { state, since } = relationState(relation, index);
  const to = since ? i18n.dateText(since) : "";
  if (state === "ended") return `${i18n.t("popup.period", { from, to })}, ${i18n.t("popup.ended")}`;
  if (state === "paused")
    return `${i18n.t("popup.since", { date: from })}, ${i18n.t("popup.pausedSince", { date: to })}`;
  return i18n.t("popup.since", { date: from });
}

function relationItem(relation: Relation, viewpoint: string, ctx: Context): RelationItem {
  const { i18n, encoding } = ctx;
  const other = relation.from === viewpoint ? relation.to : relation.from;
  const role = i18n.t(`role.${relation.role}`);
  return {
    id: relation.id,
    state: relationState(relation, ctx.index).state,
    colour: encoding.companyColor(relation.from),
    name: ctx.nameOf(other),
    // An announcement is not a contract: the reader is told which it was.
    role: relation.basis === "announcement" ? `${role}, ${i18n.t("basis.announcement")}` : role,
    period: period(relation, ctx),
    note: noteOf(i18n, relation),
  };
}

function sourceItem(source: Source, i18n: I18n): SourceItem {
  if (source.kind === "article") {
    return {
      title: i18n.text(source.title),
      url: null,
      rest: ` – ${i18n.text(source.publisher)}, ${i18n.dateText(source.date)}`,
    };
  }
  const date = source.date ? `, ${i18n.dateText(source.date)}` : "";
  return { title: source.title, url: source.url, rest: ` – ${source.publisher}${date}` };
}

/** Every source behind what the details show, each once, in the order it first appears. */
function sourcesFor(id: string, index: DataIndex): Source[] {
  const ids = [
    ...(featureById(index, id)?.properties.sources ?? []),
    ...(index.timelineBySite.get(id) ?? []).flatMap((t) => t.sources),
    ...(index.figuresBySubject.get(id) ?? []).flatMap((f) => f.sources ?? []),
    ...(index.relationsByEnd.get(id) ?? []).flatMap((r) => r.sources),
  ];
  return [...new Set(ids)].flatMap((sourceId) => index.sourceById.get(sourceId) ?? []);
}

/** Whether a site has any current power figure of its own (its headline may be a GPU count). */
function hasPowerFigure(index: DataIndex, id: string): boolean {
  return (index.figuresBySubject.get(id) ?? []).some(
    (f) => f.kind === "power" && isCurrent(f) && !f.programme,
  );
}

/** The details of a site or company; null for an unknown id. */
export function detailsModel(id: string, ctx: Context): DetailsModel | null {
  const { index, i18n } = ctx;
  const site = index.siteById.get(id);
  const company = index.companyById.get(id);
  const props = (site ?? company)?.properties;
  if (!props) return null;
  const relations = index.relationsByEnd.get(id) ?? [];
  return {
    id,
    kind: site ? "site" : "company",
    headingId: `details-${id}`,
    heading: i18n.text(props.name),
    kindLine: `${i18n.t(site ? "kind.site" : "kind.hq")} · ${i18n.text(props.place)}`,
    address: company?.properties.address ? `${i18n.t("popup.address")}: ${company.properties.address}` : null,
    approximate:
      props.precision !== "exact"
        ? {
            label: `${i18n.t("popup.approximate")}. `,
            note: props.precisionNote ? i18n.text(props.precisionNote) : "",
          }
        : null,
    description: i18n.text(props.description),
    since: ctx.since.get(id) ?? null,
    noPower: site && !hasPowerFigure(index, id) ? i18n.t("popup.noPower") : null,
    status: site ? statusOf(id, ctx) : null,
    sections: figureSections(index.figuresBySubject.get(id) ?? [], ctx),
    relations:
      relations.length > 0
        ? {
            title: i18n.t(site ? "popup.companies" : "popup.relations"),
            items: relations.map((r) => relationItem(r, id, ctx)),
          }
        : null,
    sources: { title: i18n.t("popup.sources"), items: sourcesFor(id, index).map((s) => sourceItem(s, i18n)) },
  };
}
