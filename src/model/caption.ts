/**
 * The lines written into a downloaded picture of the map, under it: the date the map shows, who gave the
 * figures drawn on it, and the credits line exactly as it stands under the map on screen (sources, basemap,
 * edition). A picture travels without the map's details, so it names its sources itself.
 */
import type { DataIndex } from "../data/derive.ts";
import type { I18n } from "../i18n/index.ts";
import type { CreditsModel } from "./credits.ts";
import { textOf } from "./details.ts";

/**
 * The publishers behind the sites' headline figures (the ones the map labels and sizes by), each once, in the
 * order of the sites; a calculated figure's come from the figures it was worked out from.
 */
function headlinePublishers(index: DataIndex, i18n: I18n): string[] {
  const publishers = new Set<string>();
  for (const id of index.siteById.keys()) {
    const headline = index.headlineBySubject.get(id);
    const figures = headline?.derivedFrom?.flatMap((input) => index.figureById.get(input) ?? []) ?? [
      headline,
    ];
    for (const sourceId of figures.flatMap((figure) => figure?.sources ?? [])) {
      const source = index.sourceById.get(sourceId);
      if (source) publishers.add(textOf(i18n, source.publisher));
    }
  }
  return [...publishers];
}

export function pictureCaption(
  index: DataIndex,
  i18n: I18n,
  credits: CreditsModel,
  showing: string,
): string[] {
  const publishers = headlinePublishers(index, i18n);
  return [
    showing,
    ...(publishers.length > 0 ? [i18n.t("download.publishers", { publishers: publishers.join(", ") })] : []),
    `${credits.line}${credits.edition}`,
  ];
}
