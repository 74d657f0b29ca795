/**
 * Reads the geo/ files into typed records: each record checked against its schema (schema.ts), every id checked
 * for uniqueness from one table. What needs more than one record (references, distances, headlines) is checked
 * by parse.ts, which the build and the tests run; the browser runs only this structural part, because the files
 * it loads are the very texts the build validated whole (a build with any issue fails and publishes nothing).
 */
import { readEdition, readFeatureCollection, readRecordList } from "./entries.ts";
import { GEO_FILES, type RawGeoFiles } from "./files.ts";
import type { DataIssue } from "./issues.ts";
import type { DeclaredIds } from "./records/references.ts";
import {
  type Edition,
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

/** What reading found: the records that passed their schema, every id declared, and the issues so far. */
export interface ReadRecords {
  records: Omit<Dataset, "edition">;
  edition: Edition | null;
  declared: DeclaredIds;
  /** Every record of figures.json, valid or not (a headline on a broken figure still counts). */
  rawFigures: readonly unknown[];
  issues: DataIssue[];
}

/**
 * Every id that must be unique, by file, with the id space it belongs to. Sites and headquarters share one
 * space, because the map's single select(id) addresses both.
 */
function checkUniqueIds(records: ReadRecords["records"], issues: DataIssue[]): void {
  const sharedMapIds = new Set<string>();
  const table: [file: string, field: string, ids: string[], space: Set<string>][] = [
    [GEO_FILES.sites, "properties.id", records.sites.map((f) => f.properties.id), sharedMapIds],
    [GEO_FILES.headquarters, "properties.id", records.headquarters.map((f) => f.properties.id), sharedMapIds],
    [GEO_FILES.places, "properties.id", records.places.map((f) => f.properties.id), new Set()],
    [GEO_FILES.sources, "id", records.sources.map((s) => s.id), new Set()],
    [GEO_FILES.relations, "id", records.relations.map((r) => r.id), new Set()],
    [GEO_FILES.figures, "id", records.figures.map((f) => f.id), new Set()],
    [GEO_FILES.timeline, "id", records.timeline.map((t) => t.id), new Set()],
  ];
  for (const [file, field, ids, seen] of table) {
    for (const id of ids) {
      if (seen.has(id)) issues.push({ file, id, field, message: `duplicate id "${id}"` });
      seen.add(id);
    }
  }
}

export function readRecords(raw: RawGeoFiles): ReadRecords {
  const issues: DataIssue[] = [];
  const sites = readFeatureCollection("sites", raw.sites, SiteFeatureSchema, issues);
  const headquarters = readFeatureCollection(
    "headquarters",
    raw.headquarters,
    HeadquartersFeatureSchema,
    issues,
  );
  const places = readFeatureCollection("places", raw.places, PlaceFeatureSchema, issues);
  const sources = readRecordList("sources", raw.sources, "sources", SourceSchema, issues);
  const relations = readRecordList("relations", raw.relations, "relations", RelationSchema, issues);
  const figures = readRecordList("figures", raw.figures, "figures", FigureSchema, issues);
  const timeline = readRecordList("timeline", raw.timeline, "timeline", TimelineEntrySchema, issues);
  const records = {
    sites: sites.valid,
    headquarters: headquarters.valid,
    places: places.valid,
    sources: sources.valid,
    relations: relations.valid,
    figures: figures.valid,
    timeline: timeline.valid,
  };
  checkUniqueIds(records, issues);
  return {
    records,
    edition: readEdition(raw.edition, issues),
    declared: {
      sources: sources.declaredIds,
      sites: sites.declaredIds,
      companies: headquarters.declaredIds,
      places: places.declaredIds,
      figures: figures.declaredIds,
    },
    rawFigures: figures.raw,
    issues,
  };
}

/** The data set once read, or every issue found. */
export function resultOf({ records, edition, issues }: ReadRecords): ParseResult {
  if (issues.length > 0 || !edition) return { ok: false, issues };
  return { ok: true, dataset: { ...records, edition } };
}

/** The structural check the browser runs on the files the build has validated whole. */
export function readDataset(raw: RawGeoFiles): ParseResult {
  return resultOf(readRecords(raw));
}
