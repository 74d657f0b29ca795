// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderStaticList, renderTargetLinks } from "../../scripts/static-picture-plugin.ts";
import { PICTURE_CHANGED } from "../../src/picture/picture-changed.ts";
import { showPictureIn } from "../../src/picture/picture-language.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const BASE = new URL("https://maps.example.org/v/0.1.0/");
const ENGLISH_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="600"><title>Map of the AI data centres</title><text class="label-country">DENMARK</text><text class="label-edition">As of November 2026</text></svg>\n';

/** The element as index.html holds it before the script: the German picture, its links and its list. */
function inlineElement(): HTMLElement {
  const host = document.createElement("ai-infra-map");
  const links = renderTargetLinks(realView("de"), [realView("en")]);
  const list = renderStaticList({ dataset: realDataset() }, "de");
  // The build's own markup, as index.html carries it.
  host.innerHTML = `<div slot="static" class="static-picture" data-lang="de"><svg xmlns="http://www.w3.org/2000/svg"><title>Karte</title><text class="label-country">DÄNEMARK</text></svg>${links}</div>${list}`;
  document.body.append(host);
  return host;
}

function serve(files: Record<string, string>) {
  const fetched: string[] = [];
  vi.stubGlobal("fetch", async (input: URL | RequestInfo) => {
    const url = String(input);
    fetched.push(url);
    const body = files[url.slice(BASE.href.length)];
    return body === undefined
      ? new Response("not found", { status: 404 })
      : new Response(body, { status: 200 });
  });
  return fetched;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("a page in English with the build's German picture inline", () => {
  it("takes the English picture and list, and names the picture's links in English", async () => {
    const host = inlineElement();
    serve({
      "static/map-en.svg": ENGLISH_SVG,
      "static/list-en.html": `${renderStaticList({ dataset: realDataset() }, "en")}\n`,
    });
    const changed = vi.fn();
    host.querySelector(".static-picture")?.addEventListener(PICTURE_CHANGED, changed);
    await showPictureIn(host, "en", BASE);
    const picture = host.querySelector<HTMLElement>(".static-picture");
    expect(picture?.dataset.lang).toBe("en");
    expect(picture?.querySelector("svg")?.textContent).toContain("DENMARK");
    expect(picture?.querySelector("svg")?.getAttribute("width")).toBe("100%");
    expect(host.textContent).not.toContain("DÄNEMARK");
    expect(host.querySelector('a[data-id="loughton"]')?.getAttribute("aria-label")).toBe(
      "Loughton, Data centre",
    );
    expect(host.querySelector(".static-list")?.getAttribute("lang")).toBe("en");
    expect(host.querySelector(".static-list h2")?.textContent).toBe("Data centres");
    expect(changed).toHaveBeenCalledOnce();
  });

  it("asks for nothing where the picture is already in the page's language", async () => {
    const host = inlineElement();
    const fetched = serve({});
    await showPictureIn(host, "de", BASE);
    expect(fetched).toEqual([]);
    expect(host.querySelector(".static-picture")?.getAttribute("data-lang")).toBe("de");
  });

  it("shows the German picture, marked, when the English files cannot be had, rather than nothing", async () => {
    const host = inlineElement();
    serve({});
    await showPictureIn(host, "en", BASE);
    const picture = host.querySelector<HTMLElement>(".static-picture");
    expect(picture?.dataset.lang).toBe("de");
    expect(picture?.hasAttribute("data-lang-fallback")).toBe(true);
    expect(host.querySelector(".static-list")?.hasAttribute("data-lang-fallback")).toBe(true);
  });
});
