/**
 * The download buttons under the credits: they show with the list, and what makes their files (the PNG's
 * drawing, the CSV's table: download-files.ts) loads at the first click, since few readers download.
 */
import { createDownloadControls, type DownloadControls } from "../download/controls.ts";
import { createI18n } from "../i18n/index.ts";
import type { DownloadSources } from "./download-files.ts";
import type { MountOptions } from "./mount-options.ts";

export function mountDownloads(
  container: HTMLElement,
  mount: MountOptions,
  from: DownloadSources,
): DownloadControls {
  const i18n = createI18n(mount.options.lang);
  const files = () => import("./download-files.ts");
  return createDownloadControls({
    container,
    i18n,
    onImage: async () => (await files()).downloadPicture(mount, from, i18n),
    onData: async () => (await files()).downloadData(mount, from, i18n),
  });
}
