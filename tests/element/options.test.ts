// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULTS } from "../../src/contract/options.ts";
import { readOptions, useCooperativeGestures } from "../../src/element/options.ts";

function host(attributes: Record<string, string>) {
  const element = document.createElement("ai-infra-map");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  vi.restoreAllMocks();
});

describe("the element's options", () => {
  it("come from its attributes, and the defaults for the rest", () => {
    expect(readOptions(host({ lang: "en", theme: "dark", "as-of": "2026-04" }))).toEqual({
      ...DEFAULTS,
      lang: "en",
      theme: "dark",
      asOf: "2026-04",
    });
  });

  it("ignore the page's URL unless the element owns it", () => {
    window.history.replaceState(null, "", "/?lang=en&site=loughton");
    expect(readOptions(host({ theme: "dark" }))).toEqual({ ...DEFAULTS, theme: "dark" });
  });

  it("under url-state take the URL's parameters over the attributes, which fill in the rest", () => {
    window.history.replaceState(null, "", "/?lang=en&site=loughton&height=");
    const options = readOptions(host({ "url-state": "", lang: "de", height: "480", theme: "dark" }));
    expect(options).toEqual({ ...DEFAULTS, lang: "en", site: "loughton", height: 480, theme: "dark" });
  });

  it("read a top-level page's URL as anyone's: no words above the map from a link", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    window.history.replaceState(null, "", "/?headline=Crafted");
    expect(readOptions(host({ "url-state": "" })).headline).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      "ai-infra-map: headline is only read from an attribute or an iframe embed's URL",
    );
  });
});

describe("cooperative gestures", () => {
  const page = (options: { inFrame?: boolean; scrollHeight?: number | null; innerHeight?: number }) => {
    const win = {
      innerHeight: options.innerHeight ?? 800,
      document: {
        scrollingElement:
          options.scrollHeight === null ? null : { scrollHeight: options.scrollHeight ?? 800 },
      },
    } as unknown as Window & { top: Window };
    win.top = options.inFrame ? ({} as Window) : win;
    return win;
  };

  it("follow the option where it says so", () => {
    expect(useCooperativeGestures("cooperative", page({}))).toBe(true);
    expect(useCooperativeGestures("greedy", page({ inFrame: true }))).toBe(false);
    expect(useCooperativeGestures("none", page({ scrollHeight: 3000 }))).toBe(false);
  });

  it("by default hold in a frame and on a page that scrolls, not on a map that is its own page", () => {
    expect(useCooperativeGestures("auto", page({ inFrame: true }))).toBe(true);
    expect(useCooperativeGestures("auto", page({ scrollHeight: 3000 }))).toBe(true);
    expect(useCooperativeGestures("auto", page({ scrollHeight: 801 }))).toBe(false);
    expect(useCooperativeGestures("auto", page({ scrollHeight: null }))).toBe(true);
  });
});
