/**
 * The view model: the one place where the data set, the reader's language, the theme and a date become
 * everything the views show. Pure (no DOM, no MapLibre): the live map, the side panel, the popups, the inset,
 * the build-time static picture and the bench's reference style all take their input from one View, and none
 * of them builds a scale or looks an id up on its own.
 */
import { bbox } from "@turf/bbox";
import { type DataIndex, featureById, indexDataset, linkedTo } from "../data/derive.ts";
import type { Dataset } from "../data/read.ts";
import { createI18n, type I18n, type Lang } from "../i18n/index.ts";
import { FLAVORS, type Flavor, type ThemeName } from "../theme.ts";
import { type ChartModel, chartModel } from "./chart.ts";
import { type CreditsModel, creditsModel } from "./credits.ts";
import { type DetailsModel, detailsModel } from "./details.ts";
import { createEncoding, type Encoding } from "./encoding.ts";
import { type LegendModel, legendModel } from "./legend.ts";
import { buildMapData, type MapData } from "./map-data.ts";
import { type CompanyRow, companyRows, type SiteRow, siteRows } from "./rows.ts";

export interface ViewOptions {
  lang: Lang;
  theme: ThemeName;
  /**
   * The date the view shows the story as of, in the data's date grammar. Today every view shows the edition
   * (geo/edition.json's asOf), which is also the default; the time control will pass other dates.
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

/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

export interface View {
  lang: Lang;
  i18n: I18n;
  flavor: Flavor;
  asOf: string;
  index: DataIndex;
  encoding: Encoding;
  /** The GeoJSON the map draws, with labels in the view's language. */
  map: MapData;
  sites: SiteRow[];
  companies: CompanyRow[];
  legend: LegendModel;
  chart: ChartModel;
  credits: CreditsModel;
  /** The cities a reader orients by (rank 1 in geo/places.geojson), for the edge pointer. */
  referenceCities: { name: string; lngLat: [number, number] }[];
  /** The box around every site and headquarters: "show all". */
  allBounds: BBox;
  /** The static picture's accessible title: every site with its headline figure, every company. */
  pictureTitle: string;
  /** Whether an id names a site or company, so the store can ignore anything else. */
  isKnown(id: string): boolean;
  entity(id: string): Entity | undefined;
  /** The ids linked to a feature: itself, its relations and the features at their other ends. */
  linked(id: string): { features: Set<string>; relations: Set<string> };
  details(id: string): DetailsModel | null;
}

const lngLatOf = (coordinates: readonly number[]): [number, number] => [
  coordinates[0] ?? 0,
  coordinates[1] ?? 0,
];

export function buildView(dataset: Dataset, options: ViewOptions): View {
  const { lang } = options;
  const i18n = createI18n(lang);
  const flavor = FLAVORS[options.theme];
  const index = indexDataset(dataset);
  const map = buildMapData(dataset, index, i18n);
  const encoding = createEncoding(
    dataset.headquarters.map((hq) => hq.properties.id),
    map.sites.features.filter((f) => f.properties.hasPower).map((f) => f.properties.powerMw),
    flavor,
  );
  const sites = siteRows(dataset, index, i18n, flavor);
  const companies = companyRows(dataset, index, i18n, encoding);
  const entity = (id: string): Entity | undefined => {
    const feature = featureById(index, id);
    if (!feature) return undefined;
    const site = index.siteById.get(id);
    return {
      id,
      kind: site ? "site" : "company",
      name: i18n.text(site ? site.properties.shortName : feature.properties.name),
      lngLat: lngLatOf(feature.geometry.coordinates),
    };
  };
  const nameOf = (id: string) => entity(id)?.name ?? id;
  const points = [...dataset.sites, ...dataset.headquarters].map((f) => f.geometry.coordinates);
  return {
    lang,
    i18n,
    flavor,
    asOf: options.asOf ?? dataset.edition.asOf,
    index,
    encoding,
    map,
    sites,
    companies,
    legend: legendModel(
      encoding,
      flavor,
      i18n,
      sites.flatMap((row) => (row.powerMw !== null ? [row.powerMw] : [])),
      companies,
    ),
    chart: chartModel(sites, i18n, flavor),
    credits: creditsModel(dataset.edition, i18n),
    referenceCities: dataset.places
      .filter((place) => place.properties.rank === 1)
      .map((place) => ({
        name: i18n.text(place.properties.name),
        lngLat: lngLatOf(place.geometry.coordinates),
      })),
    allBounds: bbox({ type: "MultiPoint", coordinates: points.map((p) => [...p]) }) as BBox,
    pictureTitle: i18n.t("static.title", {
      sites: map.sites.features.map((f) => f.properties.label).join(", "),
      companies: map.companies.features.map((f) => f.properties.name).join(", "),
    }),
    isKnown: (id) => featureById(index, id) !== undefined,
    entity,
    linked: (id) => linkedTo(index, id),
    details: (id) => detailsModel(id, { index, i18n, encoding, nameOf }),
  };
}
