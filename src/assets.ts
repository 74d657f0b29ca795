/**
 * Where the app's static files (data/, basemap/) live. They are resolved against the script rather than the
 * page, so the same build works as a standalone page, in an iframe, or as an element embedded in an article
 * on another origin.
 */
export function assetBase(): URL {
  // In development the modules are served from src/, so the files sit at the server's base instead.
  if (import.meta.env.DEV) return new URL(import.meta.env.BASE_URL, location.href);
  // Built chunks live in assets/, one level below the files.
  return new URL("../", import.meta.url);
}

export function assetUrl(path: string, base: URL = assetBase()): string {
  return new URL(path, base).href;
}
