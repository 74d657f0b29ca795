/**
 * The basemap's detail tiers, loaded as the camera reaches them, and the style replaced without losing them:
 * a tier already fetched keeps its URL through setStyle, and a layer group the reader switched off stays off.
 */

import type { GeoJSONSource, Map as MaplibreMap, StyleSpecification } from "maplibre-gl";
import { BASEMAP_MANIFEST, tiersToLoad } from "../basemap-tiers.ts";
import type { CameraView, LayerGroup } from "./map-view.ts";
import type { Subscriptions } from "./subscriptions.ts";

export interface BasemapLoading {
  setStyle(style: StyleSpecification): void;
  setLayerGroupVisible(group: LayerGroup, visible: boolean): void;
}

export function loadBasemapTiers(
  map: MaplibreMap,
  subscriptions: Subscriptions,
  basemapUrl: ((file: string) => string) | undefined,
  getView: () => CameraView,
): BasemapLoading {
  const loaded = new Set<string>();
  const hiddenGroups = new Set<LayerGroup>();
  const loadVisibleTiers = () => {
    if (!basemapUrl) return;
    for (const tier of tiersToLoad(getView(), BASEMAP_MANIFEST.tiers, loaded)) {
      const source = map.getSource(tier.id) as GeoJSONSource | undefined;
      if (!source) continue;
      loaded.add(tier.id);
      source.setData(basemapUrl(tier.file));
    }
  };
  subscriptions.on("load", loadVisibleTiers);
  subscriptions.on("moveend", loadVisibleTiers);

  return {
    setStyle(style) {
      const sources = keepLoadedTiers(style.sources, loaded, basemapUrl);
      const layers = style.layers.map((layer) => keepHidden(layer, hiddenGroups));
      map.setStyle({ ...style, sources, layers }, { diff: true });
    },
    setLayerGroupVisible(group, visible) {
      if (visible) hiddenGroups.delete(group);
      else hiddenGroups.add(group);
      for (const layer of map.getStyle().layers ?? []) {
        if ("source" in layer && layer.source === group)
          map.setLayoutProperty(layer.id, "visibility", visible ? "visible" : "none");
      }
    },
  };
}

/** Detail tiers already fetched keep their URL, so the style's diff does not empty them again. */
function keepLoadedTiers(
  styleSources: StyleSpecification["sources"],
  loaded: ReadonlySet<string>,
  basemapUrl: ((file: string) => string) | undefined,
): StyleSpecification["sources"] {
  const sources = { ...styleSources };
  if (!basemapUrl) return sources;
  for (const tier of BASEMAP_MANIFEST.tiers) {
    const source = sources[tier.id];
    if (loaded.has(tier.id) && source?.type === "geojson") {
      sources[tier.id] = { ...source, data: basemapUrl(tier.file) };
    }
  }
  return sources;
}

type StyleLayer = StyleSpecification["layers"][number];

/** A layer of a group the reader switched off stays off in the new style. */
function keepHidden(layer: StyleLayer, hiddenGroups: ReadonlySet<LayerGroup>): StyleLayer {
  return "source" in layer && hiddenGroups.has(layer.source as LayerGroup)
    ? ({ ...layer, layout: { ...layer.layout, visibility: "none" } } as typeof layer)
    : layer;
}
