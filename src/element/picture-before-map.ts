/**
 * The static picture stands for the map until the map starts, so it shows what the map will show: the map's
 * theme and the map's language. An inlined picture is recoloured by CSS (data-theme on the element); a
 * snippet's picture file is swapped for its dark twin (map-de.svg → map-de-dark.svg). The inline picture is the
 * build's German one: a page in another language takes that language's files, with code only such a page loads.
 */
import { assetBase } from "../assets.ts";
import type { AppOptions } from "../contract/options.ts";
import { fileForTheme } from "../picture/picture-file.ts";
import { resolveTheme } from "../theme.ts";

/** Puts the element's static picture in the theme and language of `options`, before the map starts. */
export function dressPicture(host: HTMLElement, options: Pick<AppOptions, "theme" | "lang">): void {
  const win = host.ownerDocument.defaultView;
  const prefersDark = Boolean(win?.matchMedia?.("(prefers-color-scheme: dark)").matches);
  const theme = resolveTheme(options.theme, prefersDark);
  host.dataset.theme = theme;
  const img = host.querySelector<HTMLImageElement>(':scope > img[slot="static"]');
  const src = img?.getAttribute("src");
  const dark = src && theme === "dark" ? fileForTheme(src, theme) : src;
  if (img && dark && dark !== src) img.src = dark;
  const inline = host.querySelector<HTMLElement>(":scope > .static-picture[data-lang]");
  if (inline && inline.dataset.lang !== options.lang)
    void import("../picture/picture-language.ts").then(({ showPictureIn }) =>
      showPictureIn(host, options.lang, assetBase()),
    );
}
