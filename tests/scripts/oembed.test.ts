import { describe, expect, it } from "vitest";
import {
  OEMBED_WIDTH,
  oembedFileName,
  oembedLinkTags,
  oembedResponse,
  publicBase,
} from "../../scripts/oembed.ts";
import { iframeSnippet } from "../../src/embed/embed-snippets.ts";

const BASE = "https://maps.example.org/ai-infra-map/v/0.1.0/";
const IMAGE = { width: 1200, height: 720 };

describe("publicBase", () => {
  it("is null without AIM_PUBLIC_URL, so that no oEmbed file is written with URLs that cannot work elsewhere", () => {
    expect(publicBase(undefined)).toBeNull();
    expect(publicBase("")).toBeNull();
  });

  it("ends the directory in a slash, so that files resolve inside it and not next to it", () => {
    expect(publicBase(BASE)).toBe(BASE);
    expect(publicBase("https://maps.example.org/ai-infra-map/v/0.1.0")).toBe(BASE);
    expect(publicBase(`${BASE}?x=1#y`)).toBe(BASE);
  });

  it("stops the build for a value that is not an absolute http(s) URL", () => {
    expect(() => publicBase("maps.example.org/v/0.1.0/")).toThrow(/absolute URL/);
    expect(() => publicBase("ftp://maps.example.org/v/0.1.0/")).toThrow(/http\(s\)/);
  });
});

describe("oembedResponse", () => {
  it("is oEmbed 1.0 of type rich with every field a consumer needs, all URLs absolute", () => {
    expect(oembedResponse(BASE, "de", IMAGE)).toEqual({
      type: "rich",
      version: "1.0",
      title: "KI-Rechenzentren: Nscale, OpenAI, Nvidia, Aker und Microsoft",
      provider_name: "maps.example.org",
      provider_url: "https://maps.example.org/",
      html: iframeSnippet({ base: BASE, lang: "de", site: null, theme: "auto", asOf: null }),
      width: OEMBED_WIDTH,
      height: 575,
      thumbnail_url: `${BASE}static/map-de.png`,
      thumbnail_width: 1200,
      thumbnail_height: 720,
    });
  });

  it("carries the English snippet, title and picture in English", () => {
    const response = oembedResponse(BASE, "en", IMAGE);
    expect(response.html).toContain(`src="${BASE}index.html?embed=1&amp;lang=en"`);
    expect(response.html).toContain(`<script type="module" src="${BASE}embed-host.js"></script>`);
    expect(response.title).toBe("AI data centres: Nscale, OpenAI, Nvidia, Aker and Microsoft");
    expect(response.thumbnail_url).toBe(`${BASE}static/map-en.png`);
  });

  it("declares the snippet's own iframe height", () => {
    const response = oembedResponse(BASE, "de", IMAGE);
    expect(response.html).toContain(` height="${response.height}" `);
  });
});

describe("oembedLinkTags", () => {
  it("links both responses for discovery, the page's own language first", () => {
    expect(oembedLinkTags(BASE).map((tag) => tag.attrs)).toEqual([
      {
        rel: "alternate",
        type: "application/json+oembed",
        href: `${BASE}${oembedFileName("de")}`,
        hreflang: "de",
        title: "KI-Rechenzentren: Nscale, OpenAI, Nvidia, Aker und Microsoft",
      },
      {
        rel: "alternate",
        type: "application/json+oembed",
        href: `${BASE}oembed-en.json`,
        hreflang: "en",
        title: "AI data centres: Nscale, OpenAI, Nvidia, Aker and Microsoft",
      },
    ]);
  });
});
