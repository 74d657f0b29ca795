/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Extra online basemap styles a URL parameter may select, comma-separated, fixed at build time. */
  readonly VITE_BASEMAP_ALLOWLIST?: string;
}
