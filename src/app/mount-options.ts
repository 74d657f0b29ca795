/** What the element hands the app when it mounts one instance: its options and the boxes the views go in. */
import type { AppOptions } from "../contract/options.ts";
import type { FetchedGeoFiles } from "../data/files.ts";
import type { MapFault } from "../map/map-faults.ts";

export interface MountOptions {
  options: AppOptions;
  /** Where the map canvas goes. */
  mapContainer: HTMLElement;
  /** The map area: the map's box with the picture over it; the details open in it or just after it. */
  mapArea: HTMLElement;
  /** The static picture in the element's light DOM, which is the map until the live map has drawn. */
  picture: HTMLElement | null;
  /**
   * The live map's module, requested by the element as soon as it starts (in parallel with this one), or
   * null where the browser has no WebGL: then MapLibre is never requested and the picture stays the map.
   */
  liveMapModule: Promise<typeof import("./live-map.ts")> | null;
  /** Where the legend, list and chart go; they work without the map. */
  panelContainer: HTMLElement;
  /** Where the credits line goes (sources, attribution, edition, corrections). */
  creditsContainer: HTMLElement;
  /** Where the image and data download buttons go; null when the editor switched them off. */
  downloadsContainer: HTMLElement | null;
  /** What fullscreen shows: the whole instance. */
  fullscreenContainer: HTMLElement;
  /** Whether the map should use cooperative gestures (decided by the element, which knows the page). */
  cooperativeGestures: boolean;
  /** False for gestures="none": the map ignores drags and wheels; its buttons and the list still work. */
  interactive: boolean;
  /** Whether this instance owns the page's URL (standalone page or the iframe embed). */
  urlState: boolean;
  /** The geo/ files, if the element has started fetching them already; else the app fetches them. */
  dataFiles?: Promise<FetchedGeoFiles>;
  /** Called when something fails while the map runs (see MapFault); `ready` reports failures before that. */
  onFault?: (fault: MapFault) => void;
  /** Where the time control goes. */
  timeContainer: HTMLElement;
  /** Whether the map tells a story (the `story` attribute): its details open beside the feature, not under. */
  story?: boolean;
  /** Where the map says the date it shows ("Stand: 15. Oktober 2025"), in a story; null elsewhere. */
  dateLabel?: HTMLElement | null;
  /** Where the map says what happened since an earlier date than the latest; null in a story (the steps own it). */
  dateNotice?: HTMLElement | null;
  /**
   * A pinned copy's: the release log to read once the map is ready (dist/releases.json) and the line that says
   * what a newer release corrected. Null for a live copy, which has every correction already.
   */
  pinned?: { releasesUrl: string; liveUrl: string; notice: HTMLElement } | null;
}
