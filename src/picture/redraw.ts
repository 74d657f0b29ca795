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
import { describeView } from "../model/describe.ts";
import type { View } from "../model/view.ts";
import { dataShapes, type Shape } from "./data-shapes.ts";

const SVG = "http://www.w3.org/2000/svg";

/** The picture's data groups, as the build writes them: marks (under the place names) and labels (over them). */
function dataGroups(svg: Element): { marks: Element; labels: Element } | null {
  const marks = svg.querySelector('g.picture-data[data-part="marks"]');
  const labels = svg.querySelector('g.picture-data[data-part="labels"]');
  return marks && labels ? { marks, labels } : null;
}

/** The date the picture's data shows, as the build or the last redraw marked it. */
export function drawnAsOf(svg: Element): string | null {
  return dataGroups(svg)?.marks.getAttribute("data-as-of") ?? null;
}

/** Redraws a picture's data, corner and description as of the view's date; false if it has no data groups. */
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
  const corner = svg.querySelector("text.label-edition");
  if (corner) corner.textContent = view.credits.asOf;
  const description = svg.querySelector(":scope > desc");
  if (description) description.textContent = describeView(view).text;
  return true;
}

/** The build's files, fetched once per page: their text, or null when a file could not be had. */
const files = new Map<string, Promise<string | null>>();

function fileText(url: string, win: Window): Promise<string | null> {
  let text = files.get(url);
  if (!text) {
    text = win
      .fetch(url)
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
    files.set(url, text);
  }
  return text;
}

/**
 * Shows a snippet's picture file as of the view's date. `isCurrent` says whether this view is still the one to
 * show once the file has arrived (a later date, or a destroyed map, has the last word). A file that cannot be
 * fetched or read leaves the image as it is: its corner still names the date it shows.
 */
export async function showFileAt(img: HTMLImageElement, view: View, isCurrent: () => boolean): Promise<void> {
  const win = img.ownerDocument.defaultView;
  if (!win) return;
  // The file the build wrote (its dark twin, where the element chose that), remembered before any copy.
  const file = img.dataset.aimFile ?? img.src;
  img.dataset.aimFile = file;
  const text = await fileText(file, win);
  if (text === null || !isCurrent()) return;
  const svg = new win.DOMParser().parseFromString(text, "image/svg+xml").documentElement;
  if (svg.querySelector("parsererror") || !dataGroups(svg)) return;
  if (drawnAsOf(svg) === view.asOf) {
    if (img.src !== file) img.src = file;
    return;
  }
  redrawPicture(svg, view);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new win.XMLSerializer().serializeToString(svg))}`;
}
