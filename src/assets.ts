/**
 * Where the app's static files (data/, basemap/) live. They are resolved against this module's own URL, not
 * the page's, so the same build works as a standalone page, in an iframe, or as an element embedded in an
 * article on another origin. The module sits one level below the files both in development (src/assets.ts)
 * and in a build (assets/<chunk>.js), so "../" is right in both.
 */
export function assetBase(): URL {
  return new URL("../", import.meta.url);
}

export function assetUrl(path: string, base: URL = assetBase()): string {
  return new URL(path, base).href;
}
