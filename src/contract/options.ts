/**
 * The options of one map instance, their defaults, and how attributes and URL parameters become options.
 * Unknown values never crash the map: they fall back to the default with a console warning.
 */
import { parseDateValue } from "../data/dates.ts";
import { isLang, type Lang } from "../i18n/index.ts";
// Only the list: the file's $comment, for its editors, stays out of the readers' download.
import { styles } from "./basemap-allowlist.json";

/**
 * The `story` attribute (and the iframe's `story` URL parameter) of a map whose steps come from the page that
 * embeds its iframe (embed-host.js), in the messages of src/contract/messages.ts.
 */
export const STORY_FROM_HOST = "host";

export type ThemeOption = "auto" | "light" | "dark";
export type GesturesOption = "auto" | "cooperative" | "greedy" | "none";

export interface AppOptions {
  /** Interface language. @defaultValue "de" */
  lang: Lang;
  /** Colour theme; "auto" follows the reader's prefers-color-scheme. @defaultValue "auto" */
  theme: ThemeOption;
  /** Site or company id whose details open at start. @defaultValue null */
  site: string | null;
  /** Gesture handling. @defaultValue "auto" */
  gestures: GesturesOption;
  /** URL of an online MapLibre style to use instead of the embedded basemap. @defaultValue null (embedded) */
  basemap: string | null;
  /** Height of the map in px; null picks a newsroom default by width (400 / 575 / 650). @defaultValue null */
  height: number | null;
  /** A title shown above the map, as text. @defaultValue null (none) */
  headline: string | null;
  /** A sentence or two under the title, as text. @defaultValue null (none) */
  standfirst: string | null;
  /**
   * The date the map shows the story as of, in the data's date forms ("2025-09-17", "2026-04", "2027-Q1").
   * @defaultValue null (the edition's date)
   */
  asOf: string | null;
  /**
   * Whether the map offers "Bild herunterladen" and "Daten herunterladen" under its credits; the attribute or
   * URL parameter `downloads="off"` switches both off. @defaultValue true
   */
  downloads: boolean;
}

export const DEFAULTS: Readonly<AppOptions> = Object.freeze({
  lang: "de",
  theme: "auto",
  site: null,
  gestures: "auto",
  basemap: null,
  height: null,
  headline: null,
  standfirst: null,
  asOf: null,
  downloads: true,
});

/** The longest title and standfirst accepted, in characters: beyond that it is not a title but a text. */
export const TEXT_LIMITS = { headline: 160, standfirst: 400 } as const;

/** The range a `height` may take, in px: below it the map is unusable, above it no screen shows it whole. */
export const HEIGHT_RANGE = { min: 200, max: 1200 } as const;

const THEMES: readonly ThemeOption[] = ["auto", "light", "dark"];
const GESTURES: readonly GesturesOption[] = ["auto", "cooperative", "greedy", "none"];

/**
 * Online styles a URL parameter may switch to, fixed when the app is built: src/contract/basemap-allowlist.json,
 * plus a comma-separated VITE_BASEMAP_ALLOWLIST. Without the list, anyone could craft a link that makes
 * readers' browsers call a third party.
 */
export const BASEMAP_ALLOWLIST: readonly string[] = [
  ...styles,
  // No env where the build's own scripts read this module (they write the snippets, which name STORY_FROM_HOST).
  ...String(import.meta.env?.VITE_BASEMAP_ALLOWLIST ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean),
];

export type Warn = (message: string) => void;

/**
 * Where a set of values comes from: an attribute is the embedding editor's choice, a URL is anyone's. The URL
 * of the page inside an iframe embed ("frame-url") was written by the editor into the iframe's src, so it may
 * also set the title and standfirst; a top-level page's URL may not, or a crafted link could put any words
 * above the map.
 */
export type OptionOrigin = "attribute" | "url" | "frame-url";

/** Reads options from string values; missing or empty keys keep the value in `base`. */
export function parseOptions(
  values: Record<string, string | null | undefined>,
  warn: Warn,
  origin: OptionOrigin = "attribute",
  base: AppOptions = DEFAULTS,
): AppOptions {
  const options: AppOptions = { ...base };
  const present = (key: string) => {
    const value = values[key];
    return value === null || value === undefined || value === "" ? null : value;
  };
  const pick = <T extends string>(
    key: "theme" | "gestures",
    allowed: readonly T[],
    assign: (value: T) => void,
  ) => {
    const value = present(key);
    if (value === null) return;
    if ((allowed as readonly string[]).includes(value)) assign(value as T);
    else warn(`ai-infra-map: unknown ${key} "${value}", using "${String(base[key])}"`);
  };
  const lang = present("lang");
  if (lang !== null) {
    if (isLang(lang)) options.lang = lang;
    else warn(`ai-infra-map: unknown lang "${lang}", using "${base.lang}"`);
  }
  pick("theme", THEMES, (v) => {
    options.theme = v;
  });
  pick("gestures", GESTURES, (v) => {
    options.gestures = v;
  });
  const height = present("height");
  if (height !== null) {
    const px = Number(height.replace(/px$/, ""));
    if (Number.isFinite(px) && px >= HEIGHT_RANGE.min && px <= HEIGHT_RANGE.max)
      options.height = Math.round(px);
    else
      warn(
        `ai-infra-map: height "${height}" is not a number of px from ${HEIGHT_RANGE.min} to ${HEIGHT_RANGE.max}; using the default`,
      );
  }
  // The site id is checked against the data once it has loaded (see src/app/app.ts).
  const site = present("site");
  if (site !== null) options.site = site;
  for (const key of ["headline", "standfirst"] as const) {
    const text = present(key)?.trim() ?? null;
    if (text === null || text === "") continue;
    if (origin === "url")
      warn(`ai-infra-map: ${key} is only read from an attribute or an iframe embed's URL`);
    else if (text.length > TEXT_LIMITS[key])
      warn(`ai-infra-map: ${key} is longer than ${TEXT_LIMITS[key]} characters; showing none`);
    else options[key] = text;
  }
  const asOf = present("as-of");
  if (asOf !== null) {
    if (parseDateValue(asOf)) options.asOf = asOf;
    else
      warn(
        `ai-infra-map: as-of "${asOf}" is not a date (use 2025-09-17, 2026-04 or 2027-Q1); showing the latest`,
      );
  }
  const downloads = present("downloads");
  if (downloads === "on" || downloads === "off") options.downloads = downloads === "on";
  else if (downloads !== null)
    warn(
      `ai-infra-map: downloads "${downloads}" is neither "on" nor "off"; using "${base.downloads ? "on" : "off"}"`,
    );
  const basemap = present("basemap");
  if (basemap !== null) {
    if (origin !== "attribute" && !BASEMAP_ALLOWLIST.includes(basemap)) {
      warn(`ai-infra-map: basemap "${basemap}" is not on the allow-list; using the embedded basemap`);
    } else if (!/^https?:\/\//.test(basemap) && !basemap.startsWith("./") && !basemap.startsWith("/")) {
      warn(`ai-infra-map: basemap "${basemap}" is not an http(s) URL; using the embedded basemap`);
    } else {
      options.basemap = basemap;
    }
  }
  return options;
}
