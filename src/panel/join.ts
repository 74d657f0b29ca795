/**
 * Keyed d3 joins for the panel's data-bound views. `part` keeps one child per role (a heading, a block), created
 * on the first render and updated in place on every later one, so a re-render (a theme change, a new date)
 * touches only what changed and never throws away an element a reader may have focused.
 */
import type { BaseType, Selection } from "../dom/selection.ts";

// biome-ignore lint/suspicious/noExplicitAny: d3's selections are generic over data the caller knows.
type AnySelection = Selection<any, any, any, any>;

/** The one child `tag` with all of `className`'s classes, created if missing, bound to `datum`. */
export function part<D>(
  parent: AnySelection,
  tag: string,
  className: string,
  datum: D,
): Selection<BaseType, D, BaseType, unknown> {
  const selector = `${tag}.${className.trim().split(/\s+/).join(".")}`;
  return parent
    .selectChildren(selector)
    .data([datum])
    .join(tag)
    .attr("class", className) as unknown as Selection<BaseType, D, BaseType, unknown>;
}
