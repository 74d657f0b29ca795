/**
 * Reads the geo/ files into typed records: each record checked against its schema (schema.ts), every id checked
 * for uniqueness (unique-ids.ts). What needs more than one record (references, distances, headlines) is checked
 * by parse.ts. The build and the tests run both; the browser runs only a shape check (shape.ts), because the
 * files it loads are the very texts the build validated whole (a build with any issue publishes nothing).
 */

import type { Dataset, ParseResult } from "./dataset.ts";
import { readEdition, readFeatureCollection, readRecordList } from "./entries.ts";
import type { RawGeoFiles } from "./files.ts";
import type { DataIssue } from "./issues.ts";
import type { DeclaredIds } from "./records/references.ts";
import {
  type Edition,
  FigureSchema,
  HeadquartersFeatureSchema,
  PlaceFeatureSchema,
  RelationSchema,
  SiteFeatureSchema,
  SourceSchema,
  TimelineEntrySchema,
} from "./schema.ts";
import { checkUniqueIds } from "./unique-ids.ts";

/** What reading found: the records that passed their schema, every id declared, and the issues so far. */
export interface ReadRecords {
  records: Omit<Dataset, "edition">;
  edition: Edition | null;
  declared: DeclaredIds;
  /** Every record of figures.json, valid or not (a headline on a broken figure still counts). */
  rawFigures: readonly unknown[];
  issues: DataIssue[];
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

/** The schemas and unique ids alone, without the cross-record checks. */
export function readDataset(raw: RawGeoFiles): ParseResult {
  return resultOf(readRecords(raw));
}
