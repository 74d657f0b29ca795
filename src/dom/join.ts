/**
 * Keyed joins for the data-bound views, in place of d3-selection's (about 5 KB gzip in the browser for what
 * the views use of it). A join keeps one child element per key under a parent: an element whose key stays is
 * updated, never re-created, so a reader's focus and a running transition survive a re-render. Held to
 * d3-selection's own join in tests/dom/join.test.ts: the same DOM, the same elements kept.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

/** The key each joined element was created for: d3 reads it from the element's datum, we keep it here. */
const keys = new WeakMap<Element, string>();

export interface JoinSpec<D, E extends Element> {
  /** Which of the parent's children belong to this join (others are left alone). */
  selector: string;
  key(datum: D, index: number): string;
  create(datum: D, index: number): E;
  update?(element: E, datum: D, index: number): void;
}

/** A new child for `parent`: SVG inside SVG (and for an `svg` tag), HTML inside HTML, as d3's append does. */
export function createChild<E extends Element = HTMLElement>(parent: Element, tag: string): E {
  const doc = parent.ownerDocument;
  const namespace = tag === "svg" ? SVG_NS : parent.namespaceURI;
  return (namespace === XHTML_NS
    ? doc.createElement(tag)
    : doc.createElementNS(namespace, tag)) as Element as E;
}

/** The parent's children of this join, by key; a child without a key, or with a key seen before, leaves. */
function keptChildren<E extends Element>(parent: Element, selector: string): Map<string, E> {
  const byKey = new Map<string, E>();
  for (const child of [...parent.children]) {
    if (!child.matches(selector)) continue;
    const key = keys.get(child);
    if (key === undefined || byKey.has(key)) child.remove();
    else byKey.set(key, child as E);
  }
  return byKey;
}

/**
 * One child per datum, in the data's order: kept where its key stays, created where it is new (before the
 * next kept one, or at the parent's end, as d3 enters), removed where its key went. Returns the elements in
 * the data's order. A key twice in the data makes a second element, as in d3.
 */
export function join<D, E extends Element>(
  parent: Element,
  data: readonly D[],
  spec: JoinSpec<NoInfer<D>, E>,
): E[] {
  const old = keptChildren<E>(parent, spec.selector);
  const kept = data.map((datum, index) => {
    const key = spec.key(datum, index);
    const element = old.get(key);
    old.delete(key);
    return element;
  });
  for (const gone of old.values()) gone.remove();
  const elements = data.map((datum, index) => {
    const existing = kept[index];
    if (existing) return existing;
    const element = spec.create(datum, index);
    keys.set(element, spec.key(datum, index));
    parent.insertBefore(element, kept.slice(index + 1).find(Boolean) ?? null);
    return element;
  });
  // Data order, moving only what is out of it (d3's selection.order()).
  let next: Element | null = null;
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index] as E;
    if (next && element.compareDocumentPosition(next) !== Node.DOCUMENT_POSITION_FOLLOWING)
      parent.insertBefore(element, next);
    next = element;
  }
  for (const [index, element] of elements.entries()) spec.update?.(element, data[index] as D, index);
  return elements;
}

/** The key of an index join: the nth datum updates the nth element, as a d3 join without a key function. */
export const byIndex = (_datum: unknown, index: number): string => String(index);

/**
 * The one child `tag` with all of `className`'s classes, created at the parent's end if missing: a part of a
 * view (a heading, a block) made on the first render and updated in place on every later one.
 */
export function part<E extends Element = HTMLElement>(parent: Element, tag: string, className: string): E {
  const selector = `${tag}.${className.trim().split(/\s+/).join(".")}`;
  let element = [...parent.children].find((child) => child.matches(selector)) as E | undefined;
  if (!element) {
    element = createChild<E>(parent, tag);
    parent.append(element);
  }
  element.setAttribute("class", className);
  return element;
}

/** Sets attributes; null removes one, as d3's attr(name, null) does. */
export function setAttrs(element: Element, attrs: Record<string, string | number | null>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, String(value));
  }
}
