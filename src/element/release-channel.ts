/**
 * Whether this copy of the map is pinned to its release (a snippet into dist/v/<version>/, which never changes)
 * or live (through dist/live/, which always loads the latest release), and where a pinned copy finds the
 * release log. Both load the same files from v/<version>/; what tells them apart is how the page came to them:
 * the live page lies under live/, and a live element embed's script is live/embed.js.
 */

/** The release log and the live page for a pinned copy; null for a live copy or a build outside v/<version>/. */
export function pinnedChannel(doc: Document, base: URL): { releasesUrl: string; liveUrl: string } | null {
  if (!/\/v\/\d+\.\d+\.\d+\/$/.test(base.pathname)) return null;
  if (/\/live\/[^/]*$/.test(doc.location?.pathname ?? "")) return null;
  if (doc.querySelector('script[src*="live/embed.js"]')) return null;
  return {
    releasesUrl: new URL("../../releases.json", base).href,
    liveUrl: new URL("../../live/index.html", base).href,
  };
}
