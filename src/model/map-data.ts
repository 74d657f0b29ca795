/**
 * The GeoJSON the map draws, in the reader's language: sites with their labels and sizes, companies at their
 * headquarters, and one great-circle arc per relation (derived from the relations, never stored by hand).
 * The live map's sources, the static picture and the bench's reference style all draw exactly this.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from "geojson";
import type { Dataset } from "../data/dataset.ts";
import { type DataIndex, featureById, isEnded, pauseOf } from "../data/derive.ts";
import type { Relation } from "../data/schema.ts";
import { PRECISION_RADIUS_M, type Precision, ROLE_FAMILY, type RoleFamily } from "../data/vocabulary.ts";
import type { I18n } from "../i18n/index.ts";
import { greatCircle } from "./great-circle.ts";
import type { SiteHeadline } from "./headline.ts";

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

/** What every point on the map carries: its id, its name, and how precisely its position is known. */
interface PointProps {
  id: string;
  name: string;
  precision: Precision;
  approximate: boolean;
  /** Radius of the precision halo at zoom 0, in px. */
  haloPxAtZoom0: number;
}

export interface SiteProps extends PointProps {
  kind: "site";
  /** "Loughton · geplant: 50 MW": the name and the headline's lead figure, drawn on the map without a click. */
  label: string;
  /** 0 when the site has no power figure; see hasPower. */
  powerMw: number;
  hasPower: boolean;
}

/** A company, drawn at its headquarters. */
export interface CompanyProps extends PointProps {
  kind: "company";
}

/**
 * A relation as of the view's date: active; ended (it has an end date by then); or paused, because the site
 * it leads to is paused (a paused programme's partners are paused with it, whatever each relation says).
 */
export type RelationState = "active" | "ended" | "paused";

export interface RelationProps {
  id: string;
  from: string;
  to: string;
  role: Relation["role"];
  family: RoleFamily;
  state: RelationState;
  /** Ended or paused: drawn thin, grey and dashed, whatever the role. */
  inactive: boolean;
  /** "bis April 2026" on ended relations, "pausiert seit 9. April 2026" on paused ones, empty otherwise. */
  endLabel: string;
}

/** Where a relation stands as of the data set's date, and since when if it is not active. */
export function relationState(
  relation: Relation,
  index: DataIndex,
): { state: RelationState; since: string | null } {
  if (isEnded(relation)) return { state: "ended", since: relation.validTo ?? null };
  const pause = pauseOf(index, relation.to);
  return pause ? { state: "paused", since: pause.date } : { state: "active", since: null };
}

export interface MapData {
  sites: FeatureCollection<Point, SiteProps>;
  companies: FeatureCollection<Point, CompanyProps>;
  relations: FeatureCollection<LineString | MultiLineString, RelationProps>;
}

/** Number of points per great-circle arc: smooth at world zoom, cheap to draw. */
const ARC_POINTS = 64;

type Located = Dataset["sites"][number] | Dataset["headquarters"][number];

function pointProps(feature: Located, name: string): PointProps {
  const { id, precision } = feature.properties;
  return {
    id,
    name,
    precision,
    approximate: precision !== "exact",
    haloPxAtZoom0: pixelsAtZoom0(PRECISION_RADIUS_M[precision], feature.geometry.coordinates[1]),
  };
}

const point = <P>(feature: Located, properties: P): Feature<Point, P> => ({
  type: "Feature",
  geometry: { type: "Point", coordinates: [...feature.geometry.coordinates] },
  properties,
});

function relationArc(
  relation: Relation,
  index: DataIndex,
  i18n: I18n,
): Feature<LineString | MultiLineString, RelationProps> | null {
  const start = featureById(index, relation.from)?.geometry.coordinates;
  const end = featureById(index, relation.to)?.geometry.coordinates;
  if (!start || !end) return null;
  const { state, since } = relationState(relation, index);
  const label = state === "ended" ? "relation.until" : "relation.pausedSince";
  return {
    type: "Feature",
    geometry: greatCircle(start, end, ARC_POINTS),
    properties: {
      id: relation.id,
      from: relation.from,
      to: relation.to,
      role: relation.role,
      family: ROLE_FAMILY[relation.role],
      state,
      inactive: state !== "active",
      endLabel: since ? i18n.t(label, { date: i18n.dateText(since) }) : "",
    },
  };
}

/**
 * Builds the three GeoJSON collections the map draws, with labels in the interface language; each site is
 * labelled and sized by its headline (src/model/headline.ts).
 */
export function buildMapData(
  dataset: Dataset,
  index: DataIndex,
  i18n: I18n,
  headlineOf: (siteId: string) => SiteHeadline,
): MapData {
  const sites = dataset.sites.map((site) => {
    const headline = headlineOf(site.properties.id);
    const name = i18n.text(site.properties.shortName);
    return point<SiteProps>(site, {
      ...pointProps(site, name),
      kind: "site",
      label: headline.lead ? `${name} · ${headline.lead}` : name,
      powerMw: headline.powerMw ?? 0,
      hasPower: headline.powerMw !== null,
    });
  });
  const companies = dataset.headquarters.map((hq) =>
    point<CompanyProps>(hq, { ...pointProps(hq, i18n.text(hq.properties.name)), kind: "company" }),
  );
  const relations = dataset.relations.flatMap((relation) => relationArc(relation, index, i18n) ?? []);
  return {
    sites: { type: "FeatureCollection", features: sites },
    companies: { type: "FeatureCollection", features: companies },
    relations: { type: "FeatureCollection", features: relations },
  };
}
