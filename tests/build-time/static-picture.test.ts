import { describe, expect, it } from "vitest";
import {
  darkPictureCss,
  loadGeo,
  pictureToPng,
  renderDemoArticle,
  renderPictures,
  renderTargetLinks,
  socialCardTags,
  targetOffsetsCss,
} from "../../scripts/static-picture-plugin.ts";
import { frameOffset } from "../../src/picture/placement.ts";
import { DARK, LIGHT } from "../../src/theme.ts";
import { realView } from "../map/fixtures.ts";

describe("the static picture", () => {
  it("is drawn for both languages with the sites labelled and the water behind the land", () => {
    const pictures = renderPictures(".");
    expect(pictures.de).toContain("Loughton · geplant: 50 MW");
    // Each label says what it labels, for the phone's larger site labels (src/page.css).
    expect(pictures.de).toMatch(/<text [^>]*class="label-site [^"]*"[^>]*>Kvandal · geplant: 230 MW<\/text>/);
    expect(pictures.de).toMatch(/<text [^>]*class="label-place [^"]*"[^>]*>Oslo<\/text>/);
    expect(pictures.en).toContain(
      ">Cobalt Park · Stargate UK, possible offtake: up to 8,000 GPUs (paused)</text>",
    );
    // A snapshot says which date it shows: the edition's.
    expect(pictures.de).toContain(">Stand: November 2026</text>");
    expect(pictures.en).toContain(">As of November 2026</text>");
    // Stargate UK's 8,000 is never drawn as Cobalt Park's own figure.
    expect(pictures.en).not.toContain("Cobalt Park · up to 8,000");
    // The first shape is the water; the land follows, so water only shows where there is no land.
    expect(pictures.de).toMatch(
      /^<svg[^>]*><title[^>]*>[^<]*<\/title><desc[^>]*>[^<]*<\/desc><rect [^>]*fill="#d9e6ee"[^>]*\/><path d="M/,
    );
    // The map in words (issue 23) describes the picture, in its language.
    expect(pictures.de).toContain('aria-describedby="static-desc"');
    expect(pictures.de).toContain("Kvandal liegt rund 2.100 km nördlich von Loughton");
    expect(pictures.en).toContain("Kvandal lies about 2,100 km north of Loughton");
  });
});

describe("the picture's links", () => {
  it("are written into the page for every site and office in the frame, named and pointing at the list", () => {
    const links = renderTargetLinks(realView());
    expect(links).toContain(
      '<a class="picture-target" href="#aim-loughton" data-id="loughton" data-kind="site" aria-label="Loughton, Rechenzentrum"></a>',
    );
    expect(links.match(/<a /g)).toHaveLength(5);
    expect(links).not.toContain("openai");
  });

  it("are placed by their offsets from the picture's centre, in rules a strict CSP allows", () => {
    const css = targetOffsetsCss(realView());
    const { x, y } = frameOffset(realView().entity("stargate-norway")?.lngLat ?? [0, 0]);
    expect(css).toContain(
      `.picture-target[data-id="stargate-norway"]{--x:${x.toFixed(1)};--y:${y.toFixed(1)}}`,
    );
    expect(css.split("\n")).toHaveLength(5);
  });
});

describe("the dark picture", () => {
  it("recolours every themed paint of the light picture through its classes", () => {
    const light = renderPictures(".").de;
    const css = darkPictureCss(loadGeo("."));
    const classes = new Set([...light.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] ?? "").split(" ")));
    expect(classes).toContain("fill-land");
    expect(classes).toContain("stroke-company-nscale");
    // Every paint class in the picture has a dark rule, so no shape keeps a light colour on a dark page (the
    // label-* classes say what a label labels, and picture-data groups the data the browser redraws for
    // another date, neither is a paint).
    const paints = [...classes].filter((name) => !name.startsWith("label-") && name !== "picture-data");
    expect(paints.length).toBeGreaterThan(5);
    for (const name of paints) expect(css).toContain(`.static-picture .${name}{`);
    expect(css).toContain(`ai-infra-map[data-theme="dark"] .static-picture .fill-land{fill:${DARK.land}}`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\n[^}]*:not\(\[theme="light"\]\)/);
  });

  it("is drawn in the dark colours when asked for", () => {
    const dark = renderPictures(".", loadGeo("."), DARK).de;
    expect(dark).toContain(`fill="${DARK.water}"`);
    expect(dark).not.toContain(`fill="${LIGHT.water}"`);
  });
});

describe("the build's other outputs", () => {
  it("renders the picture as a PNG for social cards, 1200 px wide", () => {
    const png = pictureToPng(renderPictures(".").de);
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 720]);
  });

  it("points og:image at the PNG, absolute when the public URL is known", () => {
    const image = (url?: string) =>
      socialCardTags(url).find((tag) => tag.attrs?.property === "og:image")?.attrs?.content;
    expect(image()).toBe("static/map-de.png");
    expect(image("https://maps.example.org/ai-infra-map/v/0.1.0/")).toBe(
      "https://maps.example.org/ai-infra-map/v/0.1.0/static/map-de.png",
    );
  });

  it("fills the demo article with both snippets and the list", () => {
    const html = renderDemoArticle(".", loadGeo("."));
    expect(html).not.toContain("<!--iframe-embed-->");
    expect(html).toContain('src="../index.html?embed=1&amp;lang=de"');
    expect(html).toContain('<script type="module" src="../embed.js"></script>');
    expect(html).toMatch(/<ai-infra-map lang="de">\s*<img slot="static"[^>]*src="\.\.\/static\/map-de\.svg"/);
    expect(html).toContain('<li id="aim-loughton"><strong>Loughton</strong>');
    // Nothing inline that a strict Content-Security-Policy would block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/);
  });
});
