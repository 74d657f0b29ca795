/**
 * What the download buttons make: the picture of the map as the reader sees it (a PNG with its caption) and
 * the figures of the date shown (a CSV). Few readers download, so this module loads at a button's first click
 * (downloads.ts); each asks for the view then, so both follow the time control and the theme.
 */
import type { Dataset } from "../data/dataset.ts";
import type { DetailsAnchor } from "../details/popups.ts";
import { PICTURE_SCALE, pictureImage, renderPicture } from "../download/png.ts";
import { fileName, saveFile } from "../download/save.ts";
import type { I18n } from "../i18n/index.ts";
import type { MapView } from "../map/create-map.ts";
import { pictureCaption } from "../model/caption.ts";
import { figuresTable, tableCsv } from "../model/table.ts";
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

/** The map as a PNG: the live map drawn again at 2x, or the picture before it, with the view's caption. */
export async function downloadPicture(mount: MountOptions, from: DownloadSources, i18n: I18n): Promise<void> {
  const box = mount.mapContainer;
  const doc = box.ownerDocument;
  const live = from.liveMap();
  const view = live ? from.view() : pictureView(from);
  const { picture } = mount;
  if (!live && !picture) throw new Error("ai-infra-map: no picture to download");
  const source = live ? await live.snapshot(PICTURE_SCALE) : await pictureImage(picture as HTMLElement);
  const png = await renderPicture(doc, {
    source,
    width: box.clientWidth,
    height: box.clientHeight,
    title: mount.options.headline ?? i18n.t("app.title"),
    caption: pictureCaption(view.captionContext(), inFrame(from.frame(), view)),
    flavor: view.flavor,
  });
  saveFile(doc, fileName(i18n.t("download.file"), view.asOf, "png"), png);
}

/** The figures of the view shown, as CSV in the reader's language. */
export function downloadData(mount: MountOptions, from: DownloadSources, i18n: I18n): void {
  const view = from.view();
  const csv = tableCsv(figuresTable(view.tableContext()), view.lang);
  const blob = new Blob([csv], { type: "text/csv;charset=utf-8" });
  saveFile(mount.mapContainer.ownerDocument, fileName(i18n.t("download.file"), view.asOf, "csv"), blob);
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
