/**
 * The static picture redrawn for a date that is not the build's, in the browser: its data (arcs, circles,
 * squares and site labels, from the one function the build draws them with), its corner's "Stand" and its
 * description, so the picture never shows one date's sites and arcs under another date's details or steps.
 * Loaded only when a reader's view leaves the build's date.
 *
 * The inline picture (index.html) is redrawn in place. A snippet's picture is a file, an `<img>` of the build's
 * SVG, which no script can reach into: the file is fetched once, a copy is redrawn, and the image shows that
 * copy as a data: URL (the strict Content-Security-Policy the README gives allows data: images and nothing
 * else that could carry it). Back at the build's date the image shows the file itself again.
 */
import { pictureFit } from "../geometry/bounds.ts";
import type { View } from "../model/view.ts";
import { dataShapes, type Shape } from "./data-shapes.ts";
import { markPictureDate } from "./date-mark.ts";

const SVG = "http://www.w3.org/2000/svg";

/** The picture's data groups, as the build writes them: marks (under the place names) and labels (over them). */
function dataGroups(svg: Element): { marks: Element; labels: Element } | null {
  const marks = svg.querySelector('g.picture-data[data-part="marks"]');
  const labels = svg.querySelector('g.picture-data[data-part="labels"]');
  return marks && labels ? { marks, labels } : null;
}

/** Redraws a picture's data as of the view's date (its corner and description: markPictureDate). */
export function redrawPicture(svg: Element, view: View): boolean {
  const groups = dataGroups(svg);
  if (!groups) return false;
  const doc = svg.ownerDocument;
  const shapes = dataShapes(view, pictureFit());
  const node = (shape: Shape) => {
    const element = doc.createElementNS(SVG, shape.tag);
    for (const [name, value] of Object.entries(shape.attrs)) element.setAttribute(name, value);
    if (shape.text !== undefined) element.textContent = shape.text;
    return element;
  };
  groups.marks.replaceChildren(...shapes.marks.map(node));
  groups.labels.replaceChildren(...shapes.labels.map(node));
  groups.marks.setAttribute("data-as-of", view.asOf);
  return true;
}

/**
 * The build's picture files, each fetched and parsed once per page; a file that could not be had is forgotten,
 * so that a later try (the reader's "Erneut versuchen", another date) fetches it again.
 */
const files = new Map<string, Promise<Document | null>>();

function fileDocument(url: string, win: Window & typeof globalThis): Promise<Document | null> {
  let parsed = files.get(url);
  if (!parsed) {
    parsed = win
      .fetch(url)
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => {
        const doc = text === null ? null : new win.DOMParser().parseFromString(text, "image/svg+xml");
        return doc && !doc.querySelector("parsererror") && dataGroups(doc.documentElement) ? doc : null;
      })
      .catch(() => null)
      .then((doc) => {
        if (!doc) files.delete(url);
        return doc;
      });
    files.set(url, parsed);
  }
  return parsed;
}

/**
 * A copy of a snippet's picture file redrawn as of the view's date, as a data: URL an image can show; null when
 * the file could not be fetched or read (the image then keeps the file, whose corner names its own date).
 */
export async function fileCopyAt(
  file: string,
  view: View,
  win: Window & typeof globalThis,
): Promise<string | null> {
  const doc = await fileDocument(file, win);
  if (!doc) return null;
  const svg = doc.documentElement.cloneNode(true) as Element;
  redrawPicture(svg, view);
  markPictureDate(svg, view);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new win.XMLSerializer().serializeToString(svg))}`;
}
