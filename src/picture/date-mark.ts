/** What the static picture says of itself: the date it shows, in its corner, title and description. */
import { describeView } from "../model/describe.ts";
import type { View } from "../model/view.ts";

/**
 * Says in a picture's corner, title and description what its view shows at its date ("Stand: …", the sites with
 * their headline figures for a screen reader, the map in words).
 */
export function markPictureDate(svg: Element, view: View): void {
  const say = (selector: string, text: string) => {
    const node = svg.querySelector(selector);
    if (node) node.textContent = text;
  };
  say("text.label-edition", view.credits.asOf);
  // The picture's own title and description come first in it, before any drawn part.
  say("title", view.pictureTitle);
  say("desc", describeView(view).text);
}
