/**
 * How long a browser or CDN may keep each file of dist/. A release's directory (v/<version>/) never changes:
 * a year, immutable. The live channel (live/) and the release log (releases.json) change with every release:
 * kept, but revalidated on every use (ETag), so a reader gets a release as soon as it is uploaded.
 */
import sirv from "sirv";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const MUTABLE = "no-cache";

/** The Cache-Control header of a path of dist/ ("/v/0.2.0/embed.js", "/live/index.html"). */
export function cacheControl(pathname) {
  return pathname.startsWith("/v/") ? IMMUTABLE : MUTABLE;
}

/**
 * A request handler serving `dir` with those headers and ETags; what is not there gets a 404. sirv lists the
 * directory's files when it is created, so it is created on the first request: the handler can exist before
 * the build that fills the directory.
 */
export function cachedDirectory(dir, headers = {}) {
  let serve;
  return (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    serve ??= sirv(dir, {
      dev: false,
      etag: true,
      setHeaders: (res, pathname) => res.setHeader("Cache-Control", cacheControl(pathname)),
    });
    serve(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  };
}
