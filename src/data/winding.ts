/**
 * Ring order for d3-geo. The basemap follows RFC 7946 (outer rings counter-clockwise); d3-geo works on the
 * sphere and can read such a ring as enclosing everything except the land, so a land fill would cover the
 * oceans. Each polygon is given the ring order under which it encloses the smaller area, as land does;
 * d3's own geoArea decides, so the rule also holds for Antarctica's ring round the pole. Only the build uses it
 * (the static picture, the inset's land), so d3-geo stays out of the browser's bundle.
 */
import { geoArea } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from "geojson";

const HEMISPHERE = 2 * Math.PI;

function forD3Polygon(rings: Position[][]): Position[][] {
  const reversed = rings.map((ring) => [...ring].reverse());
  const polygon: Polygon = { type: "Polygon", coordinates: reversed };
  return geoArea(polygon) > HEMISPHERE ? rings : reversed;
}

function forD3Geometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: forD3Polygon(geometry.coordinates) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map(forD3Polygon) };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map(forD3Geometry) };
    default:
      return geometry;
  }
}

/** A copy of a collection with each polygon's rings in the order d3-geo needs; lines and points unchanged. */
export function forD3(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map(
      (feature): Feature =>
        feature.geometry ? { ...feature, geometry: forD3Geometry(feature.geometry) } : feature,
    ),
  };
}
