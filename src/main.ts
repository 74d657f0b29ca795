/**
 * Entry point of the standalone page (index.html), which is also the page inside the iframe embed
 * (index.html?embed=1): registers the element, and in the iframe hides the page's own heading and reports
 * the page's height to the host. This is the only module with side effects on import besides the embeds.
 */
import "./page.css";
import { defineElement } from "./element.ts";
import { isFrameEmbed, reportHeight } from "./frame.ts";

defineElement();
if (isFrameEmbed(window)) {
  document.documentElement.classList.add("frame-embed");
  reportHeight(window);
}
