/**
 * Checks of geo/figures.json: a figure is a number or a wording, with one unit or currency, said by someone in
 * a cited source (or calculated from named figures); each site has exactly one headline figure, a number.
 */
import { dateStart, parseDateValue, sortableDate } from "../dates.ts";
import { isRecord } from "../entries.ts";
import { GEO_FILES } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import type { Figure, SiteFeature } from "../schema.ts";
import { type CheckContext, checkSourceRefs } from "./references.ts";

const file = GEO_FILES.figures;

/** Whether date `later` starts no earlier than date `earlier` (both in the data's grammar). */
function startsNoEarlier(later: string, earlier: string): boolean {
  const a = parseDateValue(later);
  const b = parseDateValue(earlier);
  return !a || !b || dateStart(a) >= dateStart(b);
}

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
  if (figure.validTo !== undefined && !startsNoEarlier(figure.validTo, figure.asOf))
    issue("validTo", "ends before the figure was stated (asOf)");
  if (figure.buyer !== undefined && !ctx.declared.companies.has(figure.buyer))
    issue("buyer", `unknown company "${figure.buyer}" (not in geo/headquarters.geojson)`);
  for (const field of ["adds", "sameAs"] as const) {
    const other = figure[field];
    if (other !== undefined && (!ctx.declared.figures.has(other) || other === id))
      issue(field, `unknown figure "${other}"`);
  }
  if (figure.headline && figure.programme)
    issue("headline", "a headline figure must be the subject's own, not its programme's");
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
  const headlineBySubject = new Map<string, Figure>();
  // Oldest first: a subject may have one headline at a time, and an earlier one must end (validTo) by the
  // time the next is stated, so no view ever shows two, or a superseded one as current.
  const headlines = figures
    .filter((f) => f.headline)
    .sort((a, b) => sortableDate(a.asOf).localeCompare(sortableDate(b.asOf)));
  for (const figure of headlines) {
    const previous = headlineBySubject.get(figure.subject);
    const endsInTime = previous?.validTo !== undefined && startsNoEarlier(figure.asOf, previous.validTo);
    if (previous && !endsInTime) {
      issues.push({
        file,
        id: figure.id,
        field: "headline",
        message: `"${figure.subject}" already has headline figure "${previous.id}"`,
      });
    } else headlineBySubject.set(figure.subject, figure);
    if (figure.value === undefined)
      issues.push({
        file,
        id: figure.id,
        field: "headline",
        message: "a headline figure needs a numeric value",
      });
  }
  const withHeadline = new Set(headlineBySubject.keys());
  for (const entry of rawFigures) {
    if (isRecord(entry) && entry.headline === true && typeof entry.subject === "string")
      withHeadline.add(entry.subject);
  }
  // A site of a programme (Cobalt Park, of Stargate UK) may have no figure of its own: its list row and popup
  // show the programme's, labelled as such.
  const ofProgramme = new Set(figures.filter((f) => f.programme).map((f) => f.subject));
  for (const site of sites) {
    if (!withHeadline.has(site.properties.id) && !ofProgramme.has(site.properties.id)) {
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
