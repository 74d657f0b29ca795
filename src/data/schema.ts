/**
 * The shape of every record in geo/, as valibot schemas, and the typed records they produce.
 *
 * Structural checks live here (types, required fields, closed vocabularies, date grammar, URL scheme); checks
 * that need more than one record (references, distances, duplicates) live in parse.ts. Objects are strict, so a
 * misspelt field ("sorces") is an error rather than silently ignored.
 */
import * as v from "valibot";
import { parseDateValue } from "./dates.ts";
import {
  CURRENCIES,
  FIGURE_KINDS,
  FIGURE_SENSES,
  FIGURE_STATUSES,
  MILESTONES,
  ORIGINATOR_FORMS,
  PAGE_FORMS,
  PHASES,
  PRECISIONS,
  QUALIFIERS,
  QUOTE_LANGS,
  RELATION_BASES,
  RELAYS,
  ROLES,
  STAGES,
  UNITS,
} from "./vocabulary.ts";

/** A closed vocabulary, with a message that lists the allowed words. */
function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, `must be one of ${values.join(", ")}`);
}

const Id = v.pipe(
  v.string("must be a string"),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug such as 'stargate-norway'"),
);
const Text = v.pipe(v.string("must be a string"), v.trim(), v.nonEmpty("must not be empty"));

/** Text in both interface languages, in the grammar of text.ts (dates, amounts and references as marks). */
export const LocalizedTextSchema = v.strictObject({ de: Text, en: Text });
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

/** A date string in the grammar of dates.ts; kept as text so the record stays as the source gave it. */
const DateText = v.pipe(
  v.string("must be a date string"),
  v.check(
    (text) => parseDateValue(text) !== null,
    (issue) =>
      `'${String(issue.input)}' is not a valid date (use 2025, 2025-09, 2025-09-16, 2027-Q1, a range A/B or <=DATE)`,
  ),
);

const Country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as 'GB'"));
const SourceIds = v.pipe(
  v.array(Id, "must be a list of source ids"),
  v.minLength(1, "must name at least one source"),
);

/**
 * One part of a text that states facts of different dates: valid from `from` (or from the record's own date)
 * until `to`, backed by its own sources where they are not the record's. A view shows the parts valid at its
 * date, so a later fact never appears in an earlier view.
 */
const TextPartSchema = v.strictObject({
  from: v.optional(DateText),
  to: v.optional(DateText),
  text: LocalizedTextSchema,
  sources: v.optional(SourceIds),
});
export type TextPart = v.InferOutput<typeof TextPartSchema>;

/** A text that holds at every date of its record, or a list of dated parts. */
export const DatedTextSchema = v.union(
  [LocalizedTextSchema, v.pipe(v.array(TextPartSchema), v.minLength(1, "must have at least one part"))],
  "must be text in both languages or a list of dated parts ({from, text})",
);
export type DatedText = v.InferOutput<typeof DatedTextSchema>;

const Longitude = v.pipe(v.number("must be a number"), v.minValue(-180), v.maxValue(180));
const Latitude = v.pipe(v.number("must be a number"), v.minValue(-90), v.maxValue(90));
const PointSchema = v.strictObject({
  type: v.literal("Point", "must be 'Point'"),
  coordinates: v.tuple([Longitude, Latitude], "must be [longitude, latitude]"),
});

function featureOf<TProps extends v.GenericSchema>(properties: TProps) {
  return v.strictObject({
    type: v.literal("Feature", "must be 'Feature'"),
    properties,
    geometry: PointSchema,
  });
}

const LocatedProperties = {
  id: Id,
  name: LocalizedTextSchema,
  /** What the site or company is; facts that have a date are dated parts, shown from that date on. */
  description: DatedTextSchema,
  place: LocalizedTextSchema,
  country: Country,
  town: Id,
  precision: oneOf(PRECISIONS),
  precisionNote: v.optional(DatedTextSchema),
  sources: SourceIds,
};

export const SiteFeatureSchema = featureOf(
  v.strictObject({
    ...LocatedProperties,
    /** The name labels, bars and roles use ("Kvandal"). */
    shortName: LocalizedTextSchema,
    /** The name where a view names the site first without a map to place it: "Kvandal (bei Narvik)". */
    firstMention: v.optional(LocalizedTextSchema),
  }),
);
export type SiteFeature = v.InferOutput<typeof SiteFeatureSchema>;

export const HeadquartersFeatureSchema = featureOf(
  v.strictObject({ ...LocatedProperties, legalName: v.optional(Text), address: v.optional(Text) }),
);
export type HeadquartersFeature = v.InferOutput<typeof HeadquartersFeatureSchema>;

export const PlaceFeatureSchema = featureOf(
  v.strictObject({
    id: Id,
    name: LocalizedTextSchema,
    country: Country,
    rank: v.picklist([1, 2, 3, 4], "must be a label rank from 1 (most important) to 4"),
    geonamesId: v.optional(v.pipe(v.number(), v.integer("must be a GeoNames id"))),
    sources: SourceIds,
  }),
);
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;

const HttpUrl = v.pipe(
  v.string("must be a string"),
  v.check((text) => {
    try {
      const url = new URL(text);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL"),
);

/** A name as it is written in every language ("Computer Weekly"), or a description in both languages. */
const NameOrText = v.union([Text, LocalizedTextSchema], "must be a name or text in both languages");

/**
 * A source is a web page (with an http(s) URL) or the news article itself, which has no URL. What the map says
 * about a page is vocabulary, never English in the data: who made the statement (`originator`), in what form
 * (`form`: a press release, a stock-exchange notice), how the page relays it (`relay`: reported by, a copy on)
 * and whom the publisher cites (`cites`); the view words them in the reader's language.
 */
export const SourceSchema = v.variant("kind", [
  v.strictObject({
    id: Id,
    kind: v.literal("article"),
    title: LocalizedTextSchema,
    publisher: LocalizedTextSchema,
    date: DateText,
  }),
  v.strictObject({
    id: Id,
    kind: v.optional(v.literal("web"), "web"),
    /** The page's own title as published (a string, in `lang`), or our description where it is unknown. */
    title: NameOrText,
    /** The language of the page, for its title's lang attribute. */
    lang: v.picklist(QUOTE_LANGS, `must be one of ${QUOTE_LANGS.join(", ")}`),
    publisher: NameOrText,
    originator: v.optional(v.pipe(v.array(Text), v.minLength(1, "must name at least one originator"))),
    form: v.optional(oneOf([...ORIGINATOR_FORMS, ...PAGE_FORMS])),
    relay: v.optional(oneOf(RELAYS)),
    cites: v.optional(v.union([v.pipe(v.array(Text), v.minLength(1)), LocalizedTextSchema])),
    url: HttpUrl,
    date: v.optional(DateText),
  }),
]);
export type Source = v.InferOutput<typeof SourceSchema>;

export const RelationSchema = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  role: oneOf(ROLES),
  validFrom: DateText,
  validTo: v.optional(DateText),
  basis: v.optional(oneOf(RELATION_BASES)),
  sources: SourceIds,
  /**
   * What the relation amounts to, in dated parts: what was learned later (OpenAI's role at Kvandal was announced in
   * July 2025; "no offtake agreement" only in April 2026) is a part from that date.
   */
  note: v.optional(DatedTextSchema),
});
export type Relation = v.InferOutput<typeof RelationSchema>;

export const FigureSchema = v.strictObject({
  id: Id,
  subject: Id,
  kind: oneOf(FIGURE_KINDS),
  value: v.optional(v.pipe(v.number("must be a number"), v.minValue(0, "must not be negative"))),
  text: v.optional(LocalizedTextSchema),
  lowerBound: v.optional(v.pipe(v.number("must be a number"), v.minValue(0))),
  unit: v.optional(oneOf(UNITS)),
  currency: v.optional(oneOf(CURRENCIES)),
  qualifier: v.optional(oneOf(QUALIFIERS)),
  phase: v.optional(oneOf(PHASES)),
  chip: v.optional(Text),
  round: v.optional(LocalizedTextSchema),
  /** The programme a figure belongs to (Stargate UK, several sites), when it is not the subject's own. */
  programme: v.optional(LocalizedTextSchema),
  /** What the number is when it is not a count of what exists: a target, a delivery. */
  sense: v.optional(oneOf(FIGURE_SENSES)),
  /** The company a share of the subject's capacity is for ("für Microsoft"). */
  buyer: v.optional(Id),
  /** The figure this one adds to (Microsoft's Rubin GPUs on top of its 52,000 GB300). */
  adds: v.optional(Id),
  /** The figure this one restates: the same pledge in another currency, or said again later. */
  sameAs: v.optional(Id),
  /** The larger figure this one is part of ($250m equity within the first phase's ~$1bn), not in addition to. */
  partOf: v.optional(Id),
  /** When the statement was made: the figure is valid from then. */
  asOf: DateText,
  /** From when a later statement replaces it; a figure without validTo stays valid. */
  validTo: v.optional(DateText),
  /** A name ("Nscale") or, for a description of the speaker, text in both languages. */
  saidBy: v.optional(v.union([Text, LocalizedTextSchema], "must be a name or text in both languages")),
  sources: v.optional(SourceIds),
  derivedFrom: v.optional(v.pipe(v.array(Id), v.minLength(1, "must name at least one figure"))),
  status: oneOf(FIGURE_STATUSES),
  headline: v.optional(v.boolean()),
  note: v.optional(DatedTextSchema),
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const TimelineEntrySchema = v.strictObject({
  id: Id,
  site: Id,
  date: DateText,
  stage: oneOf(STAGES),
  text: LocalizedTextSchema,
  /**
   * The date the entry's source gives for a milestone (opening, delivery of the chips, going live): sources
   * that disagree are shown side by side, each with its date, and said to disagree.
   */
  expected: v.optional(
    v.strictObject({
      milestone: oneOf(MILESTONES),
      date: DateText,
      /** "by" the date, or "early" in it ("from early 2027"); without it, in the date given. */
      qualifier: v.optional(oneOf(["by", "early"] as const)),
    }),
  ),
  sources: SourceIds,
  status: oneOf(FIGURE_STATUSES),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;

/**
 * The edition of the data: when the facts were last checked ("Stand"), and a dated log of corrections. A
 * published map shows both in its credits line, so a correction is visible rather than silent.
 */
export const EditionSchema = v.strictObject({
  asOf: DateText,
  /** When the article the map accompanies appeared: one click away from the edition ("Stand des Artikels"). */
  articleDate: DateText,
  corrections: v.array(
    v.strictObject({
      date: DateText,
      /**
       * The records the correction is about (figures, relations, timeline entries, sites, companies, sources):
       * it is shown in every view that shows all of them, because it is about the published map; never before
       * the last of them is shown, so it tells no earlier view what came later.
       */
      concerns: v.pipe(v.array(Id), v.minLength(1, "must name the records the correction is about")),
      text: LocalizedTextSchema,
    }),
    "must be a list of corrections",
  ),
});
export type Edition = v.InferOutput<typeof EditionSchema>;
