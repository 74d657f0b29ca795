/**
 * A MapView without MapLibre, for the views that talk to the map only through the adapter: it records feature
 * state and camera moves, and lets a test click and hover as a reader would.
 */
import type { FeatureState, MapView } from "../../src/map/create-map.ts";

export interface FakeMapView extends MapView {
  /** Feature state by "source/id". */
  states: Map<string, FeatureState>;
  moves: { center: [number, number]; zoom: number; offsetY: number; duration: number }[];
  /** The flights asked for, with their durations. */
  flights: { camera: Parameters<MapView["flyTo"]>[0]; duration: number }[];
  /** What idsAt answers for the next click. */
  hits: string[];
  click(lngLat?: [number, number]): void;
  hover(id: string | null): void;
  /** How many click and hover listeners are attached. */
  listeners(): number;
}

export function createFakeMapView(): FakeMapView {
  const states = new Map<string, FeatureState>();
  const clicks = new Set<(point: { x: number; y: number }, lngLat: [number, number]) => void>();
  const hovers = new Set<(id: string | null) => void>();
  const fake: FakeMapView = {
    states,
    moves: [],
    flights: [],
    hits: [],
    get mapForIntegrators(): never {
      throw new Error("the fake map has no maplibregl.Map");
    },
    ready: Promise.resolve(),
    getView: () => ({ center: [0, 50], zoom: 3, bounds: [-20, 40, 30, 70], width: 800, height: 600 }),
    project: () => ({ x: 400, y: 300 }),
    onViewChange: () => () => {},
    setStyle: () => {},
    moveTo: () => {},
    flyTo(camera, duration) {
      fake.flights.push({ camera, duration });
    },
    setLayerGroupVisible: () => {},
    addControl: () => {},
    setLabel: () => {},
    onceIdle: (callback) => callback(),
    setFeatureState(source, id, state) {
      states.set(`${source}/${id}`, { ...states.get(`${source}/${id}`), ...state });
      return true;
    },
    removeFeatureState(source, id, key) {
      const current = states.get(`${source}/${id}`);
      if (key && current) {
        const { [key]: _removed, ...rest } = current;
        states.set(`${source}/${id}`, rest);
      } else states.delete(`${source}/${id}`);
    },
    idsAt: () => [...fake.hits],
    onClick(callback) {
      clicks.add(callback);
      return () => clicks.delete(callback);
    },
    onHover(_layers, callback) {
      hovers.add(callback);
      return () => hovers.delete(callback);
    },
    easeTo(camera) {
      fake.moves.push(camera);
    },
    zoom: () => 3,
    snapshot: () => Promise.reject(new Error("the fake map draws nothing")),
    destroy: () => {},
    click(lngLat = [0, 50]) {
      for (const callback of [...clicks]) callback({ x: 1, y: 1 }, lngLat);
    },
    hover(id) {
      for (const callback of [...hovers]) callback(id);
    },
    listeners: () => clicks.size + hovers.size,
  };
  return fake;
}
