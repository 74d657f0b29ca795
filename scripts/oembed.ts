/**
 * oEmbed without a server: the build writes one static oEmbed 1.0 response per language (oembed-de.json,
 * oembed-en.json, next to index.html), and index.html links them for discovery. A consumer (WordPress, Drupal)
 * fetches the file and pastes its `html`, which is exactly the iframe snippet the Embed dialog shows for the
 * default options of that language on the page served from the build's directory.
 *
 * oEmbed needs absolute URLs (the html is pasted into another site), so the files exist only for a build that
 * knows where it will be hosted: AIM_PUBLIC_URL, the build's directory (…/v/<version>/). Those files give the
 * pinned snippet; the channel step (scripts/channel.ts) writes live/'s from them, with the live snippet.
 */
import type { HtmlTagDescriptor } from "vite";
import { FRAME_HEIGHT, iframeSnippet } from "../src/embed/embed-snippets.ts";
import { createI18n, LANGS, type Lang } from "../src/i18n/index.ts";

/** The oEmbed 1.0 response of type "rich" (https://oembed.com/, sections 2.3.4 and 2.3.4.4). */
export interface OEmbedRich {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/**
 * The width the response declares. The snippet's iframe is fluid (width="100%"); oEmbed requires a number in
 * pixels, and consumers that size a box from it (Drupal does) get one at which the snippet's 575 px is the
 * map's own default height (401 to 900 px wide, see the README's heights).
 */
export const OEMBED_WIDTH = 640;

export const oembedFileName = (lang: Lang) => `oembed-${lang}.json`;

/**
 * The build's public directory from AIM_PUBLIC_URL, ending in "/" so that relative paths resolve inside it, or
 * null when it is not set. A value that is not an absolute http(s) URL stops the build: every URL made from it
 * would be wrong on the sites that embed the map.
 */
export function publicBase(publicUrl: string | undefined): string | null {
  if (!publicUrl) return null;
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(
      `AIM_PUBLIC_URL must be an absolute URL, e.g. https://maps.example.org/v/0.1.0/ (got "${publicUrl}")`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`AIM_PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  url.search = "";
  url.hash = "";
  return url.href;
}

/** The response for one language; `image` is the size of static/map-<lang>.png, the thumbnail. */
export function oembedResponse(
  base: string,
  lang: Lang,
  image: { width: number; height: number },
): OEmbedRich {
  const i18n = createI18n(lang);
  const { host, origin } = new URL(base);
  return {
    type: "rich",
    version: "1.0",
    title: i18n.t("app.title"),
    // Drupal looks a response's provider_name up among the providers it knows, so it must be predictable: the
    // host that serves the map, under which a site registers it.
    provider_name: host,
    provider_url: `${origin}/`,
    // The Embed dialog's snippet for the defaults of this language: no site selected, theme auto, the edition.
    html: iframeSnippet({ base, lang, site: null, theme: "auto", asOf: null }),
    width: OEMBED_WIDTH,
    height: FRAME_HEIGHT,
    thumbnail_url: new URL(`static/map-${lang}.png`, base).href,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
  };
}

/**
 * The discovery links for index.html. WordPress takes the first application/json+oembed link it finds, so the
 * page's own language (German) comes first; the English one says its language with hreflang.
 */
export function oembedLinkTags(base: string): HtmlTagDescriptor[] {
  return LANGS.map((lang) => ({
    tag: "link",
    attrs: {
      rel: "alternate",
      type: "application/json+oembed",
      href: new URL(oembedFileName(lang), base).href,
      hreflang: lang,
      title: createI18n(lang).t("app.title"),
    },
    injectTo: "head",
  }));
}
