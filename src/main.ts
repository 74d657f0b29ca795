/**
 * Entry point of the standalone page (index.html), which is also the page inside the iframe embed
 * (index.html?embed=1): registers the element, and in the iframe reports the page's height to the host. This
 * is the only module with side effects on import besides the embeds.
 */
import "./page.css";
// The inlined static picture's dark colours and its links' offsets, generated at build time.
import "virtual:ai-infra-map-picture.css";
import { STORY_FROM_HOST } from "./contract/messages.ts";
import { AiInfraMapElement, defineElement } from "./element/element.ts";
import { mountEmbedDialog } from "./embed/embed-dialog.ts";
import { isIframeEmbed, reportHeight, wordpressSecret } from "./embed/iframe-page.ts";
import { createI18n } from "./i18n/index.ts";

// WordPress's embed secret is in the hash the page was opened with; read it before the element and MapLibre's
// camera hash rewrite location.hash, and keep it.
const wordpress = isIframeEmbed(window) ? wordpressSecret(window.location.hash) : null;
// In a story told by the page that embeds this iframe (?story=host, as the story's iframe snippet writes it),
// the host page's steps drive the map: the element learns so before it starts.
const storyFromHost =
  isIframeEmbed(window) && new URLSearchParams(window.location.search).get("story") === STORY_FROM_HOST;
if (storyFromHost) document.querySelector("ai-infra-map")?.setAttribute("story", STORY_FROM_HOST);
defineElement();
// The page's heading, title and Embed button are written in German; the map's language names them.
const map = document.querySelector("ai-infra-map");
const lang = map instanceof AiInfraMapElement ? (map.options?.lang ?? "de") : "de";
const heading = document.querySelector("main h1");
const title = createI18n(lang).t("app.title");
document.title = title;
if (heading) {
  heading.textContent = title;
  heading.setAttribute("data-lang", lang);
}
// Inside the iframe embed public/frame-mode.js has already set the page's frame layout, before the first paint.
if (isIframeEmbed(window)) {
  reportHeight(window, wordpress);
} else {
  // Standalone, editors find the embed snippets here, with the options the map shows now.
  const button = document.querySelector(".embed-button");
  if (map instanceof AiInfraMapElement && button instanceof HTMLButtonElement) mountEmbedDialog(map, button);
  button?.setAttribute("data-lang", lang);
}
