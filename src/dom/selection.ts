/**
 * Keyed joins for the panel and the inset, with d3-selection's meaning: the subset of its API the views use
 * (select, selectAll, selectChildren, data with a key, join, append, attr, style, text, property, classed, on,
 * each, filter, call, remove, node, order), written here because d3-selection ships its whole prototype (5 KB
 * gzip, a fourteenth of the JavaScript budget) for these few. Each step does what d3's does, down to where an
 * entering element is placed, where a datum is kept (`__data__`) and how listeners replace each other: held to
 * d3-selection's output in tests/dom/selection.test.ts, which runs the views' joins through both.
 */

const SVG = "http://www.w3.org/2000/svg";
const XHTML = "http://www.w3.org/1999/xhtml";

/** An element a selection holds, a placeholder for one to enter, or a gap. */
export type BaseType = Element | EnterElement | null;

/** A datum to enter, kept where its element will go until it is appended. */
export interface EnterElement {
  ownerDocument: Document;
  namespaceURI: string | null;
  appendChild(child: Node): Node;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): NodeListOf<Element>;
}

type Bound = (Element | EnterElement) & { __data__?: unknown; __on?: Map<string, EventListener> };
type Value<E, D, T> = T | ((this: E, d: D, i: number) => T);
/** Per group, a node or a gap (an index with no element: a datum that does not enter here, a node not found). */
type Groups = (Bound | null | undefined)[][];

class Enter implements EnterElement {
  ownerDocument: Document;
  namespaceURI: string | null;
  _next: Node | null = null;
  constructor(
    readonly _parent: Element,
    readonly __data__: unknown,
  ) {
    this.ownerDocument = _parent.ownerDocument;
    this.namespaceURI = _parent.namespaceURI;
  }
  appendChild(child: Node) {
    return this._parent.insertBefore(child, this._next);
  }
  querySelector(selector: string) {
    return this._parent.querySelector(selector);
  }
  querySelectorAll(selector: string) {
    return this._parent.querySelectorAll(selector);
  }
}

/** An element named `name`, in SVG's namespace for "svg" or "svg:…", else its parent's, as d3's creator makes it. */
function create(parent: EnterElement | Element, name: string): Element {
  const doc = parent.ownerDocument;
  const colon = name.indexOf(":");
  if (name.slice(0, colon < 0 ? undefined : colon) === "svg")
    return doc.createElementNS(SVG, name.slice(colon + 1));
  const uri = parent.namespaceURI;
  return uri === XHTML && doc.documentElement.namespaceURI === XHTML
    ? doc.createElement(name)
    : doc.createElementNS(uri, name);
}

/** A value for a node: the constant, or the function's answer for the node's datum. */
function valueFor<E, D, T>(value: Value<E, D, T>, node: Bound, i: number): T {
  return typeof value === "function"
    ? (value as (this: E, d: D, i: number) => T).call(node as E, node?.__data__ as D, i)
    : value;
}

export class Selection<
  E extends BaseType = BaseType,
  D = unknown,
  P extends BaseType = BaseType,
  PD = unknown,
> {
  _enter?: Groups;
  _exit?: Groups;
  constructor(
    readonly _groups: Groups,
    readonly _parents: (Bound | null)[],
  ) {}

  /** Each node's (or gap's) index in its group, the node, and the group's index. */
  #each(visit: (node: Bound, i: number, j: number) => void) {
    this._groups.forEach((group, j) => {
      group.forEach((node, i) => {
        if (node) visit(node, i, j);
      });
    });
  }

  /** A selection of one node per node (`pick` of it), keeping the groups; the datum goes with it. */
  #map<S extends BaseType>(pick: (node: Bound, i: number) => Bound | null): Selection<S, D, P, PD> {
    const groups = this._groups.map((group) =>
      Array.from(group, (node, i) => {
        const sub = node ? pick(node, i) : null;
        if (sub && node && "__data__" in node) sub.__data__ = node.__data__;
        return sub ?? null;
      }),
    );
    return new Selection(groups, this._parents);
  }

  /** A group per node, of what `pick` finds in it; the nodes become the groups' parents. */
  #nest<S extends BaseType, SD>(pick: (node: Element) => Element[]): Selection<S, SD, E, D> {
    const groups: Groups = [];
    const parents: (Bound | null)[] = [];
    this.#each((node) => {
      groups.push(pick(node as Element));
      parents.push(node);
    });
    return new Selection(groups, parents);
  }

  select<S extends BaseType>(selector: string): Selection<S, D, P, PD> {
    return this.#map((node) => (node as Element).querySelector(selector));
  }

  selectAll<S extends BaseType, SD = unknown>(selector: string): Selection<S, SD, E, D> {
    return this.#nest((node) => [...node.querySelectorAll(selector)]);
  }

  selectChildren<S extends BaseType, SD = unknown>(selector: string): Selection<S, SD, E, D> {
    return this.#nest((node) => [...node.children].filter((child) => child.matches(selector)));
  }

  /**
   * Binds data to the nodes, by key or by index: the nodes whose key the data has are the update, the data
   * without a node enter (placed before the next node that stays), the nodes without a datum exit.
   */
  data<ND>(
    value: readonly ND[] | ((this: P, d: PD, i: number) => readonly ND[]),
    key?: (this: E | P, d: ND, i: number) => string,
  ): Selection<E, ND, P, PD> {
    const update: Groups = [];
    const enter: Groups = [];
    const exit: Groups = [];
    this._groups.forEach((group, j) => {
      const parent = this._parents[j] as Element & { __data__?: PD };
      const data = typeof value === "function" ? value.call(parent as P, parent?.__data__ as PD, j) : value;
      const [u, n, x] = [
        new Array(data.length),
        new Array<Enter | undefined>(data.length),
        new Array(group.length),
      ];
      const byKey = new Map<string, Bound>();
      const keys = group.map((node, i) => {
        if (!node || !key) return "";
        const k = `${key.call(node as E, node.__data__ as ND, i)}`;
        if (byKey.has(k)) x[i] = node;
        else byKey.set(k, node);
        return k;
      });
      data.forEach((datum, i) => {
        const k = key ? `${key.call(parent as P, datum, i)}` : "";
        const node = key ? byKey.get(k) : group[i];
        if (node) {
          u[i] = node;
          node.__data__ = datum;
          if (key) byKey.delete(k);
        } else n[i] = new Enter(parent, datum);
      });
      group.forEach((node, i) => {
        if (node && (key ? byKey.get(keys[i] ?? "") === node : i >= data.length)) x[i] = node;
      });
      // Each entering datum goes before the next node that stays.
      n.forEach((entering, i) => {
        if (entering) entering._next = u.slice(i + 1).find(Boolean) ?? null;
      });
      update.push(u);
      enter.push(n as Bound[]);
      exit.push(x);
    });
    const bound = new Selection<E, ND, P, PD>(update, this._parents);
    bound._enter = enter;
    bound._exit = exit;
    return bound;
  }

  /** Appends what enters (an element named `onenter`, or what `onenter` makes of it), removes what exits, orders. */
  join<K extends keyof ElementTagNameMap>(onenter: K): Selection<E | ElementTagNameMap[K], D, P, PD>;
  join<S extends BaseType = E>(
    onenter: string | ((enter: Selection<EnterElement, D, P, PD>) => Selection<S, D, P, PD>),
  ): Selection<E | S, D, P, PD>;
  join(onenter: string | ((enter: Selection<EnterElement, D, P, PD>) => Selection)) {
    const enter = new Selection<EnterElement, D, P, PD>(this._enter ?? [], this._parents);
    const entered = typeof onenter === "function" ? onenter(enter) : enter.append(onenter as "span");
    new Selection(this._exit ?? [], this._parents).remove();
    const groups = entered._groups.map((group, j) =>
      Array.from(group, (node, i) => node ?? this._groups[j]?.[i] ?? null),
    );
    return new Selection(groups, this._parents).order();
  }

  append<K extends keyof ElementTagNameMap>(name: K): Selection<ElementTagNameMap[K], D, P, PD>;
  append<S extends Element>(make: (this: E, d: D, i: number) => S): Selection<S, D, P, PD>;
  append(name: string | ((d: D, i: number) => Element)) {
    return this.#map(
      (node, i) =>
        (node as Element).appendChild(
          typeof name === "function" ? valueFor(name, node, i) : create(node as Element, name),
        ) as Element,
    );
  }

  attr(name: string, value: Value<E, D, string | number | boolean | null>): this {
    this.#each((node, i) => {
      const v = valueFor(value, node, i);
      if (v == null) (node as Element).removeAttribute(name);
      else (node as Element).setAttribute(name, `${v}`);
    });
    return this;
  }

  style(name: string, value: Value<E, D, string | number | null>): this {
    this.#each((node, i) => {
      const { style } = node as HTMLElement;
      const v = valueFor(value, node, i);
      if (v == null) style.removeProperty(name);
      else style.setProperty(name, `${v}`);
    });
    return this;
  }

  text(value: Value<E, D, string | number | null>): this {
    this.#each((node, i) => {
      (node as Element).textContent = `${valueFor(value, node, i) ?? ""}`;
    });
    return this;
  }

  property(name: string, value: Value<E, D, string | number | boolean | null>): this {
    this.#each((node, i) => {
      const v = valueFor(value, node, i);
      const target = node as unknown as Record<string, unknown>;
      if (v == null) delete target[name];
      else target[name] = v;
    });
    return this;
  }

  classed(names: string, value: Value<E, D, boolean>): this {
    this.#each((node, i) => {
      const on = valueFor(value, node, i);
      for (const name of names.trim().split(/\s+/)) (node as Element).classList.toggle(name, on);
    });
    return this;
  }

  /** Adds a listener per event type ("click mouseenter"), replacing one added before; null removes them. */
  on<Ev extends Event = Event>(types: string, listener: ((this: E, event: Ev, d: D) => void) | null): this {
    this.#each((node) => {
      node.__on ??= new Map();
      const on = node.__on;
      for (const type of types.trim().split(/\s+/)) {
        const old = on.get(type);
        if (old) (node as Element).removeEventListener(type, old);
        on.delete(type);
        if (!listener) continue;
        const wrapped = (event: Event) => listener.call(node as E, event as Ev, node.__data__ as D);
        (node as Element).addEventListener(type, wrapped);
        on.set(type, wrapped);
      }
    });
    return this;
  }

  each(visit: (this: E, d: D, i: number) => void): this {
    this.#each((node, i) => visit.call(node as E, node.__data__ as D, i));
    return this;
  }

  filter(match: string | ((this: E, d: D, i: number) => boolean)): Selection<E, D, P, PD> {
    const keep = (node: Bound, i: number) =>
      typeof match === "string" ? (node as Element).matches(match) : valueFor(match, node, i);
    const groups = this._groups.map((group) => group.filter((node, i) => node && keep(node, i)));
    return new Selection(groups, this._parents);
  }

  call(visit: (selection: this) => void): this {
    visit(this);
    return this;
  }

  remove(): this {
    this.#each((node) => (node as Element).remove());
    return this;
  }

  node(): E | null {
    return (this._groups.flat().find(Boolean) ?? null) as unknown as E | null;
  }

  /** Puts each group's nodes in the document in the group's order. */
  order(): this {
    for (const group of this._groups) {
      let next: Element | null = null;
      for (let i = group.length - 1; i >= 0; i--) {
        const node = group[i] as Element | null;
        if (!node) continue;
        if (next && node.compareDocumentPosition(next) ^ 4) next.parentNode?.insertBefore(node, next);
        next = node;
      }
    }
    return this;
  }
}

/** A selection of one node, as d3's select(node). */
export function select<E extends BaseType = BaseType, D = unknown>(
  node: E,
): Selection<E, D, BaseType, unknown> {
  return new Selection([[node as Bound | null]], [null]);
}
