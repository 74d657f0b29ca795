/**
 * Entry point of the element embed: `<script type="module" src="…/embed.js"></script>` on an article page,
 * then `<ai-infra-map>` where the map belongs. It only registers the element; the element styles itself inside
 * its shadow root, and its assets resolve relative to this script, so the build can live on another origin.
 */
import { defineElement } from "../element/element.ts";

defineElement();
