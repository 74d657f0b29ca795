/**
 * A site's headline at a view's date, said once for every view: the list, the chart, the legend, the map's
 * label, the description, the details card, the picture's caption and the CSV all take a site's figures and
 * their words from here, so no view can show a site with another figure, another kind of figure ("geplant",
 * "Ziel", "für Microsoft") or without a qualifier ("bis zu", "pausiert") that another view shows.
 */
import { isCurrent } from "../data/as-of.ts";
import { sortableDate } from "../data/dates.ts";
import { type DataIndex, pauseOf } from "../data/derive.ts";
import type { Figure } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import { headlineText, taggedFigure } from "./figure-label.ts";

export interface SiteHeadline {
  id: string;
  /** The site's own power figure the map sizes it by; undefined when none is stated by the view's date. */
  power: Figure | undefined;
  /** The site's key GPU figure, or its programme's (Stargate UK's, for Cobalt Park) when it has none. */
  gpus: Figure | undefined;
  /** Power in MW, or null: the circle's size, the chart's bar and the legend's sample. */
  powerMw: number | null;
  /** "geplant: 50 MW", or null. */
  powerText: string | null;
  /** "Lieferung: zunächst 23.040 GPUs (GB300)", "Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs (pausiert)". */
  gpusText: string | null;
  /** The one figure a label has room for: the power figure, else the GPU figure, with its words. */
  lead: string | null;
  /** Both figures, as the list and the description write them; "keine Leistungsangabe" without any. */
  text: string;
  /** Words that qualify the whole headline, already inside the texts above: "pausiert". */
  qualifiers: string[];
  /**
   * The programme whose figures a site without any of its own shows ("Stargate UK", for Cobalt Park, an office
   * park named as one of its sites); null for a site with figures of its own. Such a site is the programme's
   * site, not a data centre the sources give figures for, and every view calls it that.
   */
  programme: string | null;
}

interface HeadlineContext {
  i18n: I18n;
  index: DataIndex;
  nameOf(id: string): string;
}

const numbered = (f: Figure) => f.value !== undefined && f.status === "confirmed" && isCurrent(f);

/** The site's own power figure: the one marked as headline, else the first one stated (Loughton, January 2025). */
function powerOf(index: DataIndex, id: string): Figure | undefined {
  const own = (index.figuresBySubject.get(id) ?? []).filter(
    (f) => f.kind === "power" && f.unit === "MW" && !f.programme && numbered(f),
  );
  return own.find((f) => f.headline) ?? own.find((f) => f.qualifier !== "additional");
}

/**
 * The site's key GPU figure: the latest statement of its own (not an addition to another, not a restatement),
 * the first in the file among statements of one date; else its programme's first figure.
 */
function gpusOf(index: DataIndex, id: string): Figure | undefined {
  const gpus = (index.figuresBySubject.get(id) ?? []).filter((f) => f.kind === "gpus" && numbered(f));
  const own = gpus.filter((f) => !f.programme && !f.adds && !f.sameAs);
  const latest = own.reduce<Figure | undefined>(
    (found, f) => (!found || sortableDate(f.asOf) > sortableDate(found.asOf) ? f : found),
    undefined,
  );
  return latest ?? gpus.find((f) => f.programme);
}

/** The headline of a site at the date of the index's data set. */
export function siteHeadline(id: string, ctx: HeadlineContext): SiteHeadline {
  const { i18n, index } = ctx;
  const power = powerOf(index, id);
  const gpus = gpusOf(index, id);
  // A programme's figure stays in the headline while the programme is paused, and says so.
  const paused = [power, gpus].some((f) => f?.programme) && pauseOf(index, id) !== undefined;
  const qualifiers = paused ? [i18n.t("popup.paused")] : [];
  const qualified = (text: string, figure: Figure) =>
    figure.programme && paused ? `${text} (${qualifiers.join(", ")})` : text;
  const powerText = power ? qualified(taggedFigure(power, ctx), power) : null;
  const gpusText = gpus ? qualified(headlineText(gpus, index, ctx), gpus) : null;
  const shown = [powerText, gpusText].filter((t): t is string => t !== null);
  return {
    id,
    power,
    gpus,
    powerMw: power?.value ?? null,
    powerText,
    gpusText,
    lead: powerText ?? gpusText,
    text: shown.length > 0 ? shown.join(" · ") : i18n.t("list.noPower"),
    qualifiers,
    programme: !power && gpus?.programme ? i18n.text(gpus.programme) : null,
  };
}

/** What a site is, as a label and the details call it: "Rechenzentrum", or "Standort von Stargate UK". */
export function siteKindWord(headline: SiteHeadline, i18n: I18n): string {
  return headline.programme
    ? i18n.t("kind.programmeSite", { programme: headline.programme })
    : i18n.t("kind.site");
}

/** The headline figures of a site that the views show, power first. */
export function headlineFigures(headline: SiteHeadline): Figure[] {
  return [headline.power, headline.gpus].filter((f): f is Figure => f !== undefined);
}
