/** What the static picture says of itself: the date it shows, in its corner and its description. */
import { describeView } from "../model/describe.ts";
import type { View } from "../model/view.ts";

/** Says in a picture's corner and description the date its view shows ("Stand: …", the map in words). */
export function markPictureDate(svg: Element, view: View): void {
  const corner = svg.querySelector("text.label-edition");
  if (corner) corner.textContent = view.credits.asOf;
  const description = svg.querySelector(":scope > desc");
  if (description) description.textContent = describeView(view).text;
}
