/// <reference types="vite/client" />

/** The version in package.json, fixed at build time; the build lives in dist/v/<version>/. */
declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  /** Extra online basemap styles a URL parameter may select, comma-separated, fixed at build time. */
  readonly VITE_BASEMAP_ALLOWLIST?: string;
}
