/** The validated data set and the validator's result: the types every stage shares. */
import type { DataIssue } from "./issues.ts";
import type {
  Edition,
  Figure,
  HeadquartersFeature,
  PlaceFeature,
  Relation,
  SiteFeature,
  Source,
  TimelineEntry,
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
