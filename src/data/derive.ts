/**
 * Pure derivations from the validated data set: lookup indexes, the linked neighbourhood of a feature, each
 * site's current status, and the GeoJSON the map draws (points, and great-circle arcs derived from relations,
 * never stored by hand). Inputs are never mutated; every function returns new objects.
 */
import { greatCircle } from "@turf/great-circle";
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from "geojson";
import type { I18n } from "../i18n/index.ts";
import { ROLE_FAMILY, type RoleFamily } from "../theme.ts";
import { parseDateValue, sortableDate, sortableEnd } from "./dates.ts";
import type { Dataset } from "./parse.ts";
import type { Figure, HeadquartersFeature, Relation, SiteFeature, Source, TimelineEntry } from "./schema.ts";
import { PRECISION_RADIUS_M, type Precision } from "./vocabulary.ts";

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
    if (figure.headline) headlineBySubject.set(figure.subject, figure);
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

/** Earth's equatorial circumference in metres, as Web Mercator uses it. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's tile size: zoom z shows the world 512·2^z pixels wide. */
const TILE_SIZE = 512;

/**
 * The pixel radius at zoom 0 of a circle `metres` wide at a latitude; the layer doubles it per zoom level.
 * Precomputed here because a style expression cannot take a cosine.
 */
export function pixelsAtZoom0(metres: number, latitude: number): number {
  return (metres * TILE_SIZE) / (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180));
}

export interface SiteProps {
  id: string;
  kind: "site";
  name: string;
  /** "Loughton · 50 MW": the name and the headline figure, drawn on the map without a click. */
  label: string;
  /** 0 when the site has no power figure; see hasPower. */
  powerMw: number;
  hasPower: boolean;
  precision: Precision;
  approximate: boolean;
  /** Radius of the precision halo at zoom 0, in px. */
  haloPxAtZoom0: number;
}

export interface HqProps {
  id: string;
  kind: "hq";
  name: string;
  precision: Precision;
  approximate: boolean;
  haloPxAtZoom0: number;
}

export interface RelationProps {
  id: string;
  from: string;
  to: string;
  role: Relation["role"];
  family: RoleFamily;
  ended: boolean;
  /** "bis April 2026" on ended relations, empty otherwise. */
  endLabel: string;
}

export interface MapData {
  sites: FeatureCollection<Point, SiteProps>;
  headquarters: FeatureCollection<Point, HqProps>;
  relations: FeatureCollection<LineString | MultiLineString, RelationProps>;
}

/** Number of points per great-circle arc: smooth at world zoom, cheap to draw. */
const ARC_POINTS = 64;

/** Builds the three GeoJSON collections the map draws, with labels in the interface language. */
export function buildMapData(dataset: Dataset, index: DataIndex, i18n: I18n): MapData {
  const sites: Feature<Point, SiteProps>[] = dataset.sites.map((site) => {
    const { id } = site.properties;
    const headline = index.headlineBySubject.get(id);
    const powerMw = headlinePowerMw(index, id);
    const name = i18n.text(site.properties.shortName);
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates: [...site.geometry.coordinates] },
      properties: {
        id,
        kind: "site",
        name,
        label: headline ? `${name} · ${i18n.figure(headline)}` : name,
        powerMw: powerMw ?? 0,
        hasPower: powerMw !== null,
        precision: site.properties.precision,
        approximate: site.properties.precision !== "exact",
        haloPxAtZoom0: pixelsAtZoom0(
          PRECISION_RADIUS_M[site.properties.precision],
          site.geometry.coordinates[1],
        ),
      },
    };
  });
  const headquarters: Feature<Point, HqProps>[] = dataset.headquarters.map((hq) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [...hq.geometry.coordinates] },
    properties: {
      id: hq.properties.id,
      kind: "hq",
      name: i18n.text(hq.properties.name),
      precision: hq.properties.precision,
      approximate: hq.properties.precision !== "exact",
      haloPxAtZoom0: pixelsAtZoom0(PRECISION_RADIUS_M[hq.properties.precision], hq.geometry.coordinates[1]),
    },
  }));
  const positionOf = (id: string): Position | undefined =>
    (index.siteById.get(id) ?? index.companyById.get(id))?.geometry.coordinates;
  const relations: Feature<LineString | MultiLineString, RelationProps>[] = [];
  for (const relation of dataset.relations) {
    const start = positionOf(relation.from);
    const end = positionOf(relation.to);
    if (!start || !end) continue;
    const validTo = relation.validTo ? parseDateValue(relation.validTo) : null;
    const properties: RelationProps = {
      id: relation.id,
      from: relation.from,
      to: relation.to,
      role: relation.role,
      family: ROLE_FAMILY[relation.role],
      ended: isEnded(relation),
      endLabel: validTo ? i18n.t("relation.until", { date: i18n.date(validTo) }) : "",
    };
    // greatCircle splits an arc that crosses the antimeridian into a MultiLineString, so none wraps the world.
    const arc = greatCircle([...start], [...end], { npoints: ARC_POINTS });
    relations.push({ type: "Feature", geometry: arc.geometry, properties });
  }
  return {
    sites: { type: "FeatureCollection", features: sites },
    headquarters: { type: "FeatureCollection", features: headquarters },
    relations: { type: "FeatureCollection", features: relations },
  };
}
