import { describe, expect, inject, it } from "vitest";
import {
  openPage,
  pngStats,
  renderedIds,
  screenshot,
  useBrowser,
  waitForIdle,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();

describe("the built app in Chromium", () => {
  it("draws the sites and headquarters from geo/ on a non-blank map, with no console error", async () => {
    const { page, errors, requests } = await openPage(browser(), "index.html");
    expect(await waitForMapState(page)).toBe("ready");
    await waitForIdle(page);
    await screenshot(page, "smoke-europe");

    const canvas = await page.locator("ai-infra-map").screenshot();
    expect(await (await pngStats(page, canvas)).distinct).toBeGreaterThan(20);

    const sites = await page.evaluate(renderedIds, ["sites-circle", "sites-hollow"]);
    expect(sites).toEqual(["cobalt-park", "loughton", "stargate-norway"]);

    // The American headquarters are off the first view: look at the whole world.
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      (document.querySelector("ai-infra-map") as any).map.jumpTo({ center: [-50, 52], zoom: 1.3 });
    });
    await waitForIdle(page);
    await screenshot(page, "smoke-world");
    const hqs = await page.evaluate(renderedIds, ["headquarters-symbol"]);
    expect(hqs).toEqual(["aker", "microsoft", "nscale", "nvidia", "openai"]);

    expect(await page.locator("ai-infra-map .credits").textContent()).toContain("Stand: November 2026");
    expect(errors).toEqual([]);
    const origin = new URL(inject("baseUrl")).origin;
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
  });
});
