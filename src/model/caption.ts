/**
 * The lines written into a downloaded picture of the map, under it: who gave the figures drawn on it, and the
 * credits exactly as they stand under the map on screen (sources, basemap, the view's date and the corrections
 * that concern it). A picture travels without the map's details, so it names its sources itself.
 */
import type { Dataset } from "../data/dataset.ts";
import type { Edition } from "../data/schema.ts";
import { type CreditsModel, creditsModel } from "./credits.ts";
import { headlineFigures, type SiteHeadline } from "./headline.ts";
import { sourceByline } from "./sources.ts";
import { plainText, type TextContext } from "./text.ts";
import type { ViewDate } from "./view-date.ts";

/**
 * Who stated the sites' headline figures (the ones the map labels and sizes by, src/model/headline.ts), each
 * once, in the order of the sites; a calculated figure's come from the figures it was worked out from.
 */
function headlineBylines(ctx: TextContext, headlines: readonly SiteHeadline[]): string[] {
  const { index } = ctx;
  const bylines = new Set<string>();
  for (const headline of headlines) {
    const figures = headlineFigures(headline).flatMap(
      (figure) => figure.derivedFrom?.flatMap((input) => index.figureById.get(input) ?? []) ?? [figure],
    );
    for (const sourceId of figures.flatMap((figure) => figure.sources ?? [])) {
      const source = index.sourceById.get(sourceId);
      if (source) bylines.add(sourceByline(source, ctx));
    }
  }
  return [...bylines];
}

/**
 * The sites and companies a correction is about: its records themselves, a figure's subject, a relation's two
 * ends, an event's site. None when it names no record of the data set (it is then about the map as a whole).
 */
export function correctionSubjects(concerns: readonly string[], data: Dataset): string[] {
  const subjects = concerns.flatMap((id): string[] => {
    if ([...data.sites, ...data.headquarters].some((f) => f.properties.id === id)) return [id];
    const figure = data.figures.find((f) => f.id === id);
    if (figure) return [figure.subject];
    const relation = data.relations.find((r) => r.id === id);
    if (relation) return [relation.from, relation.to];
    const event = data.timeline.find((e) => e.id === id);
    return event ? [event.site] : [];
  });
  return [...new Set(subjects)];
}

/**
 * The credits as lines of plain text, as a picture carries them; here, in the downloads' chunk, the one place
 * that needs them.
 */
export function creditsLines(credits: CreditsModel): string[] {
  return [
    `${credits.line}${credits.asOf}${credits.checked ? ` · ${credits.checked}` : ""}`,
    ...credits.corrections.map((c) => `${c.heading} ${plainText(c.text)}`),
  ];
}

/** The corrections of an edition that concern what a picture shows: a site or company in its frame. */
function inPicture(edition: Edition, data: Dataset, inFrame: (id: string) => boolean): Edition {
  const concernsFrame = (concerns: readonly string[]) => {
    const subjects = correctionSubjects(concerns, data);
    return subjects.length === 0 || subjects.some(inFrame);
  };
  return { ...edition, corrections: edition.corrections.filter((c) => concernsFrame(c.concerns)) };
}

/**
 * A downloaded picture's lines: who gave the figures it draws, then the credits with the corrections that
 * concern a site or company in its frame (`inFrame`; all of the view's without one). A picture of Loughton
 * need not carry Kvandal's corrections; every one it carries is whole and dated.
 */
export interface CaptionContext extends TextContext {
  /** The view's data set, as of its date. */
  data: Dataset;
  date: ViewDate;
  credits: CreditsModel;
  headlines: readonly SiteHeadline[];
}

export function pictureCaption(ctx: CaptionContext, inFrame?: (id: string) => boolean): string[] {
  const bylines = headlineBylines(ctx, ctx.headlines);
  const credits = inFrame
    ? creditsModel(inPicture(ctx.data.edition, ctx.data, inFrame), ctx.date, ctx)
    : ctx.credits;
  return [
    ...(bylines.length > 0 ? [ctx.i18n.t("download.publishers", { publishers: bylines.join("; ") })] : []),
    ...creditsLines(credits),
  ];
}
