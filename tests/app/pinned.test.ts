/**
 * Which copy is pinned (and so asks whether a later release corrected it) and where its line's link leads:
 * the live channel's page, with the reader's options.
 */
import { describe, expect, it } from "vitest";
import { pinnedVersion, versionOfPath } from "../../src/app/pinned.ts";
import { liveLink } from "../../src/app/pinned-check.ts";
import { DEFAULTS } from "../../src/contract/options.ts";

const HOST = "https://maps.example.org/ai-infra-map/";
const PINNED_BASE = new URL(`${HOST}v/0.1.0/`);

describe("a copy", () => {
  it("is pinned to its version when an article loads its element from the version directory", () => {
    expect(pinnedVersion(PINNED_BASE, new URL("https://news.example.com/2025/09/narvik.html"), false)).toBe(
      "0.1.0",
    );
  });

  it("is pinned to its version as the version directory's own page (the pinned iframe)", () => {
    expect(pinnedVersion(PINNED_BASE, new URL(`${HOST}v/0.1.0/index.html?lang=en`), false)).toBe("0.1.0");
  });

  it("is live as the live channel's page, which loads the same version directory", () => {
    expect(pinnedVersion(PINNED_BASE, new URL(`${HOST}live/index.html?as-of=2025-09-17`), false)).toBeNull();
    expect(pinnedVersion(PINNED_BASE, new URL(`${HOST}live/`), false)).toBeNull();
  });

  it("is live in an article that loaded the live channel's embed.js", () => {
    expect(
      pinnedVersion(PINNED_BASE, new URL("https://news.example.com/2025/09/narvik.html"), true),
    ).toBeNull();
  });

  it("is not pinned outside a version directory (the development server, an older layout)", () => {
    const page = new URL("https://news.example.com/narvik.html");
    expect(pinnedVersion(new URL("http://localhost:5173/"), page, false)).toBeNull();
    expect(pinnedVersion(new URL(`${HOST}dist/`), page, false)).toBeNull();
  });
});

describe("the link to the current version", () => {
  it("opens the live channel's page beside the version directories, in the reader's language, date, site and theme", () => {
    const options = { ...DEFAULTS, lang: "en" as const, site: "narvik", theme: "dark" as const };
    const link = new URL(liveLink(PINNED_BASE, options, "2025-09-17"));
    expect(`${link.origin}${link.pathname}`).toBe(`${HOST}live/index.html`);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      lang: "en",
      site: "narvik",
      theme: "dark",
      "as-of": "2025-09-17",
    });
  });

  it("names only the language when the reader sees the latest of everything with the default options", () => {
    const link = new URL(liveLink(PINNED_BASE, DEFAULTS, null));
    expect(link.href).toBe(`${HOST}live/index.html?lang=de`);
  });
});

describe("a version directory", () => {
  it("is read from a version directory's path only", () => {
    expect(versionOfPath("/maps/v/0.1.0/")).toBe("0.1.0");
    expect(versionOfPath("/v/0.1.0/assets/")).toBeNull();
    expect(versionOfPath("/live/")).toBeNull();
    expect(versionOfPath("/v/latest/")).toBeNull();
    expect(versionOfPath("/")).toBeNull();
  });
});
