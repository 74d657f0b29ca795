/**
 * The download buttons: the picture of the map as the reader sees it, and the figures of the date shown. Each
 * asks for the view when clicked, so both follow the time control and the theme.
 */
import type { Dataset } from "../data/dataset.ts";
import type { DetailsAnchor } from "../details/popups.ts";
import { createDownloadControls, type DownloadControls } from "../download/controls.ts";
import { PICTURE_SCALE, pictureImage, renderPicture } from "../download/png.ts";
import { fileName, saveFile } from "../download/save.ts";
import { createI18n } from "../i18n/index.ts";
import type { MapView } from "../map/create-map.ts";
import { tableCsv } from "../model/table.ts";
import { buildView, type View } from "../model/view.ts";
import type { PictureMap } from "../picture/picture-map.ts";
import type { MountOptions } from "./mount-options.ts";

export interface DownloadSources {
  dataset: Dataset;
  /** The view the instance shows now. */
  view(): View;
  /** The live map once it has drawn, else null: the picture is the map then. */
  liveMap(): MapView | null;
  picture(): PictureMap | null;
  /** Where points lie on the map as drawn now (the live map's frame, or the picture's). */
  frame(): DetailsAnchor | null;
}

export function mountDownloads(container: HTMLElement, mount: MountOptions, from: DownloadSources) {
  const doc = container.ownerDocument;
  const { lang, headline } = mount.options;
  const i18n = createI18n(lang);
  const base = i18n.t("download.file");
  const controls: DownloadControls = createDownloadControls({
    container,
    i18n,
    async onImage() {
      const live = from.liveMap();
      const view = live ? from.view() : pictureView(from);
      const { picture } = mount;
      if (!live && !picture) throw new Error("ai-infra-map: no picture to download");
      const source = live ? await live.snapshot(PICTURE_SCALE) : await pictureImage(picture as HTMLElement);
      const box = mount.mapContainer;
      const png = await renderPicture(doc, {
        source,
        width: box.clientWidth,
        height: box.clientHeight,
        title: headline ?? i18n.t("app.title"),
        caption: view.caption(inFrame(from.frame(), view)),
        flavor: view.flavor,
      });
      saveFile(doc, fileName(base, view.asOf, "png"), png);
    },
    onData() {
      const view = from.view();
      const csv = tableCsv(view.table(), lang);
      saveFile(doc, fileName(base, view.asOf, "csv"), new Blob([csv], { type: "text/csv;charset=utf-8" }));
    },
  });
  return controls;
}

/** Whether a site or company lies in the map's frame, to caption a picture with what concerns it. */
function inFrame(frame: DetailsAnchor | null, view: View): ((id: string) => boolean) | undefined {
  if (!frame) return undefined;
  const width = frame.width();
  const height = frame.height();
  return (id) => {
    const entity = view.entity(id);
    if (!entity) return false;
    const { x, y } = frame.project(entity.lngLat);
    return x >= 0 && x <= width && y >= 0 && y <= height;
  };
}

/**
 * The view the static picture shows: its redrawing for the view's date may still be on its way, or have failed,
 * and then it is the edition's. The caption names the date the picture actually shows.
 */
function pictureView(from: DownloadSources): View {
  const view = from.view();
  const shown = from.picture()?.shownAsOf() ?? null;
  if (shown === view.asOf) return view;
  return buildView(from.dataset, {
    lang: view.lang,
    theme: view.flavor.name,
    ...(shown ? { asOf: shown } : {}),
  });
}
