import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cacheControl, IMMUTABLE, MUTABLE } from "../../scripts/cache-headers.mjs";
import {
  liveEntryModule,
  liveIndexHtml,
  type Release,
  type ReleasesFile,
  releaseDate,
  releaseOf,
  releasesLog,
  writeChannel,
} from "../../scripts/channel.ts";
import { oembedResponse } from "../../scripts/oembed.ts";
import { iframeSnippet } from "../../src/embed/embed-snippets.ts";
import { realDataset } from "../map/fixtures.ts";

const history = JSON.parse(readFileSync("geo/releases.json", "utf8")) as { releases: Release[] };
const release = (version: string, date: string): Release => ({
  version,
  date,
  edition: "2026-11",
  corrections: [],
});

describe("the release a build makes", () => {
  const current = releaseOf(realDataset(), "0.2.0", "2026-12-07");

  it("names its version, date and data edition, and every correction of the edition", () => {
    expect(current).toMatchObject({ version: "0.2.0", date: "2026-12-07", edition: "2026-11" });
    expect(current.corrections).toHaveLength(realDataset().edition.corrections.length);
  });

  it("says each correction in plain text in both languages, its marks rendered and its concerns sorted", () => {
    const paused = current.corrections.find((c) => c.concerns.includes("cobalt-paused"));
    expect(paused?.text).toEqual({
      de: "Cobalt Park: Stargate UK ist seit 9. April 2026 pausiert.",
      en: "Cobalt Park: Stargate UK has been paused since 9 April 2026.",
    });
    for (const correction of current.corrections) {
      expect(correction.concerns).toEqual([...correction.concerns].sort());
      expect(`${correction.text.de} ${correction.text.en}`).not.toMatch(/[{}]/);
    }
  });

  it("is dated AIM_RELEASE_DATE when set, and refuses a date in another form", () => {
    expect(releaseDate({ AIM_RELEASE_DATE: "2027-01-02" })).toBe("2027-01-02");
    expect(releaseDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => releaseDate({ AIM_RELEASE_DATE: "2.1.2027" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("geo/releases.json", () => {
  it("holds 0.1.0 with the corrections it was published with, as plain text", () => {
    const [first] = history.releases;
    expect(first).toMatchObject({ version: "0.1.0", date: "2026-12-06", edition: "2026-11" });
    expect(first?.corrections).toContainEqual({
      date: "2026-11-30",
      concerns: ["norway-gpus-target"],
      text: {
        de: "Narvik: 100.000 GPUs waren das Ziel vom 31. Juli 2025.",
        en: "Narvik: 100,000 GPUs was the target of 31 July 2025.",
      },
    });
  });
});

describe("the release log", () => {
  it("orders two releases of one day by version", () => {
    const log = releasesLog(
      [release("0.1.0", "2026-12-06"), release("0.3.0", "2026-12-07")],
      release("0.2.0", "2026-12-07"),
    );
    expect(log.releases.map((r) => r.version)).toEqual(["0.1.0", "0.2.0", "0.3.0"]);
  });

  it("appends the current release, oldest first, and names it live", () => {
    const log = releasesLog([release("0.1.0", "2026-12-06")], release("0.2.0", "2026-12-07"));
    expect(log.format).toBe(1);
    expect(log.live).toBe("0.2.0");
    expect(log.releases.map((r) => r.version)).toEqual(["0.1.0", "0.2.0"]);
  });

  it("keeps the entry a version was published with when it is built again", () => {
    const published = { ...release("0.1.0", "2026-12-06"), edition: "2026-10" };
    const log = releasesLog([published], release("0.1.0", "2027-01-01"));
    expect(log.releases).toEqual([published]);
    expect(log.live).toBe("0.1.0");
  });
});

describe("the live channel's files", () => {
  it("forward each entry module to the release's file of the same name", () => {
    expect(liveEntryModule("0.2.0", "embed-host.js")).toBe('import "../v/0.2.0/embed-host.js";\n');
    expect(liveEntryModule("0.2.0", "embed.js")).toMatch(/^import\("\.\.\/v\/0\.2\.0\/embed\.js"\)\.catch\(/);
  });

  it("let the element embed's entry say, in each map's language, when the release's file cannot be had", () => {
    const entry = liveEntryModule("0.2.0", "embed.js");
    expect(entry).toContain(
      '"de":"Die Karte konnte nicht geladen werden. Die Liste funktioniert weiterhin."',
    );
    expect(entry).toContain('"en":"The map could not be loaded. The list still works."');
    // Text only, into maps that never started.
    expect(entry).toContain("ai-infra-map:not(:defined)");
    expect(entry).toContain("message.textContent = ");
    expect(entry).not.toMatch(/innerHTML|insertAdjacentHTML/);
  });

  it("point the page's relative URLs into the release's directory and leave its in-page links", () => {
    const html =
      '<script src="./frame-mode.js"></script><link rel="stylesheet" href="./assets/index-1.css"><a href="#aim-loughton"></a><a href="https://x.org/./y">';
    expect(liveIndexHtml(html, "0.2.0")).toBe(
      '<script src="../v/0.2.0/frame-mode.js"></script><link rel="stylesheet" href="../v/0.2.0/assets/index-1.css"><a href="#aim-loughton"></a><a href="https://x.org/./y">',
    );
  });

  it("are served revalidated on every use, and a release's directory as immutable for a year", () => {
    expect(cacheControl("/live/embed.js")).toBe(MUTABLE);
    expect(cacheControl("/releases.json")).toBe(MUTABLE);
    expect(MUTABLE).toBe("no-cache");
    expect(cacheControl("/v/0.2.0/assets/app-x.js")).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe("public, max-age=31536000, immutable");
  });
});

describe("writeChannel", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A dist/ with one built release: its page, its pictures and its pinned oEmbed file. */
  function distWith(version: string, publicRoot: string) {
    root = mkdtempSync(join(tmpdir(), "aim-channel-"));
    const dir = join(root, "v", version);
    mkdirSync(join(dir, "static"), { recursive: true });
    const discovery = `<link rel="alternate" type="application/json+oembed" href="${publicRoot}v/${version}/oembed-de.json" hreflang="de">`;
    writeFileSync(
      join(dir, "index.html"),
      `${discovery}<script type="module" src="./assets/index-1.js"></script>`,
    );
    writeFileSync(join(dir, "static", "map-de.svg"), "<svg/>");
    const pinned = oembedResponse(`${publicRoot}v/${version}/`, "de", { width: 1200, height: 720 });
    writeFileSync(join(dir, "oembed-de.json"), JSON.stringify(pinned));
  }
  const read = (path: string) => readFileSync(join(root, path), "utf8");

  it("writes live/ and releases.json next to the release's directory, with the live iframe as oEmbed", () => {
    const publicRoot = "https://maps.example.org/ai-infra-map/";
    distWith("0.2.0", publicRoot);
    writeChannel(root, release("0.2.0", "2026-12-07"), [release("0.1.0", "2026-12-06")]);
    expect(read("live/embed.js")).toBe(liveEntryModule("0.2.0", "embed.js"));
    expect(read("live/embed-host.js")).toBe('import "../v/0.2.0/embed-host.js";\n');
    expect(read("live/index.html")).toContain('src="../v/0.2.0/assets/index-1.js"');
    expect(read("live/static/map-de.svg")).toBe("<svg/>");
    const live = JSON.parse(read("live/oembed-de.json"));
    expect(live.html).toBe(
      iframeSnippet({ base: `${publicRoot}live/`, lang: "de", site: null, theme: "auto", asOf: null }),
    );
    expect(live.thumbnail_url).toBe(`${publicRoot}live/static/map-de.png`);
    // The live page names the live responses for discovery, so a pasted live link gets the live snippet.
    expect(read("live/index.html")).toContain(`href="${publicRoot}live/oembed-de.json"`);
    expect(read(`v/0.2.0/index.html`)).toContain(`href="${publicRoot}v/0.2.0/oembed-de.json"`);
    const log = JSON.parse(read("releases.json")) as ReleasesFile;
    expect(log.live).toBe("0.2.0");
    expect(log.releases.map((r) => r.version)).toEqual(["0.1.0", "0.2.0"]);
  });

  it("keeps a deployed release in the log when the next is built from another history", () => {
    distWith("0.2.0", "https://maps.example.org/");
    writeChannel(root, release("0.2.0", "2026-12-07"), []);
    mkdirSync(join(root, "v", "0.2.1", "static"), { recursive: true });
    writeFileSync(join(root, "v", "0.2.1", "index.html"), "");
    writeChannel(root, release("0.2.1", "2026-12-08"), [release("0.1.0", "2026-12-06")]);
    const log = JSON.parse(read("releases.json")) as ReleasesFile;
    expect(log.releases.map((r) => r.version)).toEqual(["0.1.0", "0.2.0", "0.2.1"]);
    expect(read("live/embed.js")).toBe(liveEntryModule("0.2.1", "embed.js"));
  });
});
