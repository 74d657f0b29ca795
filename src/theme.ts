/**
 * The two themes' colours and the fixed parts of the visual language (line styles per role family, symbol
 * sizes, zoom stops). The scales that turn data into colours and sizes are built from these in one place,
 * src/model/encoding.ts, so no view can disagree with another about what a colour or a size means.
 */
import type { RoleFamily } from "./data/vocabulary.ts";

/** Every colour of one theme. */
export interface Flavor {
  name: "light" | "dark";
  water: string;
  land: string;
  landOutline: string;
  border: string;
  placeLabel: string;
  placeLabelHalo: string;
  countryLabel: string;
  site: string;
  siteStroke: string;
  precisionHalo: string;
  endedRelation: string;
  text: string;
  textMuted: string;
  panel: string;
  panelBorder: string;
  focus: string;
  /** One colour per company, in the order of geo/headquarters.geojson; colour-blind safe (Okabe–Ito). */
  companies: readonly string[];
}

export const LIGHT: Flavor = {
  name: "light",
  water: "#d9e6ee",
  land: "#f7f5f0",
  landOutline: "#c9c4b8",
  border: "#a9a294",
  placeLabel: "#3d3a35",
  placeLabelHalo: "#f7f5f0",
  countryLabel: "#8a8275",
  site: "#b2182b",
  siteStroke: "#ffffff",
  precisionHalo: "#b2182b",
  endedRelation: "#8c8c8c",
  text: "#1f1d1a",
  textMuted: "#5c574f",
  panel: "#ffffff",
  panelBorder: "#d6d1c7",
  focus: "#0b57d0",
  companies: ["#d55e00", "#0072b2", "#009e73", "#cc79a7", "#7a5c00"],
};

export const DARK: Flavor = {
  name: "dark",
  water: "#101a22",
  land: "#242a30",
  landOutline: "#3b434b",
  border: "#5a636c",
  placeLabel: "#e4e1da",
  placeLabelHalo: "#101a22",
  countryLabel: "#9aa3ab",
  site: "#ff6b6b",
  siteStroke: "#101a22",
  precisionHalo: "#ff6b6b",
  endedRelation: "#8f969c",
  text: "#f0ede6",
  textMuted: "#b9b4aa",
  panel: "#1a1f24",
  panelBorder: "#3b434b",
  focus: "#8ab4f8",
  companies: ["#ff8c3a", "#56b4e9", "#2fc79b", "#e19ccb", "#e6c14a"],
};

export const FLAVORS = { light: LIGHT, dark: DARK } as const;
export type ThemeName = keyof typeof FLAVORS;

/** The theme a map shows: the one asked for, or with "auto" the reader's system setting. */
export function resolveTheme(option: ThemeName | "auto", prefersDark: boolean): ThemeName {
  if (option === "auto") return prefersDark ? "dark" : "light";
  return option;
}

/** Line width (px) and dash pattern (in line widths) of each role family. */
export const ROLE_LINE: Readonly<Record<RoleFamily, { width: number; dash: readonly number[] | null }>> = {
  build: { width: 3, dash: null },
  buy: { width: 1.75, dash: null },
  supply: { width: 1.75, dash: [3, 2] },
  finance: { width: 1.5, dash: [0.5, 2] },
};
/** Ended relations: thin, grey and dashed, whatever their role. */
export const ENDED_LINE = { width: 1.5, dash: [2, 2] } as const;

/** Zoom at which the radius scale applies unchanged; symbols shrink a little below it so the world view breathes. */
export const SIZE_REFERENCE_ZOOM = 5;

/** Largest symbol radius in px at the reference zoom; the site with most power gets it. */
export const MAX_SITE_RADIUS = 22;
/** Radius of the hollow symbol of a site without a power figure. */
export const HOLLOW_SITE_RADIUS = 7;

type SizeStop = readonly [zoom: number, factor: number];

/** Zoom stops of the site sizes, with the factor each applies: symbols are smaller at world zoom. */
export const SIZE_STOPS: readonly [SizeStop, ...SizeStop[]] = [
  [1, 0.55],
  [SIZE_REFERENCE_ZOOM, 1],
  [12, 1.25],
];

/**
 * The factor SIZE_STOPS give at a zoom, for views that draw the same symbols without MapLibre: linear between
 * two stops, the first's below them and the last's above, as MapLibre's "interpolate" expression.
 */
export function sizeFactorAt(zoom: number): number {
  let [z0, f0] = SIZE_STOPS[0];
  if (zoom <= z0) return f0;
  for (const [z1, f1] of SIZE_STOPS) {
    if (zoom <= z1) return f0 + ((f1 - f0) * (zoom - z0)) / (z1 - z0);
    [z0, f0] = [z1, f1];
  }
  return f0;
}
