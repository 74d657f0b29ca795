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
  FIGURE_STATUSES,
  PHASES,
  PRECISIONS,
  QUALIFIERS,
  RELATION_BASES,
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

/** Text in both interface languages. */
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
  description: LocalizedTextSchema,
  place: LocalizedTextSchema,
  country: Country,
  town: Id,
  precision: oneOf(PRECISIONS),
  precisionNote: v.optional(LocalizedTextSchema),
  sources: SourceIds,
};

export const SiteFeatureSchema = featureOf(
  v.strictObject({ ...LocatedProperties, shortName: LocalizedTextSchema }),
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

/** A source is a web page (with an http(s) URL) or the news article itself, which has no URL. */
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
    title: Text,
    publisher: Text,
    url: HttpUrl,
    date: v.optional(DateText),
  }),
]);
export type Source = v.InferOutput<typeof SourceSchema>;

/**
 * A later statement about a record, shown from its date on: a view as of an earlier date must not know it.
 * (OpenAI's Narvik role: announced in July 2025; "no offtake agreement" only from April 2026.)
 */
const UpdateSchema = v.strictObject({ date: DateText, text: LocalizedTextSchema });

export const RelationSchema = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  role: oneOf(ROLES),
  validFrom: DateText,
  validTo: v.optional(DateText),
  basis: v.optional(oneOf(RELATION_BASES)),
  sources: SourceIds,
  note: v.optional(LocalizedTextSchema),
  update: v.optional(UpdateSchema),
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
  note: v.optional(LocalizedTextSchema),
  update: v.optional(UpdateSchema),
});
export type Figure = v.InferOutput<typeof FigureSchema>;

export const TimelineEntrySchema = v.strictObject({
  id: Id,
  site: Id,
  date: DateText,
  stage: oneOf(STAGES),
  text: LocalizedTextSchema,
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
    v.strictObject({ date: DateText, text: LocalizedTextSchema }),
    "must be a list of corrections",
  ),
});
export type Edition = v.InferOutput<typeof EditionSchema>;
