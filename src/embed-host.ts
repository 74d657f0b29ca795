/**
 * The host script of the iframe embed (≤ 2 KB gzip): it sets each map iframe's height from the messages the map
 * posts. It accepts a message only from the iframe's own window and origin and only in the documented shape:
 *
 *   { type: "ai-infra-map:height", version: 1, height: <px, 50 to 5000> }
 *
 * Usage: <iframe class="ai-infra-map" src="…/index.html?embed=1" …></iframe>
 *        <script src="…/embed-host.js" defer></script>
 */
export const HEIGHT_MESSAGE = "ai-infra-map:height";

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: 1;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === HEIGHT_MESSAGE &&
    message.version === 1 &&
    typeof message.height === "number" &&
    Number.isFinite(message.height) &&
    message.height >= 50 &&
    message.height <= 5000
  );
}

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
