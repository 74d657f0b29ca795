/**
 * The page side of the iframe embed (index.html?embed=1): reports the page's height to the host page, which
 * sizes the iframe with embed-host.js, inside AMP asks AMP for the size, and inside WordPress speaks
 * WordPress's embed protocol. It sends messages and listens to none: the map takes no instructions from outside.
 * Loaded only inside the iframe (src/main.ts).
 */
import { HEIGHT_MESSAGE, type HeightMessage } from "../contract/messages.ts";

/** When the height is posted again regardless of changes, in ms after start. */
const REPEAT_AFTER_MS = [250, 1000, 3000, 8000];

/**
 * Posts the document's height to the parent on every size change; returns the function that stops it. With
 * WordPress's secret it also sends WordPress's height message, which wp-embed.js clamps to 200 to 1000 px.
 */
export function reportHeight(win: Window, wordpress: string | null = null): () => void {
  const doc = win.document;
  let last = 0;
  const post = (force = false) => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if ((height === last && !force) || win.parent === win) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, version: 1, height };
    // The height is no secret, and the host page's origin is not known here; embed-host.js checks the sender.
    win.parent.postMessage(message, "*");
    // AMP's amp-iframe resizes on its own request format.
    win.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    // WordPress's shape, as its own embed page sends it (wp-embed-template.js, sendEmbedMessage).
    if (wordpress) win.parent.postMessage({ message: "height", value: height, secret: wordpress }, "*");
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(doc.documentElement);
  post();
  // The host script may start listening after the first message (it can load later than the iframe), and
  // the map takes no messages, so it cannot ask again: repeat the height a few times after loading instead.
  const repeat = () => post(true);
  win.addEventListener("load", repeat);
  const timers = REPEAT_AFTER_MS.map((delay) => win.setTimeout(repeat, delay));
  return () => {
    observer.disconnect();
    win.removeEventListener("load", repeat);
    for (const timer of timers) win.clearTimeout(timer);
  };
}
