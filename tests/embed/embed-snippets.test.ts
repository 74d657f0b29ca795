import { describe, expect, it } from "vitest";
import {
  channelBases,
  elementSnippet,
  iframeSnippet,
  type SnippetOptions,
} from "../../src/embed/embed-snippets.ts";

const options: SnippetOptions = {
  base: "https://maps.example.org/ai-infra-map/v/1.2.0/",
  lang: "de",
  site: null,
  theme: "auto",
};

describe("iframeSnippet", () => {
  it("points at the embed page and host script of the version it was made for", () => {
    expect(iframeSnippet(options)).toBe(
      [
        '<iframe class="ai-infra-map" title="Karte der KI-Rechenzentren und Firmensitze" loading="lazy" allow="fullscreen"',
        '        src="https://maps.example.org/ai-infra-map/v/1.2.0/index.html?embed=1&amp;lang=de" width="100%" height="575" frameborder="0"></iframe>',
        '<script type="module" src="https://maps.example.org/ai-infra-map/v/1.2.0/embed-host.js"></script>',
      ].join("\n"),
    );
  });

  it("carries only the options that differ from the defaults, in English too", () => {
    const snippet = iframeSnippet({ ...options, lang: "en", site: "stargate-norway", theme: "dark" });
    expect(snippet).toContain("index.html?embed=1&amp;lang=en&amp;site=stargate-norway&amp;theme=dark");
    expect(snippet).toContain('title="Map of the AI data centres and company headquarters"');
  });

  it("carries the date the editor chose, so the embed shows the story as of that date", () => {
    const snippet = iframeSnippet({ ...options, asOf: "2025-09-16/2025-09-17" });
    expect(snippet).toContain("index.html?embed=1&amp;lang=de&amp;as-of=2025-09-16%2F2025-09-17");
    expect(elementSnippet({ ...options, asOf: "2025-09-17" }, "")).toContain('as-of="2025-09-17"');
  });

  it("switches the downloads off in both snippets only when the editor did", () => {
    const off = { ...options, downloads: false };
    expect(iframeSnippet(off)).toContain("index.html?embed=1&amp;lang=de&amp;downloads=off");
    expect(elementSnippet(off, "")).toContain('<ai-infra-map lang="de" downloads="off">');
    expect(elementSnippet(off, "")).toContain("index.html?lang=de&amp;downloads=off");
    expect(iframeSnippet({ ...options, downloads: true })).not.toContain("downloads");
    expect(elementSnippet({ ...options, downloads: true }, "")).not.toContain("downloads");
  });

  it("has no style attribute, which a strict Content-Security-Policy would block", () => {
    expect(iframeSnippet(options)).not.toContain("style=");
  });
});

describe("elementSnippet", () => {
  it("wraps the picture, the list and a link to the full map in the element", () => {
    const snippet = elementSnippet({ ...options, site: "loughton" }, "<ul><li>Loughton</li></ul>");
    expect(snippet.split("\n")).toEqual([
      '<script type="module" src="https://maps.example.org/ai-infra-map/v/1.2.0/embed.js"></script>',
      '<ai-infra-map lang="de" site="loughton">',
      '  <img slot="static" elementtiming="static-picture" src="https://maps.example.org/ai-infra-map/v/1.2.0/static/map-de.svg" width="1000" height="600"',
      '       alt="Karte der KI-Rechenzentren und Firmensitze">',
      "  <ul><li>Loughton</li></ul>",
      '  <p><a href="https://maps.example.org/ai-infra-map/v/1.2.0/index.html?lang=de&amp;site=loughton">Interaktive Karte öffnen</a></p>',
      "</ai-infra-map>",
    ]);
  });

  it("escapes what it puts into attributes", () => {
    const snippet = elementSnippet({ ...options, site: '"><script>' }, "");
    expect(snippet).toContain('site="&quot;&gt;&lt;script&gt;"');
    expect(snippet).not.toContain('"><script>');
  });
});

describe("channelBases", () => {
  const live = "https://maps.example.org/ai-infra-map/live/";
  const pinned = "https://maps.example.org/ai-infra-map/v/1.2.0/";

  it("gives the live channel and this version's directory from a page of a version's directory", () => {
    expect(channelBases(`${pinned}index.html?site=loughton#map=3/1/2`, "1.2.0")).toEqual({ live, pinned });
  });

  it("gives the same two from the live channel's page, which a later release serves too", () => {
    expect(channelBases(`${live}index.html?lang=en`, "1.2.0")).toEqual({ live, pinned });
    expect(channelBases(live, "1.2.0")).toEqual({ live, pinned });
  });

  it("makes a live snippet that names no version and a pinned one that names this version", () => {
    const bases = channelBases(`${pinned}index.html`, "1.2.0");
    expect(iframeSnippet({ ...options, base: bases.live })).not.toMatch(/\/v\/\d/);
    expect(elementSnippet({ ...options, base: bases.live }, "")).toContain(`src="${live}embed.js"`);
    expect(elementSnippet({ ...options, base: bases.pinned }, "")).toContain(`src="${pinned}embed.js"`);
  });
});
