/**
 * Who is tied to whom as of the view's date, as records: one per arc the map draws, in the map's order. The
 * panel's table "Wer mit wem" (who with whom) and the relation rows of the CSV download are both made from
 * these records, so the table, the download and the arcs agree row for row.
 */
import type { Dataset } from "../data/dataset.ts";
import { featureById } from "../data/derive.ts";
import type { Relation, Source } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import { counted } from "./counted.ts";
import { type RelationState, relationState } from "./map-data.ts";
import { sourceTitle } from "./sources.ts";
import { plainText, renderDated, type TextContext } from "./text.ts";

export interface RelationSource {
  title: string;
  /** Empty for the news article, which has no link. */
  url: string;
}

/** A relation as the table and the download show it. */
export interface RelationRecord {
  id: string;
  companyId: string;
  company: string;
  role: string;
  siteId: string;
  site: string;
  /** When it began, as the data writes it ("2025-09-16/2025-09-17"): the download keeps its precision. */
  from: string;
  /** The same in words ("16./17. September 2025"). */
  fromText: string;
  /** When it ended or was paused, as the data writes it; null while it holds. */
  until: string | null;
  untilText: string;
  state: RelationState;
  /** "aktiv", "beendet", "pausiert". */
  status: string;
  /** "angekündigt, kein Vertrag bekannt" for a relation only announced; empty otherwise. */
  basis: string;
  note: string;
  sources: RelationSource[];
}

/**
 * A company's role as every view names it, with what it rests on when that is only an announcement: "Ankerkunde
 * (angekündigt, kein Vertrag bekannt)". The list, the description, the details, the table and the CSV all use
 * it; `more` goes into the same brackets ("…; Kvandal: beendet · 14./15. April 2026").
 */
export function roleWords(relation: Relation, i18n: I18n, more: readonly string[] = []): string {
  const role = i18n.t(`role.${relation.role}`);
  const said = [...(relation.basis === "announcement" ? [i18n.t("basis.announcement")] : []), ...more];
  return said.length > 0 ? i18n.t("role.qualified", { role, said: said.join("; ") }) : role;
}

/**
 * The same words where brackets follow (the details' "(seit 31. Juli 2025)"): "Ankerkunde, angekündigt, kein
 * Vertrag bekannt".
 */
export function roleBeforeBrackets(relation: Relation, i18n: I18n): string {
  const role = i18n.t(`role.${relation.role}`);
  return relation.basis === "announcement" ? `${role}, ${i18n.t("basis.announcement")}` : role;
}

/** The sources of a record, titles in the reader's language where they have one. */
export function sourcesOf(ids: readonly string[] | undefined, ctx: TextContext): RelationSource[] {
  return (ids ?? []).flatMap((id) => {
    const source: Source | undefined = ctx.index.sourceById.get(id);
    if (!source) return [];
    const title = sourceTitle(source, ctx);
    return [{ title, url: source.kind === "article" ? "" : source.url }];
  });
}

function recordOf(relation: Relation, ctx: TextContext): RelationRecord {
  const { i18n, index } = ctx;
  const { state, since } = relationState(relation, index);
  return {
    id: relation.id,
    companyId: relation.from,
    company: ctx.nameOf(relation.from),
    role: roleWords(relation, i18n),
    siteId: relation.to,
    site: ctx.nameOf(relation.to),
    from: relation.validFrom,
    fromText: i18n.dateText(relation.validFrom),
    until: since,
    untilText: since ? i18n.dateText(since) : "",
    state,
    status: i18n.t(`relationState.${state}`),
    basis: relation.basis === "announcement" ? i18n.t("basis.announcement") : "",
    note: relation.note ? plainText(renderDated(relation.note, ctx)) : "",
    sources: sourcesOf(relation.sources, ctx),
  };
}

/**
 * Every relation of the view's data set whose two ends the map places, in the data's order: exactly the arcs
 * of src/model/map-data.ts, which draws one per relation with both ends.
 */
export function relationRecords(dataset: Dataset, ctx: TextContext): RelationRecord[] {
  return dataset.relations
    .filter((r) => featureById(ctx.index, r.from) && featureById(ctx.index, r.to))
    .map((relation) => recordOf(relation, ctx));
}

/** The table "Wer mit wem": its heading, its columns in the reader's language, and one record per arc. */
export interface WhoWithWhom {
  heading: string;
  /** "zwei Beziehungen": how many rows, in words up to twelve. */
  count: string;
  /** Company, role, site, from, until, status, source. */
  columns: string[];
  rows: RelationRecord[];
}

export function whoWithWhom(dataset: Dataset, ctx: TextContext): WhoWithWhom {
  const rows = relationRecords(dataset, ctx);
  return {
    heading: ctx.i18n.t("relations.heading"),
    count: counted(ctx.i18n, "relation", rows.length),
    columns: ctx.i18n.t("relations.columns").split("|"),
    rows,
  };
}
