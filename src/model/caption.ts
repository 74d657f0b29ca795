/**
 * The lines written into a downloaded picture of the map, under it: who gave the figures drawn on it, and the
 * credits exactly as they stand under the map on screen (sources, basemap, the view's date and the corrections
 * that concern it). A picture travels without the map's details, so it names its sources itself.
 */
import { type CreditsModel, creditsLines } from "./credits.ts";
import { headlineFigures, type SiteHeadline } from "./headline.ts";
import { sourceByline } from "./sources.ts";
import type { TextContext } from "./text.ts";

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

export function pictureCaption(
  ctx: TextContext,
  credits: CreditsModel,
  headlines: readonly SiteHeadline[],
): string[] {
  const bylines = headlineBylines(ctx, headlines);
  return [
    ...(bylines.length > 0 ? [ctx.i18n.t("download.publishers", { publishers: bylines.join("; ") })] : []),
    ...creditsLines(credits),
  ];
}
