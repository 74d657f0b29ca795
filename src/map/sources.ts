/**
 * The project's own GeoJSON sources. `promoteId` makes each feature's `id` property its feature id, which is
 * what feature-state (hover, selection, dimming) is keyed by.
 */
import type { GeoJSONSourceSpecification } from "maplibre-gl";
import type { MapData } from "../model/map-data.ts";

export const DATA_SOURCE_IDS = ["sites", "headquarters", "relations"] as const;
export type DataSourceId = (typeof DATA_SOURCE_IDS)[number];

export function dataSources(data: MapData): Record<DataSourceId, GeoJSONSourceSpecification> {
  return {
    relations: { type: "geojson", data: data.relations, promoteId: "id" },
    sites: { type: "geojson", data: data.sites, promoteId: "id" },
    // Companies are drawn at their headquarters: the source and its layers keep that name.
    headquarters: { type: "geojson", data: data.companies, promoteId: "id" },
  };
}
