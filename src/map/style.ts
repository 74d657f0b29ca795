/**
 * The complete style of the embedded map: basemap sources and layers, then the project's sources and layers,
 * and the bundled font. A pure function of data and theme, so it can be tested and exported as JSON.
 */
import type { StyleSpecification } from "maplibre-gl";
import type { MapData } from "../data/derive.ts";
import type { Lang } from "../i18n/index.ts";
import type { Encoding, Flavor } from "../theme.ts";
import { basemapLayers, basemapSources } from "./basemap-style.ts";
import { fontFaces } from "./fonts.ts";
import { dataLayers } from "./layers.ts";
import type { ProjectLayers } from "./online-style.ts";
import { dataSources } from "./sources.ts";

export interface StyleOptions {
  flavor: Flavor;
  encoding: Encoding;
  lang: Lang;
  data: MapData;
  basemapUrl: (file: string) => string;
}

/** The project's own part of any style: its sources, layers and font, without a basemap. */
export function projectLayers(options: Omit<StyleOptions, "basemapUrl">): ProjectLayers {
  return {
    sources: { ...dataSources(options.data) },
    layers: dataLayers({ flavor: options.flavor, encoding: options.encoding }),
    fontFaces: fontFaces(),
  };
}

/** The default style: the embedded basemap with the project's layers on top. */
export function buildStyle(options: StyleOptions): StyleSpecification {
  const basemap = { flavor: options.flavor, lang: options.lang, url: options.basemapUrl };
  const project = projectLayers(options);
  return {
    version: 8,
    name: `ai-infra-map ${options.flavor.name}`,
    "font-faces": project.fontFaces,
    sources: { ...basemapSources(basemap), ...project.sources },
    layers: [...basemapLayers(basemap), ...project.layers],
  };
}
