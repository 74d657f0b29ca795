/**
 * oEmbed and the hosts that use it: the build's static oEmbed responses against the oEmbed 1.0 spec and the
 * Embed dialog, WordPress's resize protocol (through a port of its host script, tests/fixtures/host/wp-embed.js)
 * and the map in the sandboxed, opaque-origin iframe WordPress gives a provider it does not know.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Lang } from "../../src/i18n/index.ts";
import { serveDirectory } from "./global-setup.ts";
import {
  fillArticle,
  MAPLIBRE_SCRIPT,
  openPage,
  openWithoutLiveMap,
  PAGE_DEFAULTS,
  renderedIds,
  screenshot,
  useBrowser,
  waitForApp,
  waitForMapState,
} from "./helpers.ts";
import { filterOembedResult, wordpressSecret } from "./wordpress.ts";

const browser = useBrowser();

async function fetchOembed(lang: Lang) {
  const response = await fetch(new URL(`oembed-${lang}.json`, inject("baseUrl")));
  expect(response.status).toBe(200);
  return {
    contentType: response.headers.get("content-type"),
    json: (await response.json()) as Record<string, unknown>,
  };
}

/** The map's frame (index.html?embed=1), once the host page has it. */
async function mapFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().includes("embed=1"));
  await expect.poll(() => find() !== undefined, { timeout: 30_000 }).toBe(true);
  return find() as Frame;
}

async function ready(frame: Frame) {
  await frame.waitForFunction(
    () => document.querySelector("ai-infra-map")?.getAttribute("data-state") === "ready",
    null,
    { timeout: 60_000 },
  );
}

const pageHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

const frameHeight = (page: Page) =>
  page.evaluate(() => document.querySelector("iframe")?.getBoundingClientRect().height ?? 0);

/** What wp-embed.js makes of a height: whole pixels, at least 200 and at most 1000. */
const wordpressClamp = (height: number) => Math.min(1000, Math.max(200, height));

/** Loopback servers that a test started, closed after the file's tests. */
const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/**
 * A WordPress article on another origin that embeds the map as WordPress embeds a provider it has not
 * registered: the build's oEmbed html through WordPress's filter (tests/browser/wordpress.ts), in the page from
 * tests/fixtures/host/wordpress.html, with WordPress's host script (a port, wp-embed.js) in its footer. It is
 * served from a loopback server of its own: a page Playwright fulfils itself has no address, and Chromium's
 * local network access checks then refuse its iframe from loopback (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
 */
async function wordpressArticle(width: number) {
  const { json } = await fetchOembed("de");
  const secret = wordpressSecret();
  const template = readFileSync("tests/fixtures/host/wordpress.html", "utf8");
  if (!template.includes("<!--oembed-->"))
    throw new Error("wordpress.html: the <!--oembed--> marker is missing");
  const dir = mkdtempSync(join(tmpdir(), "aim-wordpress-"));
  writeFileSync(
    join(dir, "article.html"),
    template.replace("<!--oembed-->", filterOembedResult(String(json.html), secret)),
  );
  copyFileSync("tests/fixtures/host/wp-embed.js", join(dir, "wp-embed.js"));
  const server = await serveDirectory(dir);
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const context = await browser().newContext({ ...PAGE_DEFAULTS, viewport: { width, height: 800 } });
  // WordPress's protocol is the page's height, which does not wait for the live map: its script is held back
  // (the map in this sandbox comes up ready in the test below).
  await context.route(MAPLIBRE_SCRIPT, () => {});
  // Counts the message listeners every frame registers, from before its first script runs.
  await context.addInitScript(() => {
    const counted = window as unknown as { __messageListeners: number };
    counted.__messageListeners = 0;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (type === "message" && this === window) counted.__messageListeners++;
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof add;
  });
  const opened = await openPage(browser(), url, {}, context);
  return { ...opened, secret };
}

describe("WordPress's embed protocol", () => {
  it("sizes WordPress's sandboxed iframe to the map page's height, clamped as WordPress clamps it", async () => {
    for (const width of [1280, 375]) {
      const { page, errors } = await wordpressArticle(width);
      const frame = await mapFrame(page);
      // WordPress's sandbox is in force: the map's page has an opaque origin.
      expect(await frame.evaluate(() => self.origin)).toBe("null");
      expect(await waitForApp(frame)).toBe("loading");
      const inner = await pageHeight(frame);
      // The snippet's own height is 575: a page of that height would pass without any message at all.
      expect(Math.abs(wordpressClamp(inner) - 575)).toBeGreaterThan(2);
      await expect
        .poll(async () => Math.abs((await frameHeight(page)) - wordpressClamp(inner)), { timeout: 15_000 })
        .toBeLessThanOrEqual(2);
      await screenshot(page, `oembed-wordpress-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("WordPress's host script ignores forged heights: from the article, from another frame, with a wrong secret", async () => {
    const { page, secret } = await wordpressArticle(1280);
    const frame = await mapFrame(page);
    expect(await waitForApp(frame)).toBe("loading");
    // A frame served from where the map is served, and which knows the secret: it is still not the map's window.
    await page.evaluate(
      (src) => {
        const stranger = document.createElement("iframe");
        stranger.src = src;
        stranger.name = "stranger";
        document.getElementById("article")?.append(stranger);
      },
      new URL("static/list-de.html", inject("baseUrl")).href,
    );
    await expect.poll(() => page.frames().some((f) => f.name() === "stranger")).toBe(true);
    const stranger = page.frames().find((f) => f.name() === "stranger") as Frame;
    await stranger.waitForLoadState();
    // Listening after WordPress's own handler (which the page registered while it was parsed): each entry is the
    // iframe's height right after WordPress has dealt with the message.
    await page.evaluate(() => {
      const seen: { value: unknown; height: string | null }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const iframe = document.querySelector("iframe.wp-embedded-content");
      window.addEventListener("message", (event) => {
        seen.push({ value: event.data?.value, height: iframe?.getAttribute("height") ?? null });
      });
    });
    const height = (value: number) => ({ message: "height", value, secret });
    await page.evaluate((message) => window.postMessage(message, "*"), height(321));
    await stranger.evaluate((message) => window.parent.postMessage(message, "*"), height(333));
    await frame.evaluate((message) => window.parent.postMessage(message, "*"), {
      ...height(345),
      secret: "0000000000",
    });
    // A secret that would break out of WordPress's attribute selector is refused before it is used.
    await frame.evaluate((message) => window.parent.postMessage(message, "*"), {
      ...height(356),
      secret: `${secret}"],iframe[data-secret`,
    });
    // The control: the same message from the map's own window, with the right secret, is taken.
    await frame.evaluate((message) => window.parent.postMessage(message, "*"), height(444));
    const seen = () =>
      page.evaluate(
        () => (window as unknown as { __seen: { value: unknown; height: string | null }[] }).__seen,
      );
    // Messages from different windows may arrive in any order: wait until the article has had all five.
    await expect
      .poll(
        async () =>
          (await seen()).filter((entry) => [321, 333, 345, 356, 444].includes(Number(entry.value))).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(5);
    const after = Object.fromEntries((await seen()).map((entry) => [String(entry.value), entry.height]));
    for (const forged of ["321", "333", "345", "356"]) expect(after[forged]).not.toBe(forged);
    expect(after["444"]).toBe("444");
    // The map spoke WordPress's protocol all along without listening to anything (WordPress's own embed page
    // listens for its 'ready'; the map repeats its height instead).
    expect(
      await frame.evaluate(() => ({
        listeners: (window as unknown as { __messageListeners: number }).__messageListeners,
        onmessage: window.onmessage,
      })),
    ).toEqual({ listeners: 0, onmessage: null });
  });
});

describe("the oEmbed responses", () => {
  it.each(["de", "en"] as const)(
    "%s: valid oEmbed 1.0 of type rich, whose html is the Embed dialog's iframe snippet",
    async (lang) => {
      const base = inject("baseUrl");
      const { contentType, json } = await fetchOembed(lang);
      // Drupal refuses a response without a JSON content type.
      expect(contentType).toMatch(/^application\/json\b/);
      // oEmbed 1.0, section 2.3.4: type and version for every response; html, width and height for "rich".
      expect(json.type).toBe("rich");
      expect(json.version).toBe("1.0");
      expect(typeof json.html).toBe("string");
      for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"]) {
        expect(Number.isInteger(json[key]) && (json[key] as number) > 0, key).toBe(true);
      }
      // The height is the snippet's iframe height.
      expect(String(json.html)).toContain(` height="${json.height}" `);
      // The thumbnail is the build's PNG, at an absolute URL and of the size the response gives.
      expect(json.thumbnail_url).toBe(new URL(`static/map-${lang}.png`, base).href);
      const png = Buffer.from(await (await fetch(String(json.thumbnail_url))).arrayBuffer());
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        json.thumbnail_width,
        json.thumbnail_height,
      ]);

      // The Embed dialog of the standalone page, served from the build's directory, with its defaults.
      // The Embed dialog is the page's: the live map is held back.
      const path = lang === "de" ? "index.html" : "index.html?lang=en";
      const { page, errors } = await openWithoutLiveMap(browser(), path);
      await page.locator("button.embed-button").click();
      // Its default, the live snippet, is the live channel's response; its pinned one is this version's.
      const live = await (await fetch(new URL(`../../live/oembed-${lang}.json`, base))).json();
      expect(await page.locator("#embed-iframe").inputValue()).toBe(live.html);
      expect(live.html).toContain(
        `src="${new URL("../../live/", base).href}index.html?embed=1&amp;lang=${lang}"`,
      );
      await page.locator('input[name="kind"][value="pinned"]').check();
      expect(await page.locator("#embed-iframe").inputValue()).toBe(json.html);
      // index.html names both responses for discovery, German (the page's language) first.
      const links = await page
        .locator('link[rel="alternate"][type="application/json+oembed"]')
        .evaluateAll((elements) =>
          elements.map((link) => [(link as HTMLLinkElement).href, link.getAttribute("hreflang")]),
        );
      expect(links).toEqual([
        [new URL("oembed-de.json", base).href, "de"],
        [new URL("oembed-en.json", base).href, "en"],
      ]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

/** Opens blank.html on the other origin with the map's page in a sandbox="allow-scripts" iframe from `base`. */
async function sandboxedMap(base: string) {
  const opened = await openPage(browser(), `${inject("otherOrigin")}/host/blank.html`);
  await opened.page.evaluate(fillArticle, {
    html: `<iframe sandbox="allow-scripts" title="Karte" src="${base}index.html?embed=1&amp;lang=de" width="100%" height="575" frameborder="0"></iframe>`,
    text: "Ein Absatz des Artikels.",
    paragraphsAfter: 1,
  });
  return opened;
}

describe("the map in a sandboxed iframe (an opaque origin)", () => {
  it('comes up ready, draws its sites and opens a site from its list, in sandbox="allow-scripts" on another origin', async () => {
    const { page, errors } = await sandboxedMap(inject("baseUrl"));
    const frame = await mapFrame(page);
    expect(await frame.evaluate(() => self.origin)).toBe("null");
    await ready(frame);
    // MapLibre's worker ran: it parsed the sites' data and the map drew them.
    await frame.evaluate(
      () =>
        new Promise<void>((resolve) => {
          // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
          const map = (document.querySelector("ai-infra-map") as any).map;
          map.once("idle", () => resolve());
          map.triggerRepaint();
        }),
    );
    expect(await frame.evaluate(renderedIds, ["sites-circle", "sites-hollow"])).toEqual([
      "cobalt-park",
      "loughton",
      "stargate-norway",
    ]);
    // The sandbox has no allow="fullscreen": the map offers no button that could only fail there.
    expect(await frame.evaluate(() => document.fullscreenEnabled)).toBe(false);
    expect(await frame.locator("ai-infra-map .maplibregl-ctrl-zoom-in").count()).toBe(1);
    expect(await frame.locator("ai-infra-map .maplibregl-ctrl-fullscreen").count()).toBe(0);
    await frame.locator('ai-infra-map button.row[data-id="loughton"]').click();
    await expect.poll(() => frame.locator("ai-infra-map .aim-popup").count()).toBe(1);
    await screenshot(page, "oembed-sandboxed");
    expect(errors).toEqual([]);
  });

  it("keeps the fullscreen button where fullscreen is allowed: the standalone page", async () => {
    const { page } = await openPage(browser(), "index.html");
    expect(await waitForMapState(page)).toBe("ready");
    expect(await page.evaluate(() => document.fullscreenEnabled)).toBe(true);
    expect(await page.locator("ai-infra-map .maplibregl-ctrl-fullscreen").count()).toBe(1);
    await page.context().close();
  });

  it("does not come up there when the asset host sends no Access-Control-Allow-Origin (why the README asks for it)", async () => {
    // The same build, from a server without CORS headers.
    const bare = await serveDirectory("dist");
    try {
      const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
      const base = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/v/${version}/`;
      const { page, errors } = await sandboxedMap(base);
      const frame = await mapFrame(page);
      // The page's own module script is cross-origin to its opaque origin, and the browser refuses it.
      await expect
        .poll(() => errors.some((e) => e.includes("blocked by CORS policy") && e.includes("/assets/")), {
          timeout: 30_000,
        })
        .toBe(true);
      expect(await frame.evaluate(() => self.origin)).toBe("null");
      // So the element never runs: the page keeps its static picture and the list it was built with.
      expect(await frame.evaluate(() => customElements.get("ai-infra-map") === undefined)).toBe(true);
      expect(await frame.locator("ai-infra-map .static-picture svg").count()).toBe(1);
      await page.context().close();
    } finally {
      bare.closeAllConnections();
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});
