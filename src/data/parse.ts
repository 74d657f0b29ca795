/**
 * Parses and validates the whole geo/ data set: typed records out, or a list of issues that each name the file,
 * the feature or record, and the field. The same function runs in the build (which fails on any issue), in the
 * tests, and in the browser after loading, so the three can never disagree about what valid data is.
 */
import distance from "@turf/distance";
import * as v from "valibot";
import { countryContains } from "./countries.ts";
import { dateEnd, dateStart, parseDateValue } from "./dates.ts";
import { GEO_FILES, type GeoFileKey, type RawGeoFiles } from "./files.ts";
import {
  type Edition,
  EditionSchema,
  type Figure,
  FigureSchema,
  type HeadquartersFeature,
  HeadquartersFeatureSchema,
  type PlaceFeature,
  PlaceFeatureSchema,
  type Relation,
  RelationSchema,
  type SiteFeature,
  SiteFeatureSchema,
  type Source,
  SourceSchema,
  type TimelineEntry,
  TimelineEntrySchema,
} from "./schema.ts";

/** The files of geo/, by the key the loader and parser use for each. */
export { GEO_FILES, type GeoFileKey, type RawGeoFiles };

/** One problem in the data, located precisely enough for an editor under deadline to fix it. */
export interface DataIssue {
  /** File name inside geo/, e.g. "sites.geojson". */
  file: string;
  /** The feature's or record's id, or "#3" (its position) when it has no usable id; null for the whole file. */
  id: string | null;
  /** Dotted path of the field, e.g. "geometry.coordinates" or "properties.sources.0". */
  field: string;
  message: string;
}

/** The validated data set. */
export interface Dataset {
  sites: SiteFeature[];
  headquarters: HeadquartersFeature[];
  places: PlaceFeature[];
  sources: Source[];
  relations: Relation[];
  figures: Figure[];
  timeline: TimelineEntry[];
  edition: Edition;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/** Largest distance in km between a point and the town it names; beyond it, the point is probably misplaced. */
export const MAX_TOWN_DISTANCE_KM = 25;

/** Formats an issue as one line: `geo/sites.geojson: feature "loughton", field "geometry.coordinates": …`. */
export function formatIssue(issue: DataIssue): string {
  const noun = issue.file.endsWith(".geojson") ? "feature" : "record";
  const where = issue.id === null ? "" : ` ${noun} "${issue.id}",`;
  return `geo/${issue.file}:${where} field "${issue.field}": ${issue.message}`;
}

/** Thrown by loaders and the build when data is invalid; its message lists every issue. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(
      `Invalid data in geo/ (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${issues.map(formatIssue).join("\n")}`,
    );
    this.name = "DataError";
    this.issues = issues;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeValibotIssue(issue: v.BaseIssue<unknown>): string {
  // A missing key reaches us as a type mismatch against undefined; say it the way an editor would.
  if (issue.kind === "schema" && issue.input === undefined && issue.type !== "check") return "is missing";
  if (issue.type === "strict_object") return "is not a known field (check the spelling)";
  return issue.message;
}

/**
 * The entries of one file: those that passed their schema, and the ids of all entries, valid or not. References
 * are resolved against the declared ids, so one broken record is reported once instead of once more by every
 * record that points at it.
 */
interface Entries<T> {
  valid: T[];
  declaredIds: Set<string>;
  raw: unknown[];
}

/** Reads a list of entries with one schema, collecting issues per entry so one bad entry hides no other. */
function readEntries<TSchema extends v.GenericSchema>(
  file: string,
  entries: unknown[],
  schema: TSchema,
  idOf: (entry: unknown) => unknown,
  pathPrefix: string,
  issues: DataIssue[],
): Entries<v.InferOutput<TSchema>> {
  const out: Entries<v.InferOutput<TSchema>> = { valid: [], declaredIds: new Set(), raw: entries };
  entries.forEach((entry, index) => {
    const rawId = idOf(entry);
    if (typeof rawId === "string" && rawId.length > 0) out.declaredIds.add(rawId);
    const id = typeof rawId === "string" && rawId.length > 0 ? rawId : `#${index + 1}`;
    const result = v.safeParse(schema, entry);
    if (result.success) {
      out.valid.push(result.output);
      return;
    }
    for (const issue of result.issues) {
      const path = v.getDotPath(issue);
      issues.push({ file, id, field: path ?? pathPrefix, message: describeValibotIssue(issue) });
    }
  });
  return out;
}

function readFeatureCollection<TSchema extends v.GenericSchema>(
  key: GeoFileKey,
  raw: unknown,
  schema: TSchema,
  issues: DataIssue[],
): Entries<v.InferOutput<TSchema>> {
  const file = GEO_FILES[key];
  if (!isRecord(raw) || raw.type !== "FeatureCollection" || !Array.isArray(raw.features)) {
    issues.push({
      file,
      id: null,
      field: "features",
      message: "must be a GeoJSON FeatureCollection with a features list",
    });
    return { valid: [], declaredIds: new Set(), raw: [] };
  }
  const idOf = (entry: unknown) =>
    isRecord(entry) && isRecord(entry.properties) ? entry.properties.id : undefined;
  return readEntries(file, raw.features, schema, idOf, "(feature)", issues);
}

function readRecordList<TSchema extends v.GenericSchema>(
  key: GeoFileKey,
  raw: unknown,
  listName: string,
  schema: TSchema,
  issues: DataIssue[],
): Entries<v.InferOutput<TSchema>> {
  const file = GEO_FILES[key];
  const list = isRecord(raw) ? raw[listName] : undefined;
  if (!Array.isArray(list)) {
    issues.push({ file, id: null, field: listName, message: `must be an object with a "${listName}" list` });
    return { valid: [], declaredIds: new Set(), raw: [] };
  }
  const idOf = (entry: unknown) => (isRecord(entry) ? entry.id : undefined);
  return readEntries(file, list, schema, idOf, "(record)", issues);
}

function checkUniqueIds(
  file: string,
  ids: readonly string[],
  field: string,
  issues: DataIssue[],
  seen = new Set<string>(),
) {
  for (const id of ids) {
    if (seen.has(id)) issues.push({ file, id, field, message: `duplicate id "${id}"` });
    seen.add(id);
  }
}

/** Reads edition.json: one object rather than a list of records. */
function readEdition(raw: unknown, issues: DataIssue[]): Edition | null {
  const result = v.safeParse(EditionSchema, raw);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    issues.push({
      file: GEO_FILES.edition,
      id: null,
      field: v.getDotPath(issue) ?? "(file)",
      message: describeValibotIssue(issue),
    });
  }
  return null;
}

/**
 * Validates every geo/ file and the references between them.
 * Returns the typed data set, or every issue found (never just the first).
 */
export function parseDataset(raw: RawGeoFiles): ParseResult {
  const issues: DataIssue[] = [];
  const siteEntries = readFeatureCollection("sites", raw.sites, SiteFeatureSchema, issues);
  const headquartersEntries = readFeatureCollection(
    "headquarters",
    raw.headquarters,
    HeadquartersFeatureSchema,
    issues,
  );
  const placeEntries = readFeatureCollection("places", raw.places, PlaceFeatureSchema, issues);
  const sourceEntries = readRecordList("sources", raw.sources, "sources", SourceSchema, issues);
  const relationEntries = readRecordList("relations", raw.relations, "relations", RelationSchema, issues);
  const figureEntries = readRecordList("figures", raw.figures, "figures", FigureSchema, issues);
  const timelineEntries = readRecordList("timeline", raw.timeline, "timeline", TimelineEntrySchema, issues);
  const sites = siteEntries.valid;
  const headquarters = headquartersEntries.valid;
  const places = placeEntries.valid;
  const sources = sourceEntries.valid;
  const relations = relationEntries.valid;
  const figures = figureEntries.valid;
  const timeline = timelineEntries.valid;

  // Sites and headquarters share one id space, because the map's single select(id) addresses both.
  const mapIds = new Set<string>();
  checkUniqueIds(
    GEO_FILES.sites,
    sites.map((f) => f.properties.id),
    "properties.id",
    issues,
    mapIds,
  );
  checkUniqueIds(
    GEO_FILES.headquarters,
    headquarters.map((f) => f.properties.id),
    "properties.id",
    issues,
    mapIds,
  );
  checkUniqueIds(
    GEO_FILES.places,
    places.map((f) => f.properties.id),
    "properties.id",
    issues,
  );
  checkUniqueIds(
    GEO_FILES.sources,
    sources.map((s) => s.id),
    "id",
    issues,
  );
  checkUniqueIds(
    GEO_FILES.relations,
    relations.map((r) => r.id),
    "id",
    issues,
  );
  checkUniqueIds(
    GEO_FILES.figures,
    figures.map((f) => f.id),
    "id",
    issues,
  );
  checkUniqueIds(
    GEO_FILES.timeline,
    timeline.map((t) => t.id),
    "id",
    issues,
  );

  const sourceIds = sourceEntries.declaredIds;
  const siteIds = siteEntries.declaredIds;
  const companyIds = headquartersEntries.declaredIds;
  const placeById = new Map(places.map((f) => [f.properties.id, f]));
  const figureIds = figureEntries.declaredIds;

  const checkSources = (file: string, id: string, field: string, ids: readonly string[] | undefined) => {
    ids?.forEach((sourceId, index) => {
      if (!sourceIds.has(sourceId)) {
        issues.push({
          file,
          id,
          field: `${field}.${index}`,
          message: `unknown source "${sourceId}" (not in geo/sources.json)`,
        });
      }
    });
  };

  for (const place of places) {
    const { id, country, sources: placeSources } = place.properties;
    const file = GEO_FILES.places;
    if (!countryContains(country, place.geometry.coordinates)) {
      issues.push({
        file,
        id,
        field: "geometry.coordinates",
        message: `lies outside ${country} (swapped longitude and latitude?)`,
      });
    }
    checkSources(file, id, "properties.sources", placeSources);
  }

  const checkLocated = (key: "sites" | "headquarters", feature: SiteFeature | HeadquartersFeature) => {
    const file = GEO_FILES[key];
    const { id, country, town } = feature.properties;
    const point = feature.geometry.coordinates;
    checkSources(file, id, "properties.sources", feature.properties.sources);
    if (!countryContains(country, point)) {
      issues.push({
        file,
        id,
        field: "geometry.coordinates",
        message: `lies outside ${country} (swapped longitude and latitude?)`,
      });
      return;
    }
    const townFeature = placeById.get(town);
    if (!townFeature && placeEntries.declaredIds.has(town)) return;
    if (!townFeature) {
      issues.push({
        file,
        id,
        field: "properties.town",
        message: `unknown town "${town}" (not in geo/places.geojson)`,
      });
      return;
    }
    const km = distance(point, townFeature.geometry.coordinates, { units: "kilometers" });
    if (km > MAX_TOWN_DISTANCE_KM) {
      issues.push({
        file,
        id,
        field: "geometry.coordinates",
        message: `is ${km.toFixed(1)} km from its town "${town}" (${townFeature.properties.name.en}); at most ${MAX_TOWN_DISTANCE_KM} km allowed`,
      });
    }
  };
  for (const site of sites) checkLocated("sites", site);
  for (const hq of headquarters) checkLocated("headquarters", hq);

  for (const relation of relations) {
    const file = GEO_FILES.relations;
    const { id } = relation;
    if (!companyIds.has(relation.from)) {
      issues.push({
        file,
        id,
        field: "from",
        message: `unknown company "${relation.from}" (not in geo/headquarters.geojson)`,
      });
    }
    if (!siteIds.has(relation.to) && !companyIds.has(relation.to)) {
      issues.push({ file, id, field: "to", message: `unknown site or company "${relation.to}"` });
    }
    if (relation.from === relation.to)
      issues.push({ file, id, field: "to", message: "a company cannot relate to itself" });
    const from = parseDateValue(relation.validFrom);
    const to = relation.validTo === undefined ? null : parseDateValue(relation.validTo);
    if (from && to && dateEnd(to) < dateStart(from)) {
      issues.push({ file, id, field: "validTo", message: "ends before validFrom" });
    }
    checkSources(file, id, "sources", relation.sources);
  }

  const headlineBySubject = new Map<string, string>();
  for (const figure of figures) {
    const file = GEO_FILES.figures;
    const { id } = figure;
    if (!siteIds.has(figure.subject) && !companyIds.has(figure.subject)) {
      issues.push({ file, id, field: "subject", message: `unknown site or company "${figure.subject}"` });
    }
    if (figure.value === undefined && figure.text === undefined) {
      issues.push({
        file,
        id,
        field: "value",
        message: "needs a number (value) or, where the source gives none, a text",
      });
    }
    if (figure.value !== undefined && figure.text !== undefined) {
      issues.push({ file, id, field: "text", message: "give either value or text, not both" });
    }
    if ((figure.unit === undefined) === (figure.currency === undefined)) {
      issues.push({ file, id, field: "unit", message: "needs exactly one of unit or currency" });
    }
    if (figure.status === "calculated") {
      if (!figure.derivedFrom) {
        issues.push({
          file,
          id,
          field: "derivedFrom",
          message: "a calculated figure must name the figures it is derived from",
        });
      }
    } else {
      if (figure.derivedFrom) {
        issues.push({
          file,
          id,
          field: "status",
          message: "a figure with derivedFrom must have status 'calculated'",
        });
      }
      if (!figure.sources)
        issues.push({ file, id, field: "sources", message: "is missing: every figure needs a source" });
      if (!figure.saidBy)
        issues.push({ file, id, field: "saidBy", message: "is missing: say who stated the figure" });
    }
    figure.derivedFrom?.forEach((figureId, index) => {
      if (!figureIds.has(figureId) || figureId === id) {
        issues.push({ file, id, field: `derivedFrom.${index}`, message: `unknown figure "${figureId}"` });
      }
    });
    checkSources(file, id, "sources", figure.sources);
    if (figure.headline) {
      const previous = headlineBySubject.get(figure.subject);
      if (previous) {
        issues.push({
          file,
          id,
          field: "headline",
          message: `"${figure.subject}" already has headline figure "${previous}"`,
        });
      } else {
        headlineBySubject.set(figure.subject, id);
      }
      if (figure.value === undefined) {
        issues.push({ file, id, field: "headline", message: "a headline figure needs a numeric value" });
      }
    }
  }
  // A headline on a figure that failed its own checks still counts here, so the site is not blamed for it.
  for (const entry of figureEntries.raw) {
    if (isRecord(entry) && entry.headline === true && typeof entry.subject === "string") {
      headlineBySubject.set(entry.subject, headlineBySubject.get(entry.subject) ?? String(entry.id));
    }
  }
  for (const site of sites) {
    if (!headlineBySubject.has(site.properties.id)) {
      issues.push({
        file: GEO_FILES.sites,
        id: site.properties.id,
        field: "properties.id",
        message: 'has no headline figure (mark one figure in geo/figures.json with "headline": true)',
      });
    }
  }

  for (const entry of timeline) {
    const file = GEO_FILES.timeline;
    if (!siteIds.has(entry.site)) {
      issues.push({ file, id: entry.id, field: "site", message: `unknown site "${entry.site}"` });
    }
    checkSources(file, entry.id, "sources", entry.sources);
  }

  const edition = readEdition(raw.edition, issues);

  if (issues.length > 0 || !edition) return { ok: false, issues };
  return {
    ok: true,
    dataset: { sites, headquarters, places, sources, relations, figures, timeline, edition },
  };
}
