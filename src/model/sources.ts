/**
 * What the map says about a source page, in the reader's language: whose statement it carries, in what form,
 * and how the page relays it ("Pressemitteilung von Nscale (über GlobeNewswire)", "Nscale press release (via
 * GlobeNewswire)"). The data holds only names and vocabulary (schema.ts); every word around them is i18n's, so
 * no English descriptor reaches a German reader. The details, the picture's caption and the CSV use this.
 */
import type { Source } from "../data/schema.ts";
import type { SourceForm } from "../data/vocabulary.ts";
import { plainText, renderText, type TextContext } from "./text.ts";

export function sourceByline(source: Source, ctx: TextContext): string {
  const { i18n } = ctx;
  const name = (value: Source["publisher"]) =>
    typeof value === "string" ? value : plainText(renderText(value, ctx));
  if (source.kind === "article") return name(source.publisher);
  const publisher = name(source.publisher);
  const form = (key: SourceForm, who?: string) => i18n.t(`form.${key}`, who === undefined ? {} : { who });
  if (source.originator) {
    const who = i18n.list(source.originator);
    const statement = source.form ? form(source.form, who) : who;
    const relay = source.relay ? i18n.t(`relay.${source.relay}`, { publisher }) : publisher;
    return `${statement} (${relay})`;
  }
  const about: string[] = [];
  if (source.form) about.push(form(source.form));
  if (source.cites)
    about.push(
      i18n.t("relay.citing", {
        names: Array.isArray(source.cites)
          ? i18n.list(source.cites)
          : plainText(renderText(source.cites, ctx)),
      }),
    );
  return about.length > 0 ? `${publisher} (${about.join(", ")})` : publisher;
}

/**
 * A source's title as the views write it: a page's own title as published, or, where it is unknown, the
 * editors' description of the page, set in square brackets so it is not read as a published title.
 */
export function sourceTitle(source: Source, ctx: TextContext): string {
  if (typeof source.title === "string") return source.title;
  // Square brackets mark a supplied title in either language.
  return `[${plainText(renderText(source.title, ctx))}]`;
}
