/**
 * The downloadable picture of the map: the map (the live map's frame, or the static picture before and
 * without it) at twice its size on screen, with a title band over its top edge and the caption over its bottom
 * edge, where the map's own controls sit on screen. The text is drawn with the bundled font where it has
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

/** Draws lines of text on a band across the picture, from `top` (or up from the bottom edge, if null). */
function band(
  context: CanvasRenderingContext2D,
  lines: readonly string[],
  font: string,
  lineHeight: number,
  top: number | null,
  { width, height, flavor }: PictureContent,
) {
  const { padding } = CAPTION_LAYOUT;
  context.font = font;
  const wrapped = lines.flatMap((line) => wrap(context, line, width - 2 * padding));
  const bandHeight = wrapped.length * lineHeight + 2 * padding;
  const y = top ?? height - bandHeight;
  context.fillStyle = flavor.panel;
  context.fillRect(0, y, width, bandHeight);
  context.fillStyle = flavor.text;
  wrapped.forEach((line, at) => {
    context.fillText(line, padding, y + padding + at * lineHeight);
  });
}

/** The picture as PNG: the map fitted into its box at PICTURE_SCALE, with its title and caption drawn in. */
export async function renderPicture(doc: Document, content: PictureContent): Promise<Blob> {
  const { source, width, height, flavor } = content;
  const canvas = doc.createElement("canvas");
  canvas.width = width * PICTURE_SCALE;
  canvas.height = height * PICTURE_SCALE;
  // A fresh canvas has a 2D context; should it have none (out of memory), drawing throws and the reader is told.
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  context.scale(PICTURE_SCALE, PICTURE_SCALE);
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
  // The bundled font, if the page has it, must have loaded before it is drawn; without it the system's is used.
  const { titleFont, titleLineHeight, font, lineHeight } = CAPTION_LAYOUT;
  await Promise.all([titleFont, font].map((face) => doc.fonts?.load(face).catch(() => [])));
  context.textBaseline = "top";
  band(context, [content.title], titleFont, titleLineHeight, 0, content);
  band(context, content.caption, font, lineHeight, null, content);
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
