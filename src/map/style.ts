/**
 * The complete style of the embedded map: basemap sources and layers, then the project's sources and layers,
 * and the bundled font. A pure function of the view model, so it can be tested and exported as JSON; the live
 * map and the bench's reference page both draw it.
 */
import type { StyleSpecification } from "maplibre-gl";
import type { View } from "../model/view.ts";
import { basemapLayers, basemapSources } from "./basemap-style.ts";
import { fontFaces } from "./fonts.ts";
import { dataLayers } from "./layers.ts";
import type { ProjectLayers } from "./online-style.ts";
import { dataSources } from "./sources.ts";

/** The project's own part of any style: its sources, layers and font, without a basemap. */
export function projectLayers(view: View): ProjectLayers {
  return {
    sources: { ...dataSources(view.map) },
    layers: dataLayers({ flavor: view.flavor, encoding: view.encoding }),
    fontFaces: fontFaces(),
  };
}

/** The default style: the embedded basemap with the project's layers on top. */
export function buildStyle(view: View, basemapUrl: (file: string) => string): StyleSpecification {
  const basemap = { flavor: view.flavor, lang: view.lang, url: basemapUrl };
  const project = projectLayers(view);
  return {
    version: 8,
    name: `ai-infra-map ${view.flavor.name}`,
    "font-faces": project.fontFaces,
    sources: { ...basemapSources(basemap), ...project.sources },
    layers: [...basemapLayers(basemap), ...project.layers],
  };
}
