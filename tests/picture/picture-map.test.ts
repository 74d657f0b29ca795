// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTargetLinks } from "../../scripts/static-picture-plugin.ts";
import { renderStaticPicture } from "../../src/build-time/static-picture.ts";
import { describeView } from "../../src/model/describe.ts";
import type { View } from "../../src/model/view.ts";
import { PICTURE_CHANGED } from "../../src/picture/picture-changed.ts";
import { createPictureMap } from "../../src/picture/picture-map.ts";
import { frameOffset } from "../../src/picture/placement.ts";
import { createStore } from "../../src/state/store.ts";
import { DARK } from "../../src/theme.ts";
import { realView } from "../map/fixtures.ts";

/**
 * A map area the size of the picture's frame (jsdom lays nothing out), with the build's inline picture in it,
 * or a snippet's picture file. Each link gets the box its CSS would give it: 44 px around its site.
 */
function mount({ view = realView(), file = false, svg = "" } = {}) {
  const area = document.createElement("div");
  Object.defineProperty(area, "clientWidth", { value: 1000 });
  Object.defineProperty(area, "clientHeight", { value: 600 });
  const picture = document.createElement(file ? "img" : "div");
  Object.defineProperty(picture, "clientWidth", { value: 1000 });
  Object.defineProperty(picture, "clientHeight", { value: 600 });
  if (!file)
    picture.innerHTML = `${svg || '<svg><text class="label-edition">Stand: November 2026</text></svg>'}${renderTargetLinks(realView())}`;
  area.append(picture);
  document.body.replaceChildren(area);
  const store = createStore(view.isKnown);
  const several: string[][] = [];
  let nothing = 0;
  const pictureMap = createPictureMap({
    area,
    picture,
    store,
    view,
    onSeveral: (ids) => several.push(ids),
    onNothing: () => nothing++,
  });
  const links = () => [...area.querySelectorAll<HTMLAnchorElement>("a.picture-target")];
  for (const link of links()) placeLink(link, view);
  return { area, picture, store, pictureMap, links, several, nothing: () => nothing };
}

function placeLink(link: HTMLAnchorElement, view: View) {
  const target = view.targets.find((t) => t.id === link.dataset.id);
  // Every link stands for a target of the view; one without would never be placed, and no click could reach it.
  if (!target) throw new Error(`no target for the link to ${link.dataset.id}`);
  const { x, y } = frameOffset(target.lngLat);
  link.getBoundingClientRect = () => new DOMRect(500 + x - 22, 300 + y - 22, 44, 44);
}

const link = (area: HTMLElement, id: string) =>
  area.querySelector<HTMLAnchorElement>(`a.picture-target[data-id="${id}"]`);

/** A click at a point of the area, as a pointer makes it (detail 1), or as Enter on a link does (detail 0). */
function click(target: Element, x: number, y: number, detail = 1) {
  const event = new MouseEvent("click", {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: x,
    clientY: y,
    detail,
  });
  target.dispatchEvent(event);
  return event;
}

/** jsdom has no ResizeObserver: this one lets a test resize the area by hand. */
const observers = new Set<() => void>();
globalThis.ResizeObserver = class {
  #callback: () => void;
  constructor(callback: () => void) {
    this.#callback = callback;
  }
  observe() {
    observers.add(this.#callback);
  }
  unobserve() {}
  disconnect() {
    observers.delete(this.#callback);
  }
} as unknown as typeof ResizeObserver;

afterEach(() => {
  document.body.replaceChildren();
  observers.clear();
});

describe("the picture as a map", () => {
  it("takes over the build's links and names them in the view's language", () => {
    const { area } = mount({ view: realView("en") });
    expect(link(area, "loughton")?.getAttribute("aria-label")).toBe("Loughton, Data centre");
    expect(link(area, "aker")?.getAttribute("aria-label")).toBe("Aker ASA, Headquarters");
    // The American headquarters lie outside the picture's frame: the picture has no link for them.
    expect(link(area, "openai")).toBeNull();
  });

  it("selects the site whose link Enter activates, without following the link, and rings it", () => {
    const { area, store } = mount();
    const loughton = link(area, "loughton");
    if (!loughton) throw new Error("no link for Loughton");
    const event = click(loughton, 0, 0, 0);
    expect(event.defaultPrevented).toBe(true);
    expect(store.get()).toMatchObject({ selectedId: "loughton", selectionSource: "map" });
    expect(loughton.getAttribute("aria-current")).toBe("true");
    expect(link(area, "aker")?.hasAttribute("aria-current")).toBe(false);
  });

  it("selects the one site within a finger's reach of a tap, and offers a choice where two are", () => {
    const { area, picture, store, several } = mount();
    const narvik = link(area, "stargate-norway")?.getBoundingClientRect();
    click(picture, (narvik?.x ?? 0) + 30, (narvik?.y ?? 0) + 22);
    expect(store.get().selectedId).toBe("stargate-norway");
    // Loughton and Nscale's London office are a few pixels apart in the picture.
    const loughton = link(area, "loughton")?.getBoundingClientRect();
    click(picture, (loughton?.x ?? 0) + 22, (loughton?.y ?? 0) + 22);
    expect(several).toHaveLength(1);
    expect([...(several[0] ?? [])].sort()).toEqual(["loughton", "nscale"]);
  });

  it("tells the details that a tap on the picture hit no site, so that they close", () => {
    const { picture, nothing } = mount();
    click(picture, 5, 5);
    expect(nothing()).toBe(1);
  });

  it("brings the focus back to the site's link when its details close", () => {
    const { area, store } = mount();
    const details = document.createElement("div");
    details.className = "aim-surface";
    details.tabIndex = -1;
    area.append(details);
    store.select("loughton", "map");
    details.focus();
    store.select(null, "popup");
    expect(document.activeElement).toBe(link(area, "loughton"));
  });

  it("tells the details where a feature lies: the picture scaled to fit its box and centred", () => {
    const { pictureMap } = mount();
    const loughton = realView().entity("loughton")?.lngLat ?? [0, 0];
    const { x, y } = frameOffset(loughton);
    expect(pictureMap.detailsAnchor.project(loughton)).toEqual({ x: 500 + x, y: 300 + y });
    // A picture cannot move: revealing a feature leaves it where it is.
    expect(pictureMap.detailsAnchor.reveal(loughton, 150)).toEqual({ x: 500 + x, y: 300 + y });
    // When the box changes size, what follows a feature hears of it.
    let moved = 0;
    const stop = pictureMap.detailsAnchor.onViewChange(() => moved++);
    for (const resized of observers) resized();
    stop();
    for (const resized of observers) resized();
    expect(moved).toBe(1);
  });

  it("makes its own links over a snippet's picture file, and hides the sites a date does not know yet", () => {
    const { area, pictureMap, links } = mount({ file: true });
    expect(links().map((l) => l.dataset.id)).toEqual([
      "loughton",
      "stargate-norway",
      "cobalt-park",
      "nscale",
      "aker",
    ]);
    expect(links()[0]?.style.getPropertyValue("--x")).toBe(
      frameOffset(realView().entity("loughton")?.lngLat ?? [0, 0]).x.toFixed(1),
    );
    pictureMap.setView(realView("de", undefined, undefined, "2025-02"));
    expect(links().map((l) => l.dataset.id)).not.toContain("stargate-norway");
    pictureMap.destroy();
    expect(area.querySelector(".picture-targets")).toBeNull();
  });

  it("says in the inline picture's corner the date its view shows, also once the picture is swapped", () => {
    const { picture, pictureMap } = mount();
    const corner = () => picture.querySelector("text.label-edition")?.textContent;
    expect(corner()).toBe("Stand: November 2026");
    pictureMap.setView(realView("de", undefined, undefined, "2025-09-16/2025-09-17"));
    expect(corner()).toBe("Stand: 16./17. September 2025");
    picture.querySelector("svg")?.replaceWith(document.createElementNS("http://www.w3.org/2000/svg", "svg"));
    picture.querySelector("svg")?.append(document.createElementNS("http://www.w3.org/2000/svg", "text"));
    picture.querySelector("svg text")?.setAttribute("class", "label-edition");
    picture.dispatchEvent(new CustomEvent(PICTURE_CHANGED));
    expect(corner()).toBe("Stand: 16./17. September 2025");
    pictureMap.destroy();
  });

  it("redraws its sites, arcs and labels for another date exactly as the build draws that date", async () => {
    const pictureOf = (view: View) =>
      renderStaticPicture({ view, basemap: [], places: { type: "FeatureCollection", features: [] } });
    const drawn = (view: View) => {
      const holder = document.createElement("div");
      holder.innerHTML = pictureOf(view);
      return (part: string) => holder.querySelector(`g.picture-data[data-part="${part}"]`)?.innerHTML;
    };
    const edition = realView();
    const article = realView("de", undefined, undefined, "2025-09-16/2025-09-17");
    // The build's own picture, drawn at its edition.
    const { picture, pictureMap } = mount({ svg: pictureOf(edition) });
    const group = (part: string) => picture.querySelector<SVGGElement>(`g.picture-data[data-part="${part}"]`);
    // The two dates draw differently (OpenAI's arcs, Microsoft's purchase), so a redraw can be seen.
    expect(drawn(article)("marks")).not.toBe(drawn(edition)("marks"));
    pictureMap.setView(article);
    await vi.waitFor(() => expect(group("marks")?.dataset.asOf).toBe(article.asOf));
    expect(group("marks")?.innerHTML).toBe(drawn(article)("marks"));
    expect(group("labels")?.innerHTML).toBe(drawn(article)("labels"));
    expect(picture.querySelector("svg > desc")?.textContent).toBe(describeView(article).text);
    // A screen reader's name of the picture: the article's sites and figures, not the edition's.
    expect(article.pictureTitle).not.toBe(edition.pictureTitle);
    expect(picture.querySelector("svg > title")?.textContent).toBe(article.pictureTitle);
    expect(group("labels")?.querySelector("text")?.textContent).toBe(
      article.map.sites.features[0]?.properties.label,
    );
    pictureMap.setView(edition);
    await vi.waitFor(() => expect(group("marks")?.dataset.asOf).toBe(edition.asOf));
    expect(group("marks")?.innerHTML).toBe(drawn(edition)("marks"));
    pictureMap.destroy();
  });

  describe("a snippet's picture file", () => {
    const file = "https://assets.example/v/0.1.0/static/map-de.svg";
    const pictureOf = (view: View) =>
      renderStaticPicture({ view, basemap: [], places: { type: "FeatureCollection", features: [] } });
    const edition = realView();
    const article = realView("de", undefined, undefined, "2025-09-16/2025-09-17");
    const october = realView("de", undefined, undefined, "2025-10-15");

    /** A fetch of the build's files that answers from `answer`, recording what was asked for. */
    function stubFetch(answer: (url: string) => string | null) {
      const fetched: string[] = [];
      vi.stubGlobal("fetch", async (url: string) => {
        fetched.push(url);
        const text = answer(url);
        return { ok: text !== null, text: async () => text ?? "" };
      });
      return fetched;
    }
    function mountFile(src = file) {
      const mounted = mount({ file: true });
      const img = mounted.picture as HTMLImageElement;
      img.setAttribute("src", src);
      // The picture map reads the file the element chose when it is made: made again here with the src set.
      mounted.pictureMap.destroy();
      const pictureMap = createPictureMap({
        area: mounted.area,
        picture: img,
        store: mounted.store,
        view: edition,
        onSeveral: () => {},
        onNothing: () => {},
      });
      return { img, pictureMap };
    }
    /** What an image shows, read back from its data: URL. */
    const shown = (img: HTMLImageElement) => {
      const holder = document.createElement("div");
      holder.innerHTML = decodeURIComponent(img.src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
      return holder;
    };
    const part = (root: ParentNode, name: string) =>
      root.querySelector(`g.picture-data[data-part="${name}"]`)?.innerHTML;
    afterEach(() => vi.unstubAllGlobals());

    it("is shown for another date as a redrawn copy, and as itself again at the edition", async () => {
      const fetched = stubFetch(() => pictureOf(edition));
      const { img, pictureMap } = mountFile();
      pictureMap.setView(article);
      await vi.waitFor(() => expect(img.src.startsWith("data:image/svg+xml;charset=utf-8,")).toBe(true));
      const reference = document.createElement("div");
      reference.innerHTML = pictureOf(article);
      for (const name of ["marks", "labels"]) expect(part(shown(img), name)).toBe(part(reference, name));
      expect(shown(img).querySelector("text.label-edition")?.textContent).toBe(article.credits.asOf);
      expect(pictureMap.shownAsOf()).toBe(article.asOf);
      pictureMap.setView(edition);
      expect(img.src).toBe(file);
      expect(pictureMap.shownAsOf()).toBeNull();
      // The file was fetched once.
      pictureMap.setView(october);
      await vi.waitFor(() => expect(pictureMap.shownAsOf()).toBe(october.asOf));
      expect(fetched).toEqual([file]);
      pictureMap.destroy();
    });

    it("follows the view's theme: the dark twin's copy in dark colours, and the twin at the edition", async () => {
      const fetched = stubFetch((url) =>
        url.endsWith("-dark.svg") ? pictureOf(realView("de", DARK)) : null,
      );
      const { img, pictureMap } = mountFile();
      pictureMap.setView(realView("de", DARK, undefined, "2025-10-15"));
      await vi.waitFor(() => expect(img.src.startsWith("data:")).toBe(true));
      expect(fetched).toEqual([file.replace(".svg", "-dark.svg")]);
      pictureMap.setView(realView("de", DARK));
      expect(img.src).toBe(file.replace(".svg", "-dark.svg"));
      pictureMap.destroy();
    });

    it("shows the latest date asked for, whatever order the copies come in", async () => {
      stubFetch(() => pictureOf(edition));
      const { img, pictureMap } = mountFile();
      pictureMap.setView(article);
      pictureMap.setView(october);
      await vi.waitFor(() => expect(pictureMap.shownAsOf()).toBe(october.asOf));
      expect(shown(img).querySelector("text.label-edition")?.textContent).toBe(october.credits.asOf);
      pictureMap.destroy();
    });

    it("keeps the file when it cannot be had, and tries again at the next date", async () => {
      // A file of its own: the files fetched by the tests above are kept for the page.
      const english = file.replace("map-de.svg", "map-en.svg");
      const seenAtRetry: string[] = [];
      let img: HTMLImageElement | null = null;
      const fetched = stubFetch(() => {
        // The second request comes only once the first has failed and been forgotten: what the image showed
        // then is what a failure leaves.
        if (fetched.length < 2) return null;
        seenAtRetry.push(img?.src ?? "");
        return pictureOf(edition);
      });
      const mounted = mountFile(english);
      img = mounted.img;
      const { pictureMap } = mounted;
      // Each new date asks again, until the file comes.
      let date = 0;
      await vi.waitFor(() => {
        pictureMap.setView(date++ % 2 ? article : october);
        expect(pictureMap.shownAsOf()).not.toBeNull();
      });
      expect(seenAtRetry).toEqual([english]);
      expect(fetched.length).toBeGreaterThanOrEqual(2);
      pictureMap.destroy();
    });

    it("goes back to the file for good when the page refuses the copy, and to the file when destroyed", async () => {
      stubFetch(() => pictureOf(edition));
      const { img, pictureMap } = mountFile();
      pictureMap.setView(article);
      await vi.waitFor(() => expect(img.src.startsWith("data:")).toBe(true));
      // A Content-Security-Policy without data: images: the copy fails to load.
      img.dispatchEvent(new Event("error"));
      expect(img.src).toBe(file);
      pictureMap.setView(october);
      expect(img.src).toBe(file);
      pictureMap.destroy();
      const again = mountFile();
      again.pictureMap.setView(article);
      await vi.waitFor(() => expect(again.img.src.startsWith("data:")).toBe(true));
      again.pictureMap.destroy();
      expect(again.img.src).toBe(file);
    });
  });

  it("leaves the focus where the reader has it when a story step closes the details", () => {
    // In the element's shadow root, as on a page: nothing there has the focus while the reader scrolls.
    const { area, store, pictureMap } = mount();
    const host = document.createElement("div");
    document.body.replaceChildren(host);
    host.attachShadow({ mode: "open" }).append(area);
    store.select("loughton", "story");
    store.select(null, "story");
    expect(document.activeElement).toBe(document.body);
    // Closed by the reader from within the details, the focus goes back to the site's link, as before.
    store.select("loughton", "map");
    store.select(null, "popup");
    expect(host.shadowRoot?.activeElement).toBe(link(area, "loughton"));
    pictureMap.destroy();
  });

  it("stops listening when destroyed and leaves the build's links in place", () => {
    const { area, store, pictureMap, links } = mount();
    pictureMap.destroy();
    const loughton = link(area, "loughton");
    if (!loughton) throw new Error("no link for Loughton");
    expect(click(loughton, 0, 0, 0).defaultPrevented).toBe(false);
    expect(store.get().selectedId).toBeNull();
    expect(links()).toHaveLength(5);
  });
});
