/**
 * Whether the page is the iframe embed (index.html?embed=1), and what of it the page must read at once: the
 * secret WordPress gave it. What the iframe page then does (report its height) is iframe-height.ts, which only
 * the iframe loads.
 */

/** Whether the page runs as the iframe embed. */
export function isIframeEmbed(win: Window): boolean {
  return new URLSearchParams(win.location.search).get("embed") === "1";
}

/**
 * The secret WordPress gives an embed it sandboxes: its oEmbed filter appends "#?secret=<10 letters or digits>"
 * to the iframe's src and puts the same value in the iframe's data-secret, and its host script (wp-embed.js)
 * accepts a height only with that secret, from that iframe's window. Read the way WordPress's own embed page
 * reads it (wp-embed-template.js: the ten word characters, [\d\w]{10}, after "secret="), or null without one. The page must
 * read it before anything rewrites the hash: MapLibre keeps the camera there (#zoom/lat/lng).
 */
export function wordpressSecret(hash: string): string | null {
  return /secret=(\w{10})/.exec(hash)?.[1] ?? null;
}
