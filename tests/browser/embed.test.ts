import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  elementSnippet,
  iframeMarkup,
  iframeSnippet,
  type SnippetOptions,
} from "../../src/embed/embed-snippets.ts";
import {
  embedFrame,
  fillArticle,
  openPage,
  openWithoutLiveMap,
  screenshot,
  useBrowser,
  waitForApp,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();

const SNIPPET: SnippetOptions = { base: "", lang: "de", site: null, theme: "auto" };
/** The list the build puts into the element snippet, read from the build the tests serve. */
const LIST = "<!-- the list: see the demo article test -->";

const PARAGRAPH =
  "Die führenden Unternehmen im Bereich künstliche Intelligenz werden Milliarden in neue Rechenzentren zusagen. ".repeat(
    8,
  );

/**
 * Opens the host fixture on the other origin and fills it with an article around the given embed markup.
 * Without `liveMap`, MapLibre's script is held back (openWithoutLiveMap): what is tested then (the embeds'
 * heights, messages, options and text) does not depend on the live map, which engines.test.ts brings up in
 * every embed and engine.
 */
async function hostPage(embed: (base: string) => string, { liveMap = false } = {}) {
  const base = inject("baseUrl");
  const url = `${inject("otherOrigin")}/host/blank.html`;
  const opened = liveMap ? await openPage(browser(), url) : await openWithoutLiveMap(browser(), url);
  await opened.page.evaluate(fillArticle, { html: embed(base), text: PARAGRAPH, paragraphsAfter: 3 });
  return opened;
}

const frameHeight = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector("iframe.ai-infra-map") as HTMLIFrameElement;
    return { outer: frame.getBoundingClientRect().height };
  });

/** The height of the map's page in its iframe, once its app is up (the live map is held back there). */
async function innerHeight(page: Page) {
  const frame = await embedFrame(page);
  expect(await waitForApp(frame)).toBe("loading");
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/**
 * From now on, records every height message the article receives, with the iframe's height right after the
 * host script has dealt with it: this listener comes after embed-host.js's own (the article loaded that
 * first), and a message's listeners run in the order they were added.
 */
function recordHostDecisions(page: Page) {
  return page.evaluate(() => {
    const seen: { height: unknown; after: string }[] = [];
    (window as unknown as { __decisions: typeof seen }).__decisions = seen;
    const iframe = document.querySelector("iframe.ai-infra-map") as HTMLIFrameElement;
    window.addEventListener("message", (event) => {
      if (String(event.data?.type).startsWith("ai-infra-map:"))
        seen.push({ height: event.data.height, after: iframe.style.height });
    });
  });
}

const hostDecisions = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __decisions: { height: unknown; after: string }[] }).__decisions,
  );

describe("the iframe embed", () => {
  it("follows its content's height within 2 px from 375 to 1280 px wide and back", async () => {
    // The README's and the Embed dialog's snippet, exactly as an editor pastes it.
    const { page, errors } = await hostPage((base) => iframeSnippet({ ...SNIPPET, base }));
    for (const width of [375, 768, 1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      const inner = await innerHeight(page);
      await expect
        .poll(async () => Math.abs((await frameHeight(page)).outer - inner), { timeout: 15_000 })
        .toBeLessThanOrEqual(2);
      await screenshot(page, `embed-iframe-${width}`);
    }
    expect(errors).toEqual([]);
  });

  it("still sizes the iframe when the host script arrives after the iframe has loaded", async () => {
    const { page } = await hostPage((base) => iframeMarkup({ ...SNIPPET, base }));
    // The map takes no messages, so it cannot be asked again: it repeats its height for a few seconds after
    // loading instead (see iframe-height.ts). A host script that arrives within that time still sizes the frame.
    // It arrives here once the iframe's page has loaded and its app is up, so its first heights went unheard.
    const frame = await embedFrame(page);
    await waitForApp(frame);
    await frame.waitForFunction(() => document.readyState === "complete");
    await page.evaluate((base) => {
      const script = document.createElement("script");
      script.type = "module";
      script.src = `${base}embed-host.js`;
      document.body.append(script);
    }, inject("baseUrl"));
    const inner = await innerHeight(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)).outer - inner), { timeout: 15_000 })
      .toBeLessThanOrEqual(2);
  });

  it("ignores height messages from another window or of the wrong shape", async () => {
    const { page } = await hostPage((base) => iframeSnippet({ ...SNIPPET, base }));
    const settled = await innerHeight(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)).outer - settled), { timeout: 15_000 })
      .toBeLessThanOrEqual(2);
    await recordHostDecisions(page);
    // Forged by the article page itself, in the right shape: the sender is not the iframe.
    await page.evaluate(() =>
      window.postMessage({ type: "ai-infra-map:height", version: 1, height: 3000 }, "*"),
    );
    // Sent by the frame, but in the wrong shape.
    const frame = await embedFrame(page);
    await frame.evaluate(() =>
      window.parent.postMessage({ type: "ai-infra-map:height", height: "3000px" }, "*"),
    );
    // The control, after them: the right shape from the map's own window is taken.
    const control = settled + 37;
    await frame.evaluate(
      (height) => window.parent.postMessage({ type: "ai-infra-map:height", version: 1, height }, "*"),
      control,
    );
    const decided = (height: unknown) => async () =>
      (await hostDecisions(page)).filter((entry) => entry.height === height).map((entry) => entry.after);
    await expect.poll(decided(control), { timeout: 10_000 }).toEqual([`${control}px`]);
    // The forged ones came first, and neither moved the iframe.
    for (const forged of [3000, "3000px"]) {
      const after = await decided(forged)();
      expect(after).toHaveLength(1);
      expect(after[0]).not.toContain("3000");
    }
  });
});

describe("messages", () => {
  it("the map listens to none: forged messages from the article and from another frame change nothing", async () => {
    const { page, errors } = await hostPage((base) => iframeSnippet({ ...SNIPPET, base }));
    // Counts every message listener the map's page registers, from before its first script runs.
    await page.context().addInitScript(() => {
      const w = window as unknown as { __messageListeners: number };
      w.__messageListeners = 0;
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === "message" && this === window) w.__messageListeners++;
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof add;
    });
    await page.reload();
    await page.evaluate(
      ([html, other]) => {
        const article = document.getElementById("article") as HTMLElement;
        const slot = document.createElement("div");
        slot.innerHTML = html ?? "";
        article.append(slot);
        // A second frame, from another origin, that will try to talk to the map's frame.
        const stranger = document.createElement("iframe");
        stranger.src = `${other}/host/blank.html`;
        stranger.name = "stranger";
        article.append(stranger);
      },
      [iframeMarkup({ ...SNIPPET, base: inject("baseUrl") }), inject("otherOrigin")],
    );
    const frame = await embedFrame(page);
    expect(await waitForApp(frame)).toBe("loading");
    // The map page registered no message listener; the test adds one now, after the count, to know when every
    // forged message below has been delivered.
    const listeners = await frame.evaluate(
      () => (window as unknown as { __messageListeners: number }).__messageListeners,
    );
    await frame.evaluate(() => {
      const received: unknown[] = [];
      (window as unknown as { __received: unknown[] }).__received = received;
      window.addEventListener("message", (event) => received.push(event.data));
    });
    const forged = [
      { type: "ai-infra-map:select", id: "loughton" },
      { type: "ai-infra-map:height", version: 1, height: 3000 },
      { select: "stargate-norway", theme: "dark", lang: "en" },
      "<img src=x onerror=alert(1)>",
    ];
    await page.evaluate((messages) => {
      const target = document.querySelector<HTMLIFrameElement>("iframe.ai-infra-map")?.contentWindow;
      for (const message of messages) target?.postMessage(message, "*");
    }, forged);
    const stranger = page.frames().find((f) => f.name() === "stranger");
    await stranger?.evaluate((messages) => {
      for (const message of messages) window.parent.frames[0]?.postMessage(message, "*");
    }, forged);
    // Every forged message has arrived (twice: from the article and from the stranger), and a frame has been
    // drawn after the last, so that anything a handler had changed would show.
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as { __received: unknown[] }).__received.length), {
        timeout: 10_000,
      })
      .toBe(forged.length * 2);
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(listeners).toBe(0);
    const state = await frame.evaluate(() => ({
      // Only the test's own listener, added after the count above.
      listeners: (window as unknown as { __messageListeners: number }).__messageListeners,
      onmessage: window.onmessage,
      popups: document.querySelector("ai-infra-map")?.shadowRoot?.querySelectorAll(".aim-popup").length,
      pressed: document
        .querySelector("ai-infra-map")
        ?.shadowRoot?.querySelectorAll('button.row[aria-pressed="true"]').length,
      // The time control still shows the latest: no message moved it.
      date: document
        .querySelector("ai-infra-map")
        ?.shadowRoot?.querySelector('button.time-button[aria-pressed="true"]')
        ?.getAttribute("data-step"),
      lang: document.documentElement.lang,
      theme: document.querySelector("ai-infra-map")?.getAttribute("data-theme"),
    }));
    expect(state).toEqual({
      listeners: 1,
      onmessage: null,
      popups: 0,
      pressed: 0,
      date: "edition",
      lang: "de",
      theme: "light",
    });
    expect(errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
  });

  it("the host script ignores a height message once the map's frame shows another origin", async () => {
    const { page } = await hostPage((base) => iframeSnippet({ ...SNIPPET, base }));
    const settled = await innerHeight(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)).outer - settled), { timeout: 15_000 })
      .toBeLessThanOrEqual(2);
    // The frame's window is the same, its origin is not: a page elsewhere must not resize the article's iframe.
    const frame = page.frames().find((f) => f.url().includes("embed=1"));
    await frame?.evaluate((other) => {
      window.location.href = `${other}/host/blank.html`;
    }, inject("otherOrigin"));
    await expect
      .poll(() => page.frames().some((f) => f.url().endsWith("/host/blank.html") && f !== page.mainFrame()))
      .toBe(true);
    const moved = page.frames().find((f) => f.url().endsWith("/host/blank.html") && f !== page.mainFrame());
    await recordHostDecisions(page);
    await moved?.evaluate(() =>
      window.parent.postMessage({ type: "ai-infra-map:height", version: 1, height: 3000 }, "*"),
    );
    // Once the host script has dealt with the message, the iframe is as high as before.
    await expect.poll(async () => (await hostDecisions(page)).length, { timeout: 10_000 }).toBe(1);
    const [decision] = await hostDecisions(page);
    expect(decision?.height).toBe(3000);
    expect(Math.abs(Number.parseFloat(decision?.after ?? "") - settled)).toBeLessThanOrEqual(2);
    expect(Math.abs((await frameHeight(page)).outer - settled)).toBeLessThanOrEqual(2);
  });
});

describe("the element embed", () => {
  // The element in another origin's article, in every engine: engines.test.ts.
  it("falls back to the defaults, with a warning each, for unknown attribute values", async () => {
    const { page, warnings, errors } = await hostPage(
      (base) =>
        `<script type="module" src="${base}embed.js"></script>` +
        `<ai-infra-map lang="fr" theme="neon" gestures="wild" height="9999" site="atlantis"></ai-infra-map>`,
    );
    expect(await waitForApp(page)).toBe("loading");
    const options = await page.evaluate(
      () => (document.querySelector("ai-infra-map") as unknown as { options: unknown }).options,
    );
    expect(options).toMatchObject({ lang: "de", theme: "auto", gestures: "auto", height: null });
    const ours = warnings.filter((w) => w.startsWith("ai-infra-map:"));
    for (const text of [
      'unknown lang "fr"',
      'unknown theme "neon"',
      'unknown gestures "wild"',
      'height "9999"',
      'unknown site "atlantis"',
    ])
      expect(ours.some((w) => w.includes(text))).toBe(true);
    expect(await page.locator("ai-infra-map .panel .panel-heading").textContent()).toBe(
      "Standorte und Unternehmen",
    );
    expect(await page.locator("ai-infra-map .panel .time-heading").textContent()).toBe("Stand der Karte");
    expect(errors).toEqual([]);
  });

  it("lets a plain wheel scroll the article and zooms only with Ctrl + wheel", async () => {
    const { page } = await hostPage((base) => elementSnippet({ ...SNIPPET, base }, LIST), { liveMap: true });
    expect(await waitForMapState(page)).toBe("ready");
    const mapBox = await page.locator("ai-infra-map .map").boundingBox();
    if (!mapBox) throw new Error("no map");
    await page.evaluate((y) => window.scrollTo(0, y - 100), mapBox.y);
    const zoom = () =>
      page.evaluate(() =>
        (document.querySelector("ai-infra-map") as unknown as { map: { getZoom(): number } }).map.getZoom(),
      );
    const before = { scroll: await page.evaluate(() => window.scrollY), zoom: await zoom() };
    const box = await page.locator("ai-infra-map .map").boundingBox();
    if (!box) throw new Error("no map");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scroll);
    expect(await zoom()).toBeCloseTo(before.zoom, 5);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect.poll(zoom).toBeGreaterThan(before.zoom + 0.1);
  });
});

describe("the title and standfirst", () => {
  it("show an editor's text above the map, as text, in the element and in the iframe", async () => {
    const headline = '<img src=x onerror="window.__hacked=1"> Wo die KI rechnet';
    const { page, errors } = await hostPage((base) => {
      const attr = headline.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
      return (
        `<script type="module" src="${base}embed.js"></script>` +
        `<ai-infra-map lang="de" headline="${attr}" standfirst="Drei Standorte, fünf Unternehmen."></ai-infra-map>` +
        iframeSnippet({ ...SNIPPET, base }).replace(
          "embed=1&amp;",
          `embed=1&amp;headline=${encodeURIComponent(headline)}&amp;`,
        )
      );
    });
    expect(await waitForApp(page)).toBe("loading");
    expect(await page.locator("ai-infra-map .headline").textContent()).toBe(headline);
    expect(await page.locator("ai-infra-map .standfirst").textContent()).toBe(
      "Drei Standorte, fünf Unternehmen.",
    );
    const frame = await embedFrame(page);
    await expect.poll(() => frame.locator("ai-infra-map .headline").textContent()).toBe(headline);
    expect(await page.evaluate(() => "__hacked" in window)).toBe(false);
    await screenshot(page, "embed-headline");
    expect(errors).toEqual([]);
  });

  it("are not taken from the URL of a top-level page", async () => {
    const { page, warnings } = await openWithoutLiveMap(browser(), "index.html?headline=Gef%C3%A4lscht");
    expect(await waitForApp(page)).toBe("loading");
    expect(await page.locator("ai-infra-map .headline").count()).toBe(0);
    expect(warnings.join("\n")).toContain("headline is only read from an attribute or an iframe embed's URL");
  });
});
