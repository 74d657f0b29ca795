/**
 * The live channel across releases (issue 29): the current release and a made-up later one (0.3.1, from
 * a copy of geo/ with tests/fixtures/release-next/additions.json) in one folder served with the real cache headers (tests/browser/two-releases.ts).
 * A live snippet copied from the first release shows the second's correction and event; a pinned one keeps the
 * first; the 0.1.0 snippets (tests/fixtures/snippets-0.1.0/) still come up; a half-finished upload says so over the
 * picture and a working list; the headers are as docs/editors.md says; no request leaves the folder's origin.
 */
import { readFileSync } from "node:fs";
import type { Frame, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_PAGE_MODULE, liveEntryModule, livePage } from "../../scripts/channel.ts";
import {
  channelBases,
  elementSnippet,
  iframeSnippet,
  type SnippetOptions,
} from "../../src/embed/embed-snippets.ts";
import { ENGINE_TITLES, type EngineName, useEngine, waitInPage } from "./engines.ts";
import {
  embedFrame,
  MAPLIBRE_SCRIPT,
  openPage,
  PAGE_DEFAULTS,
  screenshot,
  useBrowser,
  waitForApp,
  waitForMapState,
} from "./helpers.ts";
import { article, buildTwoReleases, NEXT_VERSION, type TwoReleases } from "./two-releases.ts";

const CORRECTION = "Testdaten (erfunden): eine Korrektur zu Loughton";
/** The fixture release's correction as its log writes it. */
const CORRECTION_TEXT =
  "Testdaten (erfunden): eine Korrektur zu Loughton, die nur die Test-Fassung 0.3.1 enthält.";
const EVENT = "Testdaten (erfunden): ein späteres Ereignis in Loughton";
const OLD_BASE = "https://maps.example.org/ai-infra-map/v/0.1.0/";
const DEFAULTS: Omit<SnippetOptions, "base"> = { lang: "de", site: null, theme: "auto" };
const FIRST = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const fixture = (name: string) => readFileSync(`tests/fixtures/snippets-0.1.0/${name}`, "utf8");
const dist = (path: string) => readFileSync(`dist/v/${FIRST}/${path}`, "utf8");

/** The snippets the first release's Embed dialog gives (its page served from v/<first>/), live and pinned. */
const basesOf = (origin: string) => channelBases(`${origin}/v/${FIRST}/index.html`, FIRST);

const FILES: Record<string, (origin: string) => string> = {
  "host/live.html": (origin) =>
    article(
      `${elementSnippet({ ...DEFAULTS, base: basesOf(origin).live }, "")}\n${iframeSnippet({ ...DEFAULTS, base: basesOf(origin).live })}`,
    ),
  "host/live-article.html": (origin) =>
    article(elementSnippet({ ...DEFAULTS, base: basesOf(origin).live, asOf: "2025-09-16/2025-09-17" }, "")),
  "host/pinned.html": (origin) => article(elementSnippet({ ...DEFAULTS, base: basesOf(origin).pinned }, "")),
  // Every 0.1.0 snippet with its base on the live channel, in one article (its oEmbed html is its iframe
  // snippet: see below).
  "host/old.html": (origin) =>
    article(
      ["element.html", "iframe.html", "story-element.html", "story-iframe.html"]
        .map(fixture)
        .join("\n")
        .replaceAll(OLD_BASE, `${origin}/live/`),
    ),
  // A half-finished upload: a channel that names a version whose directory is not there (yet).
  "half/embed.js": () => liveEntryModule("9.9.9", "embed.js"),
  "half/index.html": () => livePage(dist("index.html"), "9.9.9").html,
  [`half/${LIVE_PAGE_MODULE}`]: () => livePage(dist("index.html"), "9.9.9").module,
  "half/static/map-de.svg": () => dist("static/map-de.svg"),
  "host/half.html": (origin) =>
    article(elementSnippet({ ...DEFAULTS, base: `${origin}/half/` }, dist("static/list-de.html"))),
};

let releases: TwoReleases;
beforeAll(async () => {
  releases = await buildTwoReleases(FILES);
}, 240_000);
afterAll(() => releases?.close());

/** Whether the reader sees the element: what is drawn at its middle is it or within it. */
const onTop = (target: Locator) =>
  target.evaluate((element) => {
    element.scrollIntoView({ block: "center" });
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  });

/** Every request of a page went to the served folder's origin. */
function expectOnlyOurOrigin(requests: string[]) {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== releases.origin)).toEqual([]);
}

/** The element's shadow text, after its app is up and `id` is selected (its details open). */
async function textWith(target: Page | Frame, id: string): Promise<string> {
  await waitForApp(target);
  await target.evaluate((site) => {
    (document.querySelector("ai-infra-map") as HTMLElement & { select(id: string): void }).select(site);
  }, id);
  return target.evaluate(() => document.querySelector("ai-infra-map")?.shadowRoot?.textContent ?? "");
}

/** The state of every map of a page and of its iframes, once each one is ready or failed. */
async function settledStates(page: Page, frames: number): Promise<string[]> {
  const settled = (target: Page | Frame) =>
    target
      .waitForFunction(
        () => {
          const states = [...document.querySelectorAll<HTMLElement>("ai-infra-map")].map(
            (m) => m.dataset.state,
          );
          return states.length > 0 && states.every((s) => s === "ready" || s === "error") ? states : null;
        },
        null,
        { timeout: 60_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string[]>);
  await expect.poll(() => page.frames().filter((f) => f.url().includes("embed=1")).length).toBe(frames);
  const embedded = page.frames().filter((f) => f.url().includes("embed=1"));
  return (await Promise.all([settled(page), ...embedded.map(settled)])).flat();
}

describe("in Chromium", () => {
  const browser = useBrowser();

  it("a live element and a live iframe snippet copied from the first release show the next release's correction and event", async () => {
    // The live map's script is held back: the correction and the event are in the panel, which needs none.
    const context = await browser().newContext({ ...PAGE_DEFAULTS, viewport: { width: 1280, height: 2400 } });
    await context.route(MAPLIBRE_SCRIPT, () => {});
    const { page, errors, requests } = await openPage(browser(), releases.url("host/live.html"), {}, context);
    const element = await textWith(page, "loughton");
    expect(element).toContain(CORRECTION);
    expect(element).toContain(EVENT);
    const frame = await textWith(await embedFrame(page), "loughton");
    expect(frame).toContain(CORRECTION);
    expect(frame).toContain(EVENT);
    expect(errors).toEqual([]);
    expectOnlyOurOrigin(requests);
  });

  it("a live snippet pinned to the article's date keeps that date, with the next release's correction, and its line leads to the latest and back", async () => {
    const context = await browser().newContext({ ...PAGE_DEFAULTS, viewport: { width: 1280, height: 1600 } });
    await context.route(MAPLIBRE_SCRIPT, () => {});
    const { page, errors } = await openPage(browser(), releases.url("host/live-article.html"), {}, context);
    const text = await textWith(page, "loughton");
    // The article's date, with the correction made since (it concerns Loughton, shown then) ...
    expect(text).toContain("Stand: 16./17. September 2025");
    expect(text).toContain(CORRECTION);
    // ... and not the later event, which the line on the map counts instead.
    expect(text).not.toContain(EVENT);
    const notice = page.locator("ai-infra-map .date-notice");
    expect(await notice.locator("span").textContent()).toMatch(
      /^Stand: 16\.\/17\. September 2025 · seitdem \S+ Änderungen, zuletzt 20\. Oktober 2026$/,
    );
    await notice.getByRole("button", { name: "Aktuellen Stand zeigen" }).click();
    await expect.poll(() => page.locator("ai-infra-map").getAttribute("as-of")).toBeNull();
    // The latest: Loughton's details, still open, tell of the later event.
    await expect
      .poll(() => page.evaluate(() => document.querySelector("ai-infra-map")?.shadowRoot?.textContent ?? ""))
      .toContain(EVENT);
    await notice.getByRole("button", { name: "Zurück zum 16./17. September 2025" }).click();
    await expect.poll(() => page.locator("ai-infra-map").getAttribute("as-of")).toBe("2025-09-16/2025-09-17");
    expect(errors).toEqual([]);
  });

  it("a pinned snippet of the first release keeps showing the first release", async () => {
    const context = await browser().newContext({ ...PAGE_DEFAULTS, viewport: { width: 1280, height: 800 } });
    await context.route(MAPLIBRE_SCRIPT, () => {});
    const { page, errors, requests } = await openPage(
      browser(),
      releases.url("host/pinned.html"),
      {},
      context,
    );
    const text = await textWith(page, "loughton");
    // The same panel with the same site open, without the later release's records.
    expect(text).toContain("Loughton");
    expect(text).not.toContain(CORRECTION);
    expect(text).not.toContain(EVENT);
    expect(errors).toEqual([]);
    expectOnlyOurOrigin(requests);
  });

  it("a pinned snippet of the first release, once ready, says on the map what the next release corrected", async () => {
    const { page, errors, requests } = await openPage(browser(), releases.url("host/pinned.html"), {
      viewport: { width: 800, height: 1000 },
    });
    expect(await waitForMapState(page)).toBe("ready");
    const notice = page.locator("ai-infra-map .release-notice[data-log-read]");
    await notice.waitFor({ state: "visible" });
    expect(await notice.textContent()).toBe(
      `Korrektur vom 7. Dezember 2026, in einer neueren Fassung dieser Karte: ${CORRECTION_TEXT} Aktuelle Fassung öffnen`,
    );
    const link = notice.getByRole("link", { name: "Aktuelle Fassung öffnen" });
    expect(await link.getAttribute("href")).toBe(`${releases.origin}/live/index.html?lang=de`);
    await page.evaluate(() => {
      (document.querySelector("ai-infra-map") as HTMLElement & { select(id: string): void }).select(
        "loughton",
      );
    });
    expect(await link.getAttribute("href")).toBe(`${releases.origin}/live/index.html?lang=de&site=loughton`);
    // Its own release's credits are as they were: the correction is the notice's, from the log.
    expect(await page.locator("ai-infra-map .credits").textContent()).not.toContain(CORRECTION);
    await screenshot(page, "pinned-release-notice");
    expect(errors).toEqual([]);
    expect(requests.filter((url) => url.endsWith("/releases.json"))).toHaveLength(1);
    expectOnlyOurOrigin(requests);
  });

  it("a pinned copy shows nothing more and logs nothing when the log is missing, malformed or hostile", async () => {
    const hostile = JSON.parse(readFileSync("dist/releases.json", "utf8"));
    hostile.releases.push({
      version: "9.0.0",
      date: "2099-01-01",
      edition: "2099-01",
      corrections: [
        { date: "2099-01-01", concerns: ["loughton"], text: { de: "<img src=x onerror=alert(1)>", en: "x" } },
      ],
    });
    const answers = {
      missing: { status: 404, body: "Not found" },
      malformed: { status: 200, body: "{ not json" },
      hostile: { status: 200, body: JSON.stringify(hostile) },
    };
    for (const [name, answer] of Object.entries(answers)) {
      const context = await browser().newContext({ ...PAGE_DEFAULTS, viewport: { width: 400, height: 700 } });
      let asked = 0;
      await context.route("**/releases.json", (route) => {
        asked += 1;
        return route.fulfill({ ...answer, contentType: "application/json" });
      });
      const { page, errors } = await openPage(browser(), releases.url("host/pinned.html"), {}, context);
      expect(await waitForMapState(page), name).toBe("ready");
      const notice = page.locator("ai-infra-map .release-notice[data-log-read]");
      await notice.waitFor({ state: "attached" });
      expect(asked, name).toBe(1);
      expect(await notice.isHidden(), name).toBe(true);
      expect(await notice.textContent(), name).toBe("");
      // The browser itself notes a 404 (Chromium: "Failed to load resource"); the map logs nothing.
      const ours = errors.filter((e) => !/Failed to load resource|^HTTP 404 .*\/releases\.json$/.test(e));
      expect(ours, name).toEqual([]);
      await context.close();
    }
  });

  it("the 0.1.0 element, iframe, story and oEmbed snippets on the live channel each become ready", async () => {
    // 0.1.0's oEmbed html is its iframe snippet, character for character, so the iframe below runs both.
    expect(JSON.parse(fixture("oembed-de.json")).html).toBe(fixture("iframe.html").trimEnd());
    // A phone's width: four maps in software WebGL cost in proportion to their pixels.
    const { page, errors, requests } = await openPage(browser(), releases.url("host/old.html"), {
      viewport: { width: 400, height: 2400 },
    });
    expect(await settledStates(page, 2)).toEqual(["ready", "ready", "ready", "ready"]);
    expect(await page.locator("ai-infra-map").nth(1).getAttribute("story")).toBe("#geschichte");
    expect(errors).toEqual([]);
    expectOnlyOurOrigin(requests);
  });

  it("a half-finished upload shows the fault message over the element's picture, list and link, and over the page's picture and list", async () => {
    const { page, errors } = await openPage(browser(), releases.url("host/half.html"));
    // The channel's module fails to load, so the element is never defined and its content stays, as without
    // JavaScript: the picture, the map in words, the list, the link to the interactive map.
    await expect.poll(() => errors.some((e) => e.includes("/v/9.9.9/embed.js"))).toBe(true);
    expect(await page.evaluate(() => customElements.get("ai-infra-map"))).toBeUndefined();
    expect(
      await page
        .locator('ai-infra-map img[slot="static"]')
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    expect(await page.locator("ai-infra-map .static-list li").count()).toBeGreaterThan(4);
    expect(await page.locator("ai-infra-map .static-list").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Interaktive Karte öffnen" }).isVisible()).toBe(true);
    // The live channel's entry says why, over the content that stays.
    const message = page.locator('ai-infra-map > p.aim-fault[role="alert"]');
    expect(await message.textContent()).toBe(
      "Die Karte konnte nicht geladen werden. Die Liste funktioniert weiterhin.",
    );
    expect(await message.isVisible()).toBe(true);
    expect(await onTop(message)).toBe(true);

    // The iframe's page: the same message over its inline picture and its list (without the page's CSS, which
    // is missing too, the picture's links have no box; the list's entries are the ones they lead to).
    // An English reader's iframe (lang=en): the message in English, over the page's German picture and list.
    await page.goto(releases.url("half/index.html?embed=1&lang=en"));
    const pageMessage = page.locator('ai-infra-map > p.aim-fault[role="alert"]');
    await expect.poll(() => pageMessage.count()).toBe(1);
    expect(await pageMessage.textContent()).toBe("The map could not be loaded. The list still works.");
    expect(await pageMessage.isVisible()).toBe(true);
    // Without the page's CSS the picture draws beyond its box, over what comes before it; the message stays on top.
    expect(await onTop(pageMessage)).toBe(true);
    expect(await page.locator("ai-infra-map svg").first().isVisible()).toBe(true);
    expect(await page.locator("ai-infra-map .static-list").isVisible()).toBe(true);
    expect(await page.locator("#aim-loughton").textContent()).toContain("Loughton");
    await screenshot(page, "live-half-upload-page");
  });

  it("serves the live channel and the release log revalidated on every use, and a release's files as immutable", async () => {
    const head = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(releases.url(path), { headers });
      await response.arrayBuffer();
      return response;
    };
    for (const path of [
      "live/embed.js",
      "live/embed-host.js",
      "live/index.html",
      "live/static/map-de.svg",
      "releases.json",
    ]) {
      const response = await head(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("no-cache");
      const etag = response.headers.get("etag");
      expect(etag, path).toMatch(/^(W\/)?"/);
      expect((await head(path, { "If-None-Match": etag ?? "" })).status, path).toBe(304);
    }
    for (const path of [
      `v/${FIRST}/embed.js`,
      `v/${NEXT_VERSION}/embed.js`,
      `v/${NEXT_VERSION}/index.html`,
    ]) {
      expect((await head(path)).headers.get("cache-control"), path).toBe(
        "public, max-age=31536000, immutable",
      );
    }
    const log = (await (await fetch(releases.url("releases.json"))).json()) as {
      live: string;
      releases: { version: string }[];
    };
    expect(log.live).toBe(NEXT_VERSION);
    expect(log.releases.map((r) => r.version)).toEqual(["0.1.0", "0.2.0", FIRST, NEXT_VERSION]);
    expect(await (await fetch(releases.url("live/embed.js"))).text()).toBe(
      liveEntryModule(NEXT_VERSION, "embed.js"),
    );
  });
});

describe.each(["firefox", "webkit"].map((name) => [ENGINE_TITLES[name as EngineName], name as EngineName]))(
  "in %s",
  (_title, name) => {
    const { open } = useEngine(name);

    it("the live channel's page comes up ready with the next release's correction", async () => {
      const page = await open(releases.url("live/index.html"), { width: 400, height: 800 });
      const state = await waitInPage(page, "the map to be ready", 60_000, () => {
        const state = document.querySelector<HTMLElement>("ai-infra-map")?.dataset.state;
        return state === "ready" || state === "error" ? state : null;
      });
      expect(state).toBe("ready");
      const text = await page.evaluate(
        () => document.querySelector("ai-infra-map")?.shadowRoot?.textContent ?? "",
      );
      expect(text).toContain("Testdaten (erfunden): eine Korrektur zu Loughton");
    });
  },
);
