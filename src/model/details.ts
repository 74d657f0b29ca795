/**
 * The details of a site or company, as data: status with its history, capacity and money figures with who said
 * them and when, the companies involved, and every source. The article's claims are labelled as the article's
 * and stand beside later figures; unconfirmed and calculated figures say so. The popup (and, later, any panel
 * or sheet that shows details) renders this model; none of them looks anything up on its own.
 */

import { isCurrent } from "../data/as-of.ts";
import { sortableDate } from "../data/dates.ts";
import { currentStatus, type DataIndex, featureById, pauseOf } from "../data/derive.ts";
import type { DatedText, Figure, LocalizedText, Relation, Source, TimelineEntry } from "../data/schema.ts";
import { textParts } from "../data/text.ts";
import type { FigureKind, FigureStatus } from "../data/vocabulary.ts";
import type { I18n } from "../i18n/index.ts";
import type { Encoding } from "./encoding.ts";
import { figureTags } from "./figure-label.ts";
import { type SiteHeadline, siteKindWord } from "./headline.ts";
import { type RelationState, relationState } from "./map-data.ts";
import { roleBeforeBrackets } from "./relations.ts";
import { scheduleOf } from "./schedule.ts";
import { sourceByline, sourceTitle } from "./sources.ts";
import { prefixed, type RichText, renderDated, renderText, type TextContext } from "./text.ts";
import type { DatedAt } from "./when.ts";

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
  /** The figure's note, the later parts it has by the view's date, and what other figure it restates. */
  note: RichText | null;
  fromArticle: boolean;
  /** False once a later statement has replaced it, or its programme is paused, by the view's date. */
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
  text: RichText;
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
  note: RichText | null;
}

export interface SourceItem {
  title: string;
  /** The language of a title as published, where it is not the reader's; null otherwise. */
  titleLang: string | null;
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
  approximate: { label: string; note: RichText } | null;
  description: RichText;
  /** "Seit dem Artikel: …" when it changed since the article; null otherwise. */
  since: string | null;
  /** A site's headline as the list, chart and map show it ("Auf der Karte: geplant: 50 MW"); null for a company. */
  headline: string | null;
  /** For a site without a power figure of its own: that none has been published. */
  noPower: string | null;
  status: {
    title: string;
    current: TimelineItem;
    earlierTitle: string;
    earlier: TimelineItem[];
    /** The dates the sources give for the site's milestones, when they disagree; null when they agree. */
    schedule: { title: string; note: string; items: string[] } | null;
  } | null;
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

export interface DetailsContext extends TextContext {
  encoding: Encoding;
  /** "Seit dem Artikel: …" by site or company id. */
  since: ReadonlyMap<string, string>;
  /** Dates as the view writes them: a month that the view's day falls in says its day is not known. */
  when: DatedAt;
  /** A site's one headline (src/model/headline.ts). */
  headlineOf(siteId: string): SiteHeadline;
}
type Context = DetailsContext;

/** A name as the data gives it, or a description in the reader's language. */
export function textOf(i18n: I18n, value: string | LocalizedText): string {
  return typeof value === "string" ? value : i18n.text(value);
}

/** A record's note in the view's language: the parts its data set holds at the view's date. */
function noteOf(record: Figure | Relation, ctx: Context): RichText | null {
  return record.note ? renderDated(record.note, ctx) : null;
}

/** "berechnet aus: 230 MW + 60 MW": the figures a calculated figure was worked out from. */
export function derivedFromText(figure: Figure, index: DataIndex, i18n: I18n): string {
  const inputs = (figure.derivedFrom ?? []).map((id) => {
    const input = index.figureById.get(id);
    return input ? i18n.figure(input) : id;
  });
  return i18n.t("popup.derivedFrom", { figures: inputs.join(" + ") });
}

/** "für Microsoft", "Ziel": what a figure is, before its kind, phase and round. */
export function figureLabel(figure: Figure, ctx: Context): string {
  const { i18n } = ctx;
  return [
    figure.programme ? i18n.t("popup.programme", { programme: i18n.text(figure.programme) }) : null,
    i18n.t(`figureKind.${figure.kind}`),
    ...figureTags(figure, ctx, { programme: false }),
    figure.phase ? i18n.t(`phase.${figure.phase}`) : null,
    figure.round ? i18n.text(figure.round) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Where a figure stands at the view's date: current; replaced by a later statement (validTo); or paused with
 * the programme it belongs to (Stargate UK's figures, all of them, since 9 April 2026).
 */
export function figureState(
  figure: Figure,
  index: DataIndex,
): { current: boolean; since: string | null; paused: boolean } {
  if (!isCurrent(figure)) return { current: false, since: figure.validTo ?? null, paused: false };
  const pause = figure.programme ? pauseOf(index, figure.subject) : undefined;
  return pause
    ? { current: false, since: pause.date, paused: true }
    : { current: true, since: null, paused: false };
}

/**
 * A figure as the details show it. `told` holds the figures whose restatement the card has already explained:
 * a later restatement of the same one says so in two words instead of repeating the sentence.
 */
function figureItem(figure: Figure, ctx: Context, told: Set<string>): FigureItem {
  const { i18n, index, when } = ctx;
  const fromArticle = figure.sources?.includes(ARTICLE_SOURCE) ?? false;
  const date = when(figure.asOf);
  let meta: string;
  if (fromArticle) meta = i18n.t("popup.article", { date });
  else if (figure.status === "calculated") meta = derivedFromText(figure, index, i18n);
  else meta = i18n.t("popup.saidBy", { who: figure.saidBy ? textOf(i18n, figure.saidBy) : "", date });
  const state = figureState(figure, index);
  // Replaced by a later statement, or paused with its programme, by the view's date: kept, as history, and marked.
  if (state.since)
    meta += ` · ${i18n.t(state.paused ? "popup.programmePaused" : "popup.validUntil", { date: i18n.dateText(state.since) })}`;
  const note = noteOf(figure, ctx);
  const same = figure.sameAs ? index.figureById.get(figure.sameAs) : undefined;
  let sameAs: string | null = null;
  if (same && told.has(same.id)) sameAs = i18n.t("popup.sameAsAgain");
  else if (same)
    sameAs = i18n.t(same.subject === figure.subject ? "popup.sameAs" : "popup.sameAsAt", {
      figure: i18n.figure(same),
      subject: ctx.nameOf(same.subject),
      who: same.saidBy ? textOf(i18n, same.saidBy) : "",
      date: i18n.dateText(same.asOf),
    });
  if (same) told.add(same.id);
  return {
    id: figure.id,
    label: figureLabel(figure, ctx),
    value: i18n.figure(figure),
    status: figure.status,
    badge: figure.status !== "confirmed" ? i18n.t(`status.${figure.status}`) : null,
    meta,
    note:
      note || sameAs
        ? [...(note ?? []), ...(note && sameAs ? [sentenceGap(note)] : []), ...(sameAs ? [sameAs] : [])]
        : null,
    fromArticle,
    current: state.current,
  };
}

/** What goes between a note and a sentence after it: a space after a full stop, else the full stop too. */
function sentenceGap(note: RichText): string {
  const last = note.at(-1);
  const text = (typeof last === "string" ? last : (last?.text ?? "")).trimEnd();
  return /[.!?…]$/.test(text) ? " " : ". ";
}

/** Unconfirmed figures after the others: they are shown only labelled, and never lead a section. */
const UNCONFIRMED_LAST = (f: Figure) => (f.status === "unconfirmed" ? 1 : 0);

function figureSections(figures: readonly Figure[], ctx: Context): FigureSection[] {
  const { i18n } = ctx;
  const told = new Set<string>();
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
      .sort(
        (a, b) =>
          UNCONFIRMED_LAST(a) - UNCONFIRMED_LAST(b) ||
          sortableDate(a.asOf).localeCompare(sortableDate(b.asOf)),
      );
    return members.length > 0
      ? [{ className, title, figures: members.map((f) => figureItem(f, ctx, told)) }]
      : [];
  });
}

function timelineItem(entry: TimelineEntry, ctx: Context): TimelineItem {
  const { i18n } = ctx;
  return {
    stage: i18n.t(`stage.${entry.stage}`),
    text: prefixed(` · ${i18n.dateText(entry.date)}: `, renderText(entry.text, ctx)),
    status: entry.status,
    badge: entry.status !== "confirmed" ? i18n.t(`status.${entry.status}`) : null,
  };
}

function statusOf(id: string, ctx: Context): DetailsModel["status"] {
  const { index, i18n } = ctx;
  const current = currentStatus(index, id);
  if (!current) return null;
  const entries = index.timelineBySite.get(id) ?? [];
  const earlier = entries.slice(0, -1).reverse();
  return {
    title: i18n.t("popup.status"),
    current: timelineItem(current, ctx),
    earlierTitle: i18n.t("popup.earlier"),
    earlier: earlier.map((entry) => timelineItem(entry, ctx)),
    schedule: scheduleOf(entries, ctx),
  };
}

function period(relation: Relation, { i18n, index, when }: Context): string {
  const from = when(relation.validFrom);
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
  return {
    id: relation.id,
    state: relationState(relation, ctx.index).state,
    colour: encoding.companyColor(relation.from),
    name: ctx.nameOf(other),
    // An announcement is not a contract: the reader is told which it was.
    role: roleBeforeBrackets(relation, i18n),
    period: period(relation, ctx),
    note: noteOf(relation, ctx),
  };
}

function sourceItem(source: Source, ctx: Context): SourceItem {
  const { i18n } = ctx;
  const date = source.date ? `, ${i18n.dateText(source.date)}` : "";
  const title = sourceTitle(source, ctx);
  const asPublished = source.kind !== "article" && typeof source.title === "string";
  return {
    title,
    titleLang: asPublished && source.lang !== i18n.lang ? source.lang : null,
    url: source.kind === "article" ? null : source.url,
    rest: ` – ${sourceByline(source, ctx)}${date}`,
  };
}

/** Every source behind what the details show, each once, in the order it first appears. */
function sourcesFor(id: string, index: DataIndex): Source[] {
  const feature = featureById(index, id);
  // A dated part of a text may rest on a source of its own (what Aker said on 25 September 2025).
  const ofParts = (text: DatedText | undefined) =>
    text ? textParts(text).flatMap((p) => p.sources ?? []) : [];
  const figures = index.figuresBySubject.get(id) ?? [];
  const relations = index.relationsByEnd.get(id) ?? [];
  const ids = [
    ...(feature?.properties.sources ?? []),
    ...ofParts(feature?.properties.description),
    ...(index.timelineBySite.get(id) ?? []).flatMap((t) => t.sources),
    ...figures.flatMap((f) => [...(f.sources ?? []), ...ofParts(f.note)]),
    ...relations.flatMap((r) => [...r.sources, ...ofParts(r.note)]),
  ];
  return [...new Set(ids)].flatMap((sourceId) => index.sourceById.get(sourceId) ?? []);
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
    kindLine: `${site ? siteKindWord(ctx.headlineOf(id), i18n) : i18n.t("kind.hq")} · ${i18n.text(props.place)}`,
    address: company?.properties.address ? `${i18n.t("popup.address")}: ${company.properties.address}` : null,
    approximate:
      props.precision !== "exact"
        ? {
            label: `${i18n.t("popup.approximate")}. `,
            note: props.precisionNote ? renderDated(props.precisionNote, ctx) : [],
          }
        : null,
    description: renderDated(props.description, ctx),
    since: ctx.since.get(id) ?? null,
    headline: site ? i18n.t("popup.headline", { headline: ctx.headlineOf(id).text }) : null,
    noPower: site && ctx.headlineOf(id).powerMw === null ? i18n.t("popup.noPower") : null,
    status: site ? statusOf(id, ctx) : null,
    sections: figureSections(index.figuresBySubject.get(id) ?? [], ctx),
    relations:
      relations.length > 0
        ? {
            title: i18n.t(site ? "popup.companies" : "popup.relations"),
            items: relations.map((r) => relationItem(r, id, ctx)),
          }
        : null,
    sources: { title: i18n.t("popup.sources"), items: sourcesFor(id, index).map((s) => sourceItem(s, ctx)) },
  };
}
