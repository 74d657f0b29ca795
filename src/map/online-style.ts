/**
 * The online basemap option: any MapLibre style URL, with the project's sources and layers added on top in
 * the same order and look, and the bundled font declared for the project's labels. Never the default.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";

export interface ProjectLayers {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  fontFaces: NonNullable<StyleSpecification["font-faces"]>;
}

/** Merges the project's layers onto a remote style; ids of the project win over clashing remote ids. */
export function mergeOnlineStyle(remote: StyleSpecification, ours: ProjectLayers): StyleSpecification {
  const ourLayerIds = new Set(ours.layers.map((layer) => layer.id));
  return {
    ...remote,
    sources: { ...remote.sources, ...ours.sources },
    layers: [...remote.layers.filter((layer) => !ourLayerIds.has(layer.id)), ...ours.layers],
    "font-faces": { ...(remote["font-faces"] ?? {}), ...ours.fontFaces },
  };
}

/** Fetches a remote style without credentials; rejects with a message naming the URL. */
export async function fetchStyle(url: string, fetchImpl: typeof fetch = fetch): Promise<StyleSpecification> {
  const response = await fetchImpl(url, { credentials: "omit" });
  if (!response.ok) throw new Error(`basemap style ${url}: HTTP ${response.status}`);
  const style = (await response.json()) as StyleSpecification;
  if (style?.version !== 8 || !Array.isArray(style.layers))
    throw new Error(`basemap style ${url}: not a MapLibre style`);
  return resolveStyleUrls(style, url);
}

/**
 * Makes a style's relative URLs (source data, TileJSON, tiles, sprite, glyphs) absolute against the style's
 * own address. MapLibre would resolve them against the embedding page, which is a different origin.
 */
export function resolveStyleUrls(style: StyleSpecification, styleUrl: string): StyleSpecification {
  // Braces of URL templates ({z}, {fontstack}) must survive resolution unescaped.
  const absolute = (value: string) =>
    /^[a-z][a-z0-9+.-]*:/i.test(value)
      ? value
      : new URL(value, styleUrl).href.replace(/%7B/g, "{").replace(/%7D/g, "}");
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => {
      const copy: Record<string, unknown> = { ...source };
      if (typeof copy.url === "string") copy.url = absolute(copy.url);
      if (typeof copy.data === "string") copy.data = absolute(copy.data);
      if (Array.isArray(copy.tiles))
        copy.tiles = copy.tiles.map((tile) => (typeof tile === "string" ? absolute(tile) : tile));
      return [id, copy as unknown as SourceSpecification];
    }),
  );
  const resolved: StyleSpecification = { ...style, sources };
  if (typeof style.sprite === "string") resolved.sprite = absolute(style.sprite);
  if (style.glyphs) resolved.glyphs = absolute(style.glyphs);
  return resolved;
}
