import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMIUM_ARGS, launchBrowser, openPage, screenshot, waitForMapState } from "./helpers.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the static picture", () => {
  it("is painted before maplibre-gl's script is requested", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Record the picture's Element Timing and the moment the MapLibre chunk is requested, in page time.
    await page.addInitScript(() => {
      const w = window as unknown as { __paint?: number; __maplibre?: number };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if ((entry as PerformanceEntry & { identifier?: string }).identifier === "static-picture") {
            w.__paint ??= (entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime;
          }
        }
      }).observe({ type: "element", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // MapLibre is bundled into the app chunk, which the element loads only when the map starts.
          if (/\/assets\/app-[^/]*\.js$/.test(entry.name)) w.__maplibre ??= entry.startTime;
        }
      }).observe({ type: "resource", buffered: true });
    });
    await page.goto(new URL("index.html", inject("baseUrl")).href);
    await waitForMapState(page);
    const times = await page.evaluate(() => {
      const w = window as unknown as { __paint?: number; __maplibre?: number };
      return { paint: w.__paint, maplibre: w.__maplibre };
    });
    expect(times.paint).toBeGreaterThan(0);
    expect(times.maplibre).toBeGreaterThan(0);
    expect(times.paint).toBeLessThan(times.maplibre ?? 0);
    await context.close();
  });

  it("shows the picture with JavaScript disabled", async () => {
    const { page } = await openPage(browser, "index.html", { javaScriptEnabled: false });
    const picture = page.locator(".static-picture svg");
    expect(await picture.isVisible()).toBe(true);
    const box = await picture.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await page.locator(".static-picture svg title").textContent()).toMatch(
      /^Karte der KI-Rechenzentren: Loughton · 50 MW/,
    );
    await screenshot(page, "static-no-javascript");
  });
});

describe("without WebGL", () => {
  it("shows a message, keeps the static picture and a working list, and throws nothing uncaught", async () => {
    const noWebgl = await chromium.launch({
      executablePath: inject("chromePath"),
      args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"],
    });
    try {
      const { page, errors } = await openPage(noWebgl, "index.html");
      expect(await waitForMapState(page)).toBe("error");
      expect(await page.locator("ai-infra-map .map-message").textContent()).toContain("WebGL fehlt");
      expect(await page.locator(".static-picture svg").isVisible()).toBe(true);
      const row = page.locator('ai-infra-map button.row[data-id="stargate-norway"]');
      await row.click();
      expect(await row.getAttribute("aria-pressed")).toBe("true");
      await screenshot(page, "no-webgl");
      expect(errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
    } finally {
      await noWebgl.close();
    }
  });
});
