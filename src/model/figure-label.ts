/**
 * What a figure is, said once for every view: a target, a delivery, one buyer's share, a programme's figure
 * for several sites, a plan. The list, the chart, the map's labels, the picture, its PNG and the CSV all write
 * a headline figure with these words ("Ziel: 100.000 GPUs", "für Microsoft: etwa 52.000 GPUs (GB300)"), so a
 * target is never read beside a count as if it were one.
 */
import type { DataIndex } from "../data/derive.ts";
import type { Figure } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";

interface LabelContext {
  i18n: I18n;
  index: DataIndex;
  nameOf(id: string): string;
}

/**
 * The words that say what a figure is, in order; the programme's name first unless left out. A part of a larger
 * figure says which ("enthalten in etwa 1 Mrd. $").
 */
export function figureTags(figure: Figure, ctx: LabelContext, { programme = true } = {}): string[] {
  const { i18n, index } = ctx;
  const whole = figure.partOf ? index.figureById.get(figure.partOf) : undefined;
  return [
    programme && figure.programme ? i18n.text(figure.programme) : null,
    figure.buyer ? i18n.t("figure.buyer", { buyer: ctx.nameOf(figure.buyer) }) : null,
    figure.sense ? i18n.t(`sense.${figure.sense}`) : null,
    whole ? i18n.t("figure.partOf", { figure: i18n.figure(whole) }) : null,
  ].filter((tag): tag is string => tag !== null);
}

/** A figure with what it is: "Ziel: 100.000 GPUs"; a plain count or power stays as it is ("230 MW"). */
export function taggedFigure(figure: Figure, ctx: LabelContext): string {
  const tags = figureTags(figure, ctx);
  const value = ctx.i18n.figure(figure);
  return tags.length > 0 ? ctx.i18n.t("figure.tagged", { tags: tags.join(", "), figure: value }) : value;
}

/**
 * A headline figure with what was added to it since and is still current: "für Microsoft: etwa 52.000 GPUs
 * (GB300), dazu über 30.000 GPUs (Rubin)". The numbers are never summed: they were said separately.
 */
export function headlineText(figure: Figure, index: DataIndex, ctx: LabelContext): string {
  return [
    taggedFigure(figure, ctx),
    ...additionsTo(figure, index).map((f) => ctx.i18n.t("figure.adds", { figure: ctx.i18n.figure(f) })),
  ].join(", ");
}

/** The current figures that add to a figure (by `adds`), in file order. */
export function additionsTo(figure: Figure, index: DataIndex): Figure[] {
  return (index.figuresBySubject.get(figure.subject) ?? []).filter(
    (f) => f.adds === figure.id && f.validTo === undefined,
  );
}
