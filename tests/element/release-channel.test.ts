// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { pinnedChannel } from "../../src/element/release-channel.ts";

const BASE = new URL("https://maps.example.org/aim/v/0.2.0/");

afterEach(() => {
  window.history.replaceState(null, "", "/");
  for (const script of document.querySelectorAll("script")) script.remove();
});

function script(src: string) {
  const element = document.createElement("script");
  element.type = "module";
  element.src = src;
  document.head.append(element);
}

describe("a copy of the map", () => {
  it("is pinned when its page and script come from a release's directory: it reads the log beside v/", () => {
    script("https://maps.example.org/aim/v/0.2.0/embed.js");
    expect(pinnedChannel(document, BASE)).toEqual({
      releasesUrl: "https://maps.example.org/aim/releases.json",
      liveUrl: "https://maps.example.org/aim/live/index.html",
    });
  });

  it("is live when its element's script is the live channel's", () => {
    script("https://maps.example.org/aim/live/embed.js");
    expect(pinnedChannel(document, BASE)).toBeNull();
  });

  it("is live when its page is the live channel's (the standalone page, the iframe)", () => {
    window.history.replaceState(null, "", "/aim/live/index.html?embed=1");
    expect(pinnedChannel(document, BASE)).toBeNull();
    window.history.replaceState(null, "", "/aim/live/");
    expect(pinnedChannel(document, BASE)).toBeNull();
  });

  it("is neither outside a release's directory (the dev server, a build served from its own folder)", () => {
    expect(pinnedChannel(document, new URL("https://maps.example.org/src/"))).toBeNull();
    expect(pinnedChannel(document, new URL("https://maps.example.org/"))).toBeNull();
  });
});
