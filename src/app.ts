/**
 * Composition root of one map instance: load and validate the data, derive the views' data, build the style,
 * and mount the map beside the accessible list. It renders into whatever root it is given (a shadow root for
 * the element), and returns a handle whose destroy() undoes everything it did.
 */
import type { LngLatBoundsLike } from "maplibre-gl";
import { assetBase, assetUrl } from "./assets.ts";
import type { AppOptions } from "./config.ts";
import { buildMapData, indexDataset } from "./data/derive.ts";
import { loadDataset } from "./data/load.ts";
import { createI18n } from "./i18n/index.ts";
import { createMapView, type MapView } from "./map/create-map.ts";
import { buildStyle } from "./map/style.ts";
import { createEncoding, DARK, type Flavor, LIGHT } from "./theme.ts";

export interface AppHandle {
  /** The map view once created; null before, or when the map could not start. */
  mapView: MapView | null;
  ready: Promise<void>;
  destroy(): void;
}

/** Europe, from Cornwall to the North Cape: where the story's sites are. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [
  [-11, 49],
  [26, 70],
];

export function resolveFlavor(theme: AppOptions["theme"], prefersDark: boolean): Flavor {
  if (theme === "dark") return DARK;
  if (theme === "light") return LIGHT;
  return prefersDark ? DARK : LIGHT;
}

export interface MountOptions {
  options: AppOptions;
  /** Where the map canvas goes. */
  mapContainer: HTMLElement;
  /** Where the fallback list goes. */
  listContainer: HTMLElement;
  prefersDark: boolean;
}

export function mountApp({ options, mapContainer, listContainer, prefersDark }: MountOptions): AppHandle {
  const i18n = createI18n(options.lang);
  const flavor = resolveFlavor(options.theme, prefersDark);
  const base = assetBase();
  let destroyed = false;
  const handle: AppHandle = {
    mapView: null,
    ready: Promise.resolve(),
    destroy() {
      destroyed = true;
      handle.mapView?.destroy();
      handle.mapView = null;
    },
  };
  handle.ready = (async () => {
    const dataset = await loadDataset(base);
    if (destroyed) return;
    const index = indexDataset(dataset);
    const data = buildMapData(dataset, index, i18n);
    renderSimpleList(listContainer, data, i18n.t("kind.site"), i18n.t("kind.hq"));
    const powers = data.sites.features.filter((f) => f.properties.hasPower).map((f) => f.properties.powerMw);
    const encoding = createEncoding(
      dataset.headquarters.map((hq) => hq.properties.id),
      powers,
      flavor,
    );
    const style = buildStyle({
      flavor,
      encoding,
      lang: options.lang,
      data,
      basemapUrl: (file) => assetUrl(file, base),
    });
    handle.mapView = createMapView({
      container: mapContainer,
      style,
      basemapUrl: (file) => assetUrl(file, base),
      bounds: INITIAL_BOUNDS,
      locale: {},
      cooperativeGestures: false,
      attribution: i18n.t("attribution.data"),
    });
    await handle.mapView.ready;
  })();
  return handle;
}

/** A plain list of everything on the map; the full linked list replaces it. */
function renderSimpleList(
  container: HTMLElement,
  data: ReturnType<typeof buildMapData>,
  siteLabel: string,
  hqLabel: string,
) {
  const doc = container.ownerDocument;
  const list = doc.createElement("ul");
  for (const feature of data.sites.features) {
    const item = doc.createElement("li");
    item.textContent = `${siteLabel}: ${feature.properties.label}`;
    list.append(item);
  }
  for (const feature of data.headquarters.features) {
    const item = doc.createElement("li");
    item.textContent = `${hqLabel}: ${feature.properties.name}`;
    list.append(item);
  }
  container.replaceChildren(list);
}
