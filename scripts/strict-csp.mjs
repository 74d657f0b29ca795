/**
 * The Content-Security-Policy a careful newsroom would send with the demo article and the map: nothing inline,
 * no eval, only the build's own origin. Each source is there because the map was measured to need it (see the
 * README): img-src data: for MapLibre's control icons in its CSS and the page's empty favicon, worker-src 'self'
 * for MapLibre's worker, font-src for the label font, connect-src for the data and basemap files.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
