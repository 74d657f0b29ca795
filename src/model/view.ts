/**
 * The view model: the one place where the data set, the reader's language, the theme and a date become
 * everything the views show. Pure (no DOM, no MapLibre): the live map, the side panel, the popups, the inset,
 * the build-time static picture and the bench's reference style all take their input from one View, and none
 * of them builds a scale or looks an id up on its own.
 */
import { datasetAsOf, lastDay, type Shown, shownOf } from "../data/as-of.ts";
import type { Dataset } from "../data/dataset.ts";
import { type DataIndex, featureById, indexDataset, linkedTo } from "../data/derive.ts";
import { createI18n, type I18n, type Lang } from "../i18n/index.ts";
import { FLAVORS, type Flavor, type ThemeName } from "../theme.ts";
import type { CaptionContext } from "./caption.ts";
import { type ChartModel, chartModel } from "./chart.ts";
import { type CreditsModel, creditsModel } from "./credits.ts";
import { type DetailsModel, detailsModel } from "./details.ts";
import { createEncoding, type Encoding } from "./encoding.ts";
import { type Geography, geographyOf } from "./geography.ts";
import { siteHeadline, siteKindWord } from "./headline.ts";
import { type LegendModel, legendModel } from "./legend.ts";
import { buildMapData, type MapData } from "./map-data.ts";
import { type WhoWithWhom, whoWithWhom } from "./relations.ts";
import { type CompanyRow, companyRows, type SiteRow, siteRows } from "./rows.ts";
import { changedSince, changesSinceArticle, type DateNotice, dateNotice } from "./since.ts";
import type { TableContext } from "./table.ts";
import type { TextContext } from "./text.ts";
import { asStep, type TimeModel, timeModel } from "./time.ts";
import { type ViewDate, viewDateOf, viewDateText } from "./view-date.ts";
import { datedAt } from "./when.ts";

export interface ViewOptions {
  lang: Lang;
  theme: ThemeName;
  /**
   * The date the view shows the story as of, in the data's date grammar: the edition (geo/edition.json's
   * asOf) by default, or the date the time control, the element's as-of or a story step asks for.
   */
  asOf?: string;
}

/** A site or a company, as every view names and places it. */
export interface Entity {
  id: string;
  kind: "site" | "company";
  name: string;
  lngLat: [number, number];
}

/** A site or company as a control on the static picture. */
export interface Target {
  id: string;
  kind: "site" | "company";
  /** "Loughton, Rechenzentrum": the control's accessible name. */
  label: string;
  lngLat: [number, number];
}

/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

export interface View {
  lang: Lang;
  i18n: I18n;
  flavor: Flavor;
  asOf: string;
  encoding: Encoding;
  /** The GeoJSON the map draws, with labels in the view's language. */
  map: MapData;
  sites: SiteRow[];
  companies: CompanyRow[];
  legend: LegendModel;
  chart: ChartModel;
  credits: CreditsModel;
  /** The time control: the story's dated events and the one this view shows. */
  time: TimeModel;
  /** The cities a reader orients by (rank 1 in geo/places.geojson), for the edge pointer. */
  referenceCities: { name: string; lngLat: [number, number] }[];
  /** The box around every site and headquarters: "show all". */
  allBounds: BBox;
  /** The static picture's accessible title: every site with its headline figure, every company. */
  pictureTitle: string;
  /**
   * What a reader can open on the static picture before the live map runs: every site, then every company,
   * each with the name a screen reader announces. Whether one lies inside the picture is the picture's business.
   */
  targets: Target[];
  /** Whether an id names a site or company, so the store can ignore anything else. */
  isKnown(id: string): boolean;
  /** Whether the view's data holds a record (a site, company, figure, relation or event) by this id. */
  shows(id: string): boolean;
  entity(id: string): Entity | undefined;
  /** The ids linked to a feature: itself, its relations and the features at their other ends. */
  linked(id: string): { features: Set<string>; relations: Set<string> };
  details(id: string): DetailsModel | null;
  /**
   * What a downloaded picture's caption is made of: pictureCaption() in src/model/caption.ts writes its lines
   * (who gave the figures drawn, the credits as on screen, the corrections that concern its frame). The
   * download loads that code when a reader asks for it.
   */
  captionContext(): CaptionContext;
  /**
   * What the data download's table is made of: figuresTable() in src/model/table.ts makes the table of every
   * figure the details show at this view's date. The download loads that code when a reader asks for it.
   */
  tableContext(): TableContext;
  /**
   * What happened after this view's date, up to the edition's ("Stand: … · seitdem 5 Änderungen, zuletzt …");
   * null at the latest or when nothing happened since.
   */
  changedSince: string | null;
  /** The line on the map about its date, for an embed that started at `pinned` (null: the latest); or none. */
  notice(pinned: string | null): DateNotice | null;
  /** Where the sites and companies lie and the places a reader orients by: for the description and arrow keys. */
  geography: Geography;
  /** The table "Wer mit wem": one row per arc drawn, as the CSV's relation rows. */
  relations: WhoWithWhom;
}

const lngLatOf = (coordinates: readonly number[]): [number, number] => [
  coordinates[0] ?? 0,
  coordinates[1] ?? 0,
];

/** The box around points, as @turf/bbox gives it (held to it in the tests) without its coordinate walker. */
export function boxAround(points: readonly (readonly number[])[]): BBox {
  const lngs = points.map((p) => p[0] ?? 0);
  const lats = points.map((p) => p[1] ?? 0);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The headline powers of every site at any date: one size scale for every date, so sizes compare over time. */
function allHeadlinePowers(dataset: Dataset): number[] {
  return dataset.figures.flatMap((f) =>
    f.headline && f.kind === "power" && f.unit === "MW" && f.value !== undefined ? [f.value] : [],
  );
}

export function buildView(dataset: Dataset, options: ViewOptions): View {
  const i18n = createI18n(options.lang);
  const flavor = FLAVORS[options.theme];
  // The date is read here, once; every part of the view takes this value.
  const date = viewDateOf(options.asOf ?? dataset.edition.asOf);
  const { text: asOf } = date;
  // Which day each record shows from is worked out once per view, for every date this view compares with.
  const shown = shownOf(dataset);
  const data = datasetAsOf(dataset, asOf, shown);
  const index = indexDataset(data);
  const encoding = createEncoding(
    dataset.headquarters.map((hq) => hq.properties.id),
    allHeadlinePowers(dataset),
    flavor,
  );
  const entity = (id: string) => entityOf(index, i18n, id);
  const nameOf = (id: string) => entity(id)?.name ?? id;
  const text: TextContext = { i18n, index, nameOf };
  const headlines = new Map(data.sites.map((s) => [s.properties.id, siteHeadline(s.properties.id, text)]));
  const headlineOf = (id: string) => headlines.get(id) ?? siteHeadline(id, text);
  const map = buildMapData(data, index, i18n, headlineOf);
  const since = sinceArticle(dataset, date, text, shown);
  const sites = siteRows(data, index, i18n, flavor, since, headlineOf);
  const companies = companyRows(data, index, i18n, encoding, since, nameOf);
  const points = [...data.sites, ...data.headquarters].map((f) => f.geometry.coordinates);
  const when = datedAt(i18n, date.day, lastDay(dataset.edition.asOf) ?? "");
  const details = (id: string) => detailsModel(id, { ...text, encoding, since, when, headlineOf });
  const time = timeModel(dataset, date, i18n, shown);
  const credits = creditsModel(data.edition, time.said, text);
  return {
    lang: options.lang,
    i18n,
    flavor,
    asOf,
    encoding,
    map,
    sites,
    companies,
    legend: legendModel(encoding, flavor, i18n, map, companies),
    chart: chartModel(sites, i18n, flavor),
    credits,
    time,
    referenceCities: referenceCities(data, i18n),
    allBounds: boxAround(points),
    pictureTitle: pictureTitle(map, i18n),
    targets: [...sites, ...companies].flatMap((row): Target[] => {
      const found = entity(row.id);
      if (!found) return [];
      const kind = row.kind === "site" ? siteKindWord(row.headline, i18n) : i18n.t("kind.hq");
      return [{ id: row.id, kind: row.kind, label: `${row.name}, ${kind}`, lngLat: found.lngLat }];
    }),
    isKnown: (id) => featureById(index, id) !== undefined,
    shows: recordTest(data),
    entity,
    linked: (id) => linkedTo(index, id),
    details,
    // The picture and the table say the view's date as the credits do (time.said).
    captionContext: () => ({ ...text, data, date: time.said, credits, headlines: [...headlines.values()] }),
    tableContext: () => ({
      ...text,
      subjects: [...sites, ...companies],
      details,
      dataset: data,
      viewAsOf: viewDateText(time.said, i18n),
      headlineOf,
    }),
    changedSince: changedSince(dataset, time.said.text, i18n, shown),
    notice: (pinned) =>
      // The date the embed started at, said as the view would say it (0.1.0's "2025-09-17": "16./17.").
      dateNotice(
        dataset,
        time.said.text,
        pinned,
        i18n,
        shown,
        pinned && asStep(time.steps, viewDateOf(pinned)).text,
      ),
    geography: geographyOf(data, text, headlineOf),
    relations: whoWithWhom(data, text),
  };
}

/** A site or company as every view names and places it; undefined for an id the view's date does not know. */
function entityOf(index: DataIndex, i18n: I18n, id: string): Entity | undefined {
  const feature = featureById(index, id);
  if (!feature) return undefined;
  const site = index.siteById.get(id);
  return {
    id,
    kind: site ? "site" : "company",
    name: i18n.text(site ? site.properties.shortName : feature.properties.name),
    lngLat: lngLatOf(feature.geometry.coordinates),
  };
}

/** The cities a reader orients by: rank 1 in geo/places.geojson. */
const referenceCities = (data: Dataset, i18n: I18n) =>
  data.places
    .filter((place) => place.properties.rank === 1)
    .map((place) => ({
      name: i18n.text(place.properties.name),
      lngLat: lngLatOf(place.geometry.coordinates),
    }));

/** The "since the article" sentences, for a view after the article's date; none for the article's own view. */
function sinceArticle(dataset: Dataset, date: ViewDate, now: TextContext, shown: Shown): Map<string, string> {
  const article = dataset.edition.articleDate;
  if (date.day <= (lastDay(article) ?? "")) return new Map();
  return changesSinceArticle(indexDataset(datasetAsOf(dataset, article, shown)), now.index, now, article);
}

/** Whether a data set holds a record by an id (what a correction may be about); its ids gathered once asked. */
function recordTest(data: Dataset): (id: string) => boolean {
  let ids: Set<string> | undefined;
  const gather = () =>
    new Set([
      ...[...data.sites, ...data.headquarters].map((f) => f.properties.id),
      ...[...data.figures, ...data.relations, ...data.timeline].map((r) => r.id),
    ]);
  return (id) => {
    ids ??= gather();
    return ids.has(id);
  };
}

/** The picture's title for a screen reader: the sites and companies it draws, by their labels. */
const pictureTitle = (map: MapData, i18n: I18n) =>
  i18n.t("static.title", {
    sites: map.sites.features.map((f) => f.properties.label).join(", "),
    companies: map.companies.features.map((f) => f.properties.name).join(", "),
  });
