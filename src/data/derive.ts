/**
 * Pure derivations from the validated data set, in no language and no theme: lookup indexes, the linked
 * neighbourhood of a feature, each site's current status and key figures. Inputs are never mutated.
 */
import { isCurrent } from "./as-of.ts";
import type { Dataset } from "./dataset.ts";
import { sortableDate, sortableEnd } from "./dates.ts";
import type { Figure, HeadquartersFeature, Relation, SiteFeature, Source, TimelineEntry } from "./schema.ts";
import { PAUSING_STAGES } from "./vocabulary.ts";

export interface DataIndex {
  siteById: ReadonlyMap<string, SiteFeature>;
  companyById: ReadonlyMap<string, HeadquartersFeature>;
  sourceById: ReadonlyMap<string, Source>;
  figureById: ReadonlyMap<string, Figure>;
  /** Figures per site or company, in file order. */
  figuresBySubject: ReadonlyMap<string, readonly Figure[]>;
  /** Relations touching a site or company at either end. */
  relationsByEnd: ReadonlyMap<string, readonly Relation[]>;
  /** Timeline per site, oldest first. */
  timelineBySite: ReadonlyMap<string, readonly TimelineEntry[]>;
  headlineBySubject: ReadonlyMap<string, Figure>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(dataset: Dataset): DataIndex {
  const figuresBySubject = new Map<string, Figure[]>();
  const headlineBySubject = new Map<string, Figure>();
  for (const figure of dataset.figures) {
    push(figuresBySubject, figure.subject, figure);
    // A replaced headline (validTo, in a data set as of a date) is history: the popup keeps it, labels do not.
    if (figure.headline && isCurrent(figure)) headlineBySubject.set(figure.subject, figure);
  }
  const relationsByEnd = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    push(relationsByEnd, relation.from, relation);
    push(relationsByEnd, relation.to, relation);
  }
  const timelineBySite = new Map<string, TimelineEntry[]>();
  // By first day, then by last day (a report spanning 14–15 April comes after a statement of 14 April);
  // the stable sort keeps file order for the rest.
  const timeline = [...dataset.timeline].sort(
    (a, b) =>
      sortableDate(a.date).localeCompare(sortableDate(b.date)) ||
      sortableEnd(a.date).localeCompare(sortableEnd(b.date)),
  );
  for (const entry of timeline) push(timelineBySite, entry.site, entry);
  return {
    siteById: new Map(dataset.sites.map((f) => [f.properties.id, f])),
    companyById: new Map(dataset.headquarters.map((f) => [f.properties.id, f])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    figureById: new Map(dataset.figures.map((f) => [f.id, f])),
    figuresBySubject,
    relationsByEnd,
    timelineBySite,
    headlineBySubject,
  };
}

/** The latest timeline entry of a site: what is true of it now, as far as the sources go. */
export function currentStatus(index: DataIndex, siteId: string): TimelineEntry | undefined {
  return index.timelineBySite.get(siteId)?.at(-1);
}

/** The entry that paused a site, if its current status is a pause (Stargate UK since April 2026). */
export function pauseOf(index: DataIndex, siteId: string): TimelineEntry | undefined {
  const status = currentStatus(index, siteId);
  return status && PAUSING_STAGES.includes(status.stage) ? status : undefined;
}

/** The ids a feature is linked to: itself, the features at the other end of its relations, and those relations. */
export function linkedTo(index: DataIndex, id: string): { features: Set<string>; relations: Set<string> } {
  const features = new Set([id]);
  const relations = new Set<string>();
  for (const relation of index.relationsByEnd.get(id) ?? []) {
    relations.add(relation.id);
    features.add(relation.from === id ? relation.to : relation.from);
  }
  return { features, relations };
}

/** A relation has ended when the data gives it an end date. */
export function isEnded(relation: Relation): boolean {
  return relation.validTo !== undefined;
}

/** Power in MW of a site's headline figure, or null when the headline is not a power figure. */
export function headlinePowerMw(index: DataIndex, siteId: string): number | null {
  const figure = index.headlineBySubject.get(siteId);
  return figure?.kind === "power" && figure.unit === "MW" && figure.value !== undefined ? figure.value : null;
}

/** A site or a company by its id (the two share one id space); undefined for an unknown id. */
export function featureById(index: DataIndex, id: string): SiteFeature | HeadquartersFeature | undefined {
  return index.siteById.get(id) ?? index.companyById.get(id);
}

/**
 * The site's own key GPU figure: its GPU headline, else its first current, confirmed GPU count in file order.
 * A programme's figure (Stargate UK's, for several sites) is never one site's.
 */
export function keyGpuFigure(index: DataIndex, siteId: string): Figure | undefined {
  const headline = index.headlineBySubject.get(siteId);
  if (headline?.kind === "gpus") return headline;
  return (index.figuresBySubject.get(siteId) ?? []).find(
    (f) =>
      f.kind === "gpus" && f.status === "confirmed" && f.value !== undefined && isCurrent(f) && !f.programme,
  );
}

/** A current figure of the programme a site belongs to, for a site with no figure of its own. */
export function programmeFigure(index: DataIndex, siteId: string): Figure | undefined {
  return (index.figuresBySubject.get(siteId) ?? []).find(
    (f) => f.programme !== undefined && f.status === "confirmed" && f.value !== undefined && isCurrent(f),
  );
}
