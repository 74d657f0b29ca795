/**
 * A tiny element builder. Data reaches the DOM only as text nodes (textContent) or attributes, never as HTML,
 * so a name such as `<img src=x onerror=…>` in geo/ renders as those very characters.
 */
export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/** An HTML element with a class, text and attributes, and children appended as nodes or text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? doc.createTextNode(child) : child);
  }
  return element;
}

/**
 * Text with quotes in other languages as nodes: plain text, and each quote a `<span lang>` so that a screen
 * reader speaks it in its own language (WCAG 3.1.2) and a reader sees the source's own words. Text nodes only.
 */
export function richNodes(doc: Document, text: readonly (string | { text: string; lang: string })[]): Node[] {
  return text.map((segment) => {
    if (typeof segment === "string") return doc.createTextNode(segment);
    const span = doc.createElement("span");
    span.lang = segment.lang;
    span.textContent = segment.text;
    return span;
  });
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and children: the same builder for drawn shapes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? doc.createTextNode(child) : child);
  }
  return element;
}

/** Resolves once the next frame has been rendered: the task after an animation frame. */
export function afterNextFrame(win: Window): Promise<void> {
  return new Promise<void>((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}
