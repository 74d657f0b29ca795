/**
 * Every listener the adapter adds to the Map, so destroy() can take each one off again. MapLibre keeps a removed
 * map reachable for a while (its shared worker dispatcher holds an error whose stack names the map), and a
 * listener left on it would keep this whole instance, its element and its data alive with it.
 */

import type { Map as MaplibreMap } from "maplibre-gl";

type Listener = (event: never) => void;

export interface Subscriptions {
  /** Listens until destroy. */
  on(type: string, listener: Listener): void;
  /** Listens once, or until destroy if the event never comes. */
  once(type: string, listener: Listener): void;
  /** Keeps a function that undoes something else at destroy. */
  add(unsubscribe: () => void): void;
  /** Takes every listener off, newest last as they were added. */
  clear(): void;
}

export function createSubscriptions(map: MaplibreMap): Subscriptions {
  const unsubscribes: (() => void)[] = [];
  const off = (type: string, listener: Listener) => () => map.off(type as "load", listener as () => void);
  return {
    on(type, listener) {
      map.on(type as "load", listener as () => void);
      unsubscribes.push(off(type, listener));
    },
    once(type, listener) {
      map.once(type as "load", listener as () => void);
      unsubscribes.push(off(type, listener));
    },
    add(unsubscribe) {
      unsubscribes.push(unsubscribe);
    },
    clear() {
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    },
  };
}
