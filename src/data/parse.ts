/**
 * Validates the whole geo/ data set: typed records out, or a list of issues that each name the file, the
 * feature or record, and the field. The build (which fails on any issue) and the tests run it; the browser runs
 * only a shape check (shape.ts) on the files the build has validated.
 *
 * Each record kind has its own cross-record checks (records/); reading is read.ts's, unique ids unique-ids.ts's.
 */

import type { ParseResult } from "./dataset.ts";
import type { RawGeoFiles } from "./files.ts";
import { readRecords, resultOf } from "./read.ts";
import { checkFigures } from "./records/figures.ts";
import { checkLocated, checkPlaces } from "./records/located.ts";
import type { CheckContext } from "./records/references.ts";
import { checkRelations } from "./records/relations.ts";
import { checkSources } from "./records/sources.ts";
import { checkStatementDates } from "./records/statement-dates.ts";
import { checkTexts } from "./records/texts.ts";
import { checkTimeline } from "./records/timeline.ts";

/**
 * Validates every geo/ file and the references between them.
 * Returns the typed data set, or every issue found (never just the first).
 */
export function parseDataset(raw: RawGeoFiles): ParseResult {
  const read = readRecords(raw);
  const { records } = read;
  const ctx: CheckContext = { issues: read.issues, declared: read.declared };
  checkPlaces(records.places, ctx);
  checkLocated("sites", records.sites, records.places, ctx);
  checkLocated("headquarters", records.headquarters, records.places, ctx);
  checkRelations(records.relations, records.timeline, ctx);
  checkFigures(records.figures, read.rawFigures, records.sites, ctx);
  checkTimeline(records.timeline, ctx);
  checkSources(records.sources, ctx);
  checkTexts(records, read.edition, ctx.issues);
  checkStatementDates(records, ctx.issues);
  return resultOf(read);
}
