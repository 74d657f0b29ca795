import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage, PAGE_DEFAULTS, screenshot, useBrowser, waitForMapState } from "./helpers.ts";

const browser = useBrowser();

/** Records the kinds of the element's error events, from before its script runs. */
function recordErrorEvents() {
  const w = window as unknown as { __errorKinds: string[] };
  w.__errorKinds = [];
  document.addEventListener(
    "error",
    (event) => {
      const target = event.target as Element | null;
      if (target?.localName === "ai-infra-map")
        w.__errorKinds.push((event as unknown as CustomEvent<{ kind: string }>).detail.kind);
    },
    true,
  );
}

/** Opens index.html with the given files answered by `respond` instead of the server. */
async function openWithFault(pattern: RegExp, respond: { status: number; body: string }) {
  const context = await browser().newContext(PAGE_DEFAULTS);
  await context.addInitScript(recordErrorEvents);
  await context.route(pattern, (route) => route.fulfill(respond));
  const opened = await openPage(browser(), "index.html", {}, context);
  return { ...opened, context };
}

const errorKinds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __errorKinds: string[] }).__errorKinds);
const message = (page: Page) => page.locator("ai-infra-map .map-message").textContent();
const faultShown = (page: Page) => page.locator("ai-infra-map .map-fault").isVisible();
const uncaught = (errors: string[]) => errors.filter((e) => e.startsWith("uncaught"));

describe("a fault at run time", () => {
  it.each([
    ["is missing", { status: 404, body: "not found" }],
    ["cannot be parsed", { status: 200, body: "{ not json" }],
  ])(
    "when a data file %s: message, picture and the published list, then a retry that works",
    async (_, response) => {
      const { page, errors, context } = await openWithFault(/data\/figures\.json$/, response);
      expect(await waitForMapState(page)).toBe("error");
      expect(await message(page)).toBe(
        "Die Kartendaten konnten nicht geladen werden. Die Liste zeigt den Stand bei Veröffentlichung der Karte.",
      );
      expect(await page.locator(".static-picture svg").isVisible()).toBe(true);
      // The list the build wrote into the page takes the place of the interactive one.
      expect(await page.locator("ai-infra-map .static-list").isVisible()).toBe(true);
      expect(await page.locator("ai-infra-map .static-list li").first().textContent()).toContain("Loughton");
      expect(await errorKinds(page)).toEqual(["data"]);
      await screenshot(page, "fault-data");
      expect(uncaught(errors)).toEqual([]);

      await context.unrouteAll();
      await page.locator("ai-infra-map .retry").click();
      expect(await waitForMapState(page)).toBe("ready");
      expect(await faultShown(page)).toBe(false);
      expect(await page.locator("ai-infra-map button.row").count()).toBe(8);
      expect(await page.locator("ai-infra-map .static-list").isVisible()).toBe(false);
      await context.close();
    },
  );

  it("when the basemap is missing: message, a working list, and a retry", async () => {
    const { page, errors, context } = await openWithFault(/basemap\/world-110m\.geojson$/, {
      status: 404,
      body: "not found",
    });
    expect(await waitForMapState(page)).toBe("error");
    expect(await message(page)).toContain("Die Grundkarte konnte nicht vollständig geladen werden.");
    expect(await page.locator(".static-picture svg").isVisible()).toBe(true);
    const row = page.locator('ai-infra-map button.row[data-id="stargate-norway"]');
    await row.click();
    expect(await row.getAttribute("aria-pressed")).toBe("true");
    expect(await errorKinds(page)).toEqual(["basemap"]);
    await screenshot(page, "fault-basemap");
    expect(uncaught(errors)).toEqual([]);

    await context.unrouteAll();
    await page.locator("ai-infra-map .retry").click();
    expect(await waitForMapState(page)).toBe("ready");
    expect(await faultShown(page)).toBe(false);
    // The retried map draws in the page, not in the box the first map took with it when it was removed.
    expect(await page.locator("ai-infra-map .map-area > .map canvas").count()).toBe(1);
    expect(await page.locator("ai-infra-map .map-area > .map canvas").isVisible()).toBe(true);
    await context.close();
  });

  it("when the app's script is missing: message, picture and the published list, then a retry", async () => {
    const { page, errors, context } = await openWithFault(/assets\/app-[\w-]+\.js$/, {
      status: 404,
      body: "not found",
    });
    expect(await waitForMapState(page)).toBe("error");
    expect(await message(page)).toBe(
      "Die Karte konnte nicht geladen werden. Die Liste funktioniert weiterhin.",
    );
    expect(await page.locator("ai-infra-map .static-list").isVisible()).toBe(true);
    expect(await errorKinds(page)).toEqual(["map"]);
    expect(uncaught(errors)).toEqual([]);
    await context.unrouteAll();
    await page.locator("ai-infra-map .retry").click();
    // Chromium fetches a failed dynamic import again, so the retry brings the map.
    expect(await waitForMapState(page)).toBe("ready");
    expect(await errorKinds(page)).toEqual(["map"]);
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it("when the words' script is missing: picture and the published list, and no key in place of a sentence", async () => {
    const { page, errors, context } = await openWithFault(/assets\/de-[\w-]+\.js$/, {
      status: 404,
      body: "not found",
    });
    expect(await waitForMapState(page)).toBe("error");
    expect(await page.locator(".static-picture svg").isVisible()).toBe(true);
    expect(await page.locator("ai-infra-map .static-list").isVisible()).toBe(true);
    // Without its words the map has no sentence to say: it says none, and the page's German stays.
    expect(await faultShown(page)).toBe(false);
    expect(await page.locator("ai-infra-map .map-fault").textContent()).toBe("");
    expect(await page.title()).toBe("KI-Rechenzentren: Nscale, OpenAI, Nvidia, Aker und Microsoft");
    expect(await errorKinds(page)).toEqual(["map"]);
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it("when the font is missing: the map runs with a substitute font and says so", async () => {
    const { page, errors, context } = await openWithFault(/\.woff2$/, { status: 404, body: "not found" });
    expect(await waitForMapState(page)).toBe("ready");
    await expect.poll(() => faultShown(page)).toBe(true);
    expect(await message(page)).toBe(
      "Die Kartenschrift konnte nicht geladen werden; die Beschriftungen stehen in einer Ersatzschrift.",
    );
    expect(await errorKinds(page)).toEqual(["font"]);
    await screenshot(page, "fault-font");
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });

  it("when the browser takes the WebGL context away and gives it back", async () => {
    const { page, errors, context } = await openWithFault(/^$/, { status: 404, body: "" });
    expect(await waitForMapState(page)).toBe("ready");
    // A lost context hands out no extensions, so the one that lost it is kept to give it back.
    const loseContext = () =>
      page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const map = (document.querySelector("ai-infra-map") as any).map;
        const gl = map.getCanvas().getContext("webgl2") as WebGL2RenderingContext;
        const extension = gl.getExtension("WEBGL_lose_context");
        (window as unknown as { __lose: unknown }).__lose = extension;
        extension?.loseContext();
      });
    const restoreContext = () =>
      page.evaluate(() =>
        (window as unknown as { __lose: { restoreContext(): void } }).__lose.restoreContext(),
      );
    await loseContext();
    await expect.poll(() => page.locator("ai-infra-map").getAttribute("data-state")).toBe("error");
    expect(await message(page)).toContain("Der Browser hat die Karte angehalten");
    const row = page.locator('ai-infra-map button.row[data-id="loughton"]');
    await row.click();
    expect(await row.getAttribute("aria-pressed")).toBe("true");
    expect(await errorKinds(page)).toEqual(["context-lost"]);
    await screenshot(page, "fault-context-lost");
    await restoreContext();
    await expect.poll(() => page.locator("ai-infra-map").getAttribute("data-state")).toBe("ready");
    expect(await faultShown(page)).toBe(false);
    expect(uncaught(errors)).toEqual([]);
    await context.close();
  });
});
