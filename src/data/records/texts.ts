/**
 * Checks of every text in geo/ (notes, descriptions, location notes, timeline sentences, source descriptors,
 * corrections): a text must not know what is certain only after it is shown. The walk (text-walk.ts) gives
 * each text with where it is and from which day it shows; the rules (text-rules.ts) each look at one text. A
 * correction naming an unknown record is reported here, since the walk cannot place it. The grammar is text.ts's.
 */

import type { CertainRecords } from "../certain.ts";
import { GEO_FILES } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import type { Edition } from "../schema.ts";
import { marksOf, parseText } from "../text.ts";
import { comparedMarks, markTooLate, markUnknown, otherMarks, typedInProse } from "./text-rules.ts";
import { type PlacedText, type WalkContext, walkContext, walkTexts } from "./text-walk.ts";

export { typedInProse };

/** Every record a text can refer to or a correction can be about. */
export type TextRecords = CertainRecords;

/** The issues of one text, in both languages. */
function textIssues(placed: PlacedText, ctx: WalkContext): DataIssue[] {
  const issues: DataIssue[] = placed.placeIssues.map((p) => ({ ...placed.where, ...p }));
  const marks = { de: [] as string[], en: [] as string[] };
  for (const lang of ["de", "en"] as const) {
    const at = { ...placed.where, field: `${placed.where.field}.${lang}` };
    const parsed = parseText(placed.text[lang]);
    const messages = [
      ...typedInProse(parsed.tokens),
      ...parsed.errors,
      ...marksOf(parsed.tokens).flatMap((mark) => [
        markUnknown(mark, placed, ctx) ?? [],
        markTooLate(mark, placed, ctx) ?? [],
      ]),
    ].flat();
    issues.push(...messages.map((message) => ({ ...at, message })));
    marks[lang] = comparedMarks(parsed.tokens);
  }
  const other = otherMarks(marks.de, marks.en);
  if (other) issues.push({ ...placed.where, field: `${placed.where.field}.en`, message: other });
  return issues;
}

/** The corrections about a record that does not exist. */
function unknownConcerns(ctx: WalkContext): DataIssue[] {
  return (ctx.edition?.corrections ?? []).flatMap((correction, index) =>
    correction.concerns
      .filter((id) => !ctx.days.has(id))
      .map((id) => ({
        file: GEO_FILES.edition,
        id: null,
        field: `corrections.${index}.concerns`,
        message: `is about the unknown record "${id}"`,
      })),
  );
}

export function checkTexts(records: TextRecords, edition: Edition | null, issues: DataIssue[]): void {
  const ctx = walkContext(records, edition);
  for (const placed of walkTexts(ctx)) issues.push(...textIssues(placed, ctx));
  issues.push(...unknownConcerns(ctx));
}
