/**
 * The options of one map instance, their defaults, and how attributes and URL parameters become options.
 * Unknown values never crash the map: they fall back to the default with a console warning.
 */
import { isLang, type Lang } from "./i18n/index.ts";

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
}

export const DEFAULTS: Readonly<AppOptions> = Object.freeze({
  lang: "de",
  theme: "auto",
  site: null,
  gestures: "auto",
});

const THEMES: readonly ThemeOption[] = ["auto", "light", "dark"];
const GESTURES: readonly GesturesOption[] = ["auto", "cooperative", "greedy", "none"];

export type Warn = (message: string) => void;

/** Reads options from string values (attributes or URL parameters); missing keys keep their defaults. */
export function parseOptions(values: Record<string, string | null | undefined>, warn: Warn): AppOptions {
  const options: AppOptions = { ...DEFAULTS };
  const pick = <T extends string>(
    key: keyof AppOptions,
    allowed: readonly T[],
    assign: (value: T) => void,
  ) => {
    const value = values[key];
    if (value === null || value === undefined || value === "") return;
    if ((allowed as readonly string[]).includes(value)) assign(value as T);
    else warn(`ai-infra-map: unknown ${key} "${value}", using "${String(DEFAULTS[key])}"`);
  };
  const lang = values.lang;
  if (lang) {
    if (isLang(lang)) options.lang = lang;
    else warn(`ai-infra-map: unknown lang "${lang}", using "${DEFAULTS.lang}"`);
  }
  pick("theme", THEMES, (v) => {
    options.theme = v;
  });
  pick("gestures", GESTURES, (v) => {
    options.gestures = v;
  });
  // The site id is checked against the data once it has loaded (see app.ts).
  if (values.site) options.site = values.site;
  return options;
}
