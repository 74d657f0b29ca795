/**
 * Entry point of the standalone page (index.html), which is also the page inside the iframe embed
 * (index.html?embed=1): registers the element, and in the iframe reports the page's height to the host. This
 * is the only module with side effects on import besides the embeds.
 */
import "./page.css";
// The inlined static picture's dark colours and its links' offsets, generated at build time.
import "virtual:ai-infra-map-picture.css";
import { STORY_FROM_HOST } from "./contract/options.ts";
import { AiInfraMapElement, defineElement } from "./element/element.ts";
import { mountEmbedButton } from "./embed/embed-button.ts";
import { isIframeEmbed, wordpressSecret } from "./embed/iframe-page.ts";
import { createI18n, type Lang, loadWords } from "./i18n/index.ts";

// WordPress's embed secret is in the hash the page was opened with; read it before the element and MapLibre's
// camera hash rewrite location.hash, and keep it.
const wordpress = isIframeEmbed(window) ? wordpressSecret(window.location.hash) : null;
// In a story told by the page that embeds this iframe (?story=host, as the story's iframe snippet writes it),
// the host page's steps drive the map: the element learns so before it starts.
const storyFromHost =
  isIframeEmbed(window) && new URLSearchParams(window.location.search).get("story") === STORY_FROM_HOST;
if (storyFromHost) document.querySelector("ai-infra-map")?.setAttribute("story", STORY_FROM_HOST);
defineElement();
const map = document.querySelector("ai-infra-map");
const lang = map instanceof AiInfraMapElement ? (map.options?.lang ?? "de") : "de";

/**
 * The page's heading, title and Embed button are written in German; the map's language names them, once its
 * words have loaded (the element's start asks for the same words). Until then a page in another language
 * paints neither (src/page.css).
 */
function namePage(lang: Lang) {
  const i18n = createI18n(lang);
  document.title = i18n.t("app.title");
  if (heading) heading.textContent = document.title;
  if (button) button.textContent = i18n.t("embed.button");
  for (const named of [heading, button]) named?.setAttribute("data-lang", lang);
}
const heading = document.querySelector("main h1");
const button = document.querySelector(".embed-button");
// Should the words not come, the page keeps its German names (src/page.css shows them after a few seconds).
loadWords(lang).then(
  () => namePage(lang),
  () => {},
);
// Inside the iframe embed public/frame-mode.js has already set the page's frame layout, before the first paint;
// the page reports its height to the host, with code only the iframe loads.
if (isIframeEmbed(window))
  void import("./embed/iframe-height.ts").then(({ reportHeight }) => reportHeight(window, wordpress));
// Standalone, editors find the embed snippets here, with the options the map shows now.
else if (map instanceof AiInfraMapElement && button instanceof HTMLButtonElement)
  mountEmbedButton(map, button);
