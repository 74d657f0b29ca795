/**
 * Checks of geo/figures.json: a figure is a number or a wording, with one unit or currency, said by someone in
 * a cited source (or calculated from named figures); each site has exactly one headline figure, a number.
 */
import { isRecord } from "../entries.ts";
import { GEO_FILES } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import type { Figure, SiteFeature } from "../schema.ts";
import { type CheckContext, checkSourceRefs } from "./references.ts";

const file = GEO_FILES.figures;

/** What a single figure must say about itself, whatever other records hold. */
function checkFigureFields(figure: Figure, ctx: CheckContext): void {
  const { id } = figure;
  const issue = (field: string, message: string) => ctx.issues.push({ file, id, field, message });
  if (!ctx.declared.sites.has(figure.subject) && !ctx.declared.companies.has(figure.subject))
    issue("subject", `unknown site or company "${figure.subject}"`);
  if (figure.value === undefined && figure.text === undefined)
    issue("value", "needs a number (value) or, where the source gives none, a text");
  if (figure.value !== undefined && figure.text !== undefined)
    issue("text", "give either value or text, not both");
  if ((figure.unit === undefined) === (figure.currency === undefined))
    issue("unit", "needs exactly one of unit or currency");
  if (figure.status === "calculated") {
    if (!figure.derivedFrom)
      issue("derivedFrom", "a calculated figure must name the figures it is derived from");
  } else {
    if (figure.derivedFrom) issue("status", "a figure with derivedFrom must have status 'calculated'");
    if (!figure.sources) issue("sources", "is missing: every figure needs a source");
    if (!figure.saidBy) issue("saidBy", "is missing: say who stated the figure");
  }
  figure.derivedFrom?.forEach((figureId, index) => {
    if (!ctx.declared.figures.has(figureId) || figureId === id)
      issue(`derivedFrom.${index}`, `unknown figure "${figureId}"`);
  });
  checkSourceRefs(ctx, file, id, "sources", figure.sources);
}

/**
 * One headline per site, and it must be a number. `rawFigures` are all records of the file, valid or not: a
 * headline on a figure that failed its own checks still counts, so the site is not blamed for lacking one.
 */
function checkHeadlines(
  figures: readonly Figure[],
  rawFigures: readonly unknown[],
  sites: readonly SiteFeature[],
  issues: DataIssue[],
): void {
  const headlineBySubject = new Map<string, string>();
  for (const figure of figures) {
    if (!figure.headline) continue;
    const previous = headlineBySubject.get(figure.subject);
    if (previous) {
      issues.push({
        file,
        id: figure.id,
        field: "headline",
        message: `"${figure.subject}" already has headline figure "${previous}"`,
      });
    } else headlineBySubject.set(figure.subject, figure.id);
    if (figure.value === undefined)
      issues.push({
        file,
        id: figure.id,
        field: "headline",
        message: "a headline figure needs a numeric value",
      });
  }
  for (const entry of rawFigures) {
    if (isRecord(entry) && entry.headline === true && typeof entry.subject === "string")
      headlineBySubject.set(entry.subject, headlineBySubject.get(entry.subject) ?? String(entry.id));
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
}

export function checkFigures(
  figures: readonly Figure[],
  rawFigures: readonly unknown[],
  sites: readonly SiteFeature[],
  ctx: CheckContext,
): void {
  for (const figure of figures) checkFigureFields(figure, ctx);
  checkHeadlines(figures, rawFigures, sites, ctx.issues);
}
