/**
 * The downloadable picture of the map: the map (the live map's frame, or the static picture before and
 * without it) at twice its size on screen, with a title band over its top edge, where the map's own controls
 * sit on screen, and the caption in a band under it, which grows with the caption (the corrections that
 * concern the view are part of it) and so never covers the map. The text is drawn with the bundled font where it has
 * loaded, else the system's, and comes from the view model only (the title, and the caption: the date, the
 * figures' publishers and the credits line), so the picture says what the map says.
 */
import { UI_FONT_FAMILY } from "../map/fonts.ts";
import type { Flavor } from "../theme.ts";

/** The picture's size as a multiple of the map's size on screen. */
export const PICTURE_SCALE = 2;

/** The bands' layout in the map's px (the picture has twice as many): the browser test draws the same. */
export const CAPTION_LAYOUT = {
  padding: 8,
  titleFont: `600 15px "${UI_FONT_FAMILY}", system-ui, sans-serif`,
  titleLineHeight: 20,
  font: `11px "${UI_FONT_FAMILY}", system-ui, sans-serif`,
  lineHeight: 15,
} as const;

export interface PictureContent {
  /** The map as drawn: the live map's canvas, or the static picture as an image. */
  source: HTMLCanvasElement | HTMLImageElement;
  /** The map's size on screen, in px. */
  width: number;
  height: number;
  title: string;
  caption: readonly string[];
  flavor: Flavor;
}

/** Breaks text into lines no wider than `width`, at spaces. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return [...lines, line];
}

/** Lines of text wrapped to the picture's width, and the height of the band that holds them. */
function bandOf(
  context: CanvasRenderingContext2D,
  lines: readonly string[],
  font: string,
  lineHeight: number,
  width: number,
) {
  const { padding } = CAPTION_LAYOUT;
  context.font = font;
  const wrapped = lines.flatMap((line) => wrap(context, line, width - 2 * padding));
  return { font, lineHeight, wrapped, height: wrapped.length * lineHeight + 2 * padding };
}

/** Draws a band of text across the picture from `top`. */
function drawBand(
  context: CanvasRenderingContext2D,
  band: ReturnType<typeof bandOf>,
  top: number,
  content: PictureContent,
) {
  const { padding } = CAPTION_LAYOUT;
  context.font = band.font;
  context.fillStyle = content.flavor.panel;
  context.fillRect(0, top, content.width, band.height);
  context.fillStyle = content.flavor.text;
  band.wrapped.forEach((line, at) => {
    context.fillText(line, padding, top + padding + at * band.lineHeight);
  });
}

/** The picture as PNG: the map fitted into its box at PICTURE_SCALE, its title over it, its caption under it. */
export async function renderPicture(doc: Document, content: PictureContent): Promise<Blob> {
  const { source, width, height, flavor } = content;
  const canvas = doc.createElement("canvas");
  // A fresh canvas has a 2D context; should it have none (out of memory), drawing throws and the reader is told.
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  // The bundled font, if the page has it, must have loaded before it is measured and drawn; else the system's.
  const { titleFont, titleLineHeight, font, lineHeight } = CAPTION_LAYOUT;
  await Promise.all([titleFont, font].map((face) => doc.fonts?.load(face).catch(() => [])));
  const caption = bandOf(context, content.caption, font, lineHeight, width);
  canvas.width = width * PICTURE_SCALE;
  canvas.height = (height + caption.height) * PICTURE_SCALE;
  // Sizing the canvas reset its state: scale and baseline are set after it.
  context.scale(PICTURE_SCALE, PICTURE_SCALE);
  context.textBaseline = "top";
  // The static picture keeps its proportions and is centred on water, as on screen; the live map fills the box.
  const sourceWidth = "naturalWidth" in source ? source.naturalWidth : source.width;
  const sourceHeight = "naturalHeight" in source ? source.naturalHeight : source.height;
  const fit = Math.min(width / sourceWidth, height / sourceHeight);
  context.fillStyle = flavor.water;
  context.fillRect(0, 0, width, height);
  context.drawImage(
    source,
    (width - sourceWidth * fit) / 2,
    (height - sourceHeight * fit) / 2,
    sourceWidth * fit,
    sourceHeight * fit,
  );
  drawBand(context, bandOf(context, [content.title], titleFont, titleLineHeight, width), 0, content);
  drawBand(context, caption, height, content);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("ai-infra-map: no PNG"))), "image/png"),
  );
}

/**
 * The static picture as an image to draw: the inline picture serialized with the colours the page gives it
 * (its dark colours come from CSS, which an image does not see), or a snippet's picture file. The image is a
 * data: URL, which a strict Content-Security-Policy's `img-src data:` allows where `blob:` is not.
 */
export async function pictureImage(picture: HTMLElement): Promise<HTMLImageElement> {
  const svg = picture.querySelector("svg");
  const image = new Image();
  if (svg) {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const painted = copy.querySelectorAll("[class]");
    svg.querySelectorAll("[class]").forEach((node, at) => {
      const style = getComputedStyle(node);
      painted[at]?.setAttribute("fill", style.fill);
      painted[at]?.setAttribute("stroke", style.stroke);
    });
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  } else {
    // A picture file from the asset host: read with CORS, as a canvas that drew it otherwise could not be saved.
    image.crossOrigin = "anonymous";
    image.src = (picture as HTMLImageElement).currentSrc;
  }
  await image.decode();
  return image;
}
