/**
 * The host script of the iframe embed (≤ 2 KB gzip): it sets each map iframe's height from the messages the map
 * posts. It accepts a message only from the iframe's own window and origin and only in the documented shape.
 *
 * Usage: <iframe class="ai-infra-map" src="…/index.html?embed=1" …></iframe>
 *        <script type="module" src="…/embed-host.js"></script>
 *
 * The message format is in embed-protocol.ts. This module listens as soon as it is loaded, so only the host
 * page loads it; the map's own page never does.
 */
import { isHeightMessage } from "./embed-protocol.ts";

/** Listens for height messages from the embed iframes in a document; returns the function that stops it. */
export function connectFrames(doc: Document, selector = "iframe.ai-infra-map"): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!isHeightMessage(event.data)) return;
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>(selector)) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, doc.baseURI).origin !== event.origin) return;
      frame.style.height = `${Math.ceil(event.data.height)}px`;
      return;
    }
  };
  const win = doc.defaultView;
  win?.addEventListener("message", onMessage);
  return () => win?.removeEventListener("message", onMessage);
}

if (typeof document !== "undefined") connectFrames(document);
