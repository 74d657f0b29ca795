import { describe, expect, inject, it } from "vitest";
import { DARK, LIGHT } from "../../src/theme.ts";
import {
  openPage,
  openWithoutLiveMap,
  PAGE_DEFAULTS,
  pngStats,
  screenshot,
  useBrowser,
  useMapPage,
  WITHOUT_WEBGL,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();
const withoutWebgl = useBrowser(WITHOUT_WEBGL);
/**
 * The standalone page on a phone with its live map, for the picture's line-up at 375×667 and for print: one
 * live map's start in software WebGL for both (see useMapPage), each test from the page's first state.
 */
const phone = useMapPage(browser, "index.html", { viewport: { width: 375, height: 667 } });

describe("the static picture", () => {
  it("is painted before maplibre-gl's script is requested", async () => {
    const context = await browser().newContext(PAGE_DEFAULTS);
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
          if (/\/assets\/maplibre-gl-[^/]*\.js$/.test(entry.name)) w.__maplibre ??= entry.startTime;
        }
      }).observe({ type: "resource", buffered: true });
    });
    await page.goto(new URL("index.html", inject("baseUrl")).href);
    // Both moments are known once both entries have been delivered (the picture's Element Timing entry may come
    // after MapLibre's request, with its earlier render time): the live map's start is not needed.
    const recorded = () =>
      page.evaluate(() => {
        const w = window as unknown as { __paint?: number; __maplibre?: number };
        return { paint: w.__paint, maplibre: w.__maplibre };
      });
    await expect
      .poll(async () => Object.values(await recorded()).filter((time) => time !== undefined).length, {
        timeout: 30_000,
      })
      .toBe(2);
    const times = await recorded();
    expect(times.paint).toBeGreaterThan(0);
    expect(times.maplibre).toBeGreaterThan(0);
    expect(times.paint).toBeLessThan(times.maplibre ?? 0);
    await context.close();
  });

  // 1280×800 is checked in every engine, in engines.test.ts.
  it.each([
    [768, 1024],
    [375, 667],
  ])(
    "lines up with the live map's first view at %i×%i, so the map replaces it without a jump",
    async (width, height) => {
      // At a phone's size, the page the print test uses too.
      const shared = width === 375 ? phone() : undefined;
      await shared?.reset();
      const { page } = shared ?? (await openPage(browser(), "index.html", { viewport: { width, height } }));
      expect(await waitForMapState(page)).toBe("ready");
      const offsets = await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const map = (document.querySelector("ai-infra-map") as any).map;
        const canvas = map.getCanvas().getBoundingClientRect();
        const sites: [number, number][] = [
          [0.0905, 51.6465],
          [17.5571, 68.5492],
          [-1.534, 54.9911],
        ];
        const circles = [...document.querySelectorAll(".static-picture svg circle")];
        return sites.map((lngLat) => {
          const live = map.project(lngLat);
          const distances = circles.map((c) => {
            const box = c.getBoundingClientRect();
            return Math.hypot(
              box.x + box.width / 2 - canvas.x - live.x,
              box.y + box.height / 2 - canvas.y - live.y,
            );
          });
          return Math.min(...distances);
        });
      });
      for (const offset of offsets) expect(offset).toBeLessThanOrEqual(2);
      // With JavaScript the plain list stays hidden (no slot takes it); the interactive list replaces it.
      expect(await page.locator(".static-list").isVisible()).toBe(false);
    },
  );

  it("shows the picture with JavaScript disabled", async () => {
    const { page } = await openPage(browser(), "index.html", { javaScriptEnabled: false });
    const picture = page.locator(".static-picture svg");
    expect(await picture.isVisible()).toBe(true);
    const box = await picture.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await page.locator(".static-picture svg title").textContent()).toMatch(
      /^Karte der KI-Rechenzentren: Loughton · geplant: 50 MW/,
    );
    // Sea and land both show: a ring-order mistake fills the whole frame with one of them.
    const png = await picture.screenshot();
    expect((await pngStats(page, png, LIGHT.water)).share).toBeGreaterThan(0.2);
    expect((await pngStats(page, png, LIGHT.land)).share).toBeGreaterThan(0.2);
    // The list too, as plain text under the picture.
    const items = await page.locator(".static-list li").allTextContents();
    expect(items).toHaveLength(8);
    expect(items[0]).toBe(
      "Loughton – geplant: 50 MW · Lieferung: zunächst 23.040 GPUs (GB300) · widersprüchliche Angaben (unbestätigt) · 10. März 2026",
    );
    await screenshot(page, "static-no-javascript");
  });
});

/** A theme colour as getComputedStyle reports it. */
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

describe("the static picture's theme", () => {
  it("is dark without JavaScript when the reader's system is dark", async () => {
    const { page } = await openPage(browser(), "index.html", {
      javaScriptEnabled: false,
      colorScheme: "dark",
    });
    const png = await page.locator(".static-picture svg").screenshot();
    expect((await pngStats(page, png, DARK.water)).share).toBeGreaterThan(0.2);
    expect((await pngStats(page, png, DARK.land)).share).toBeGreaterThan(0.2);
    await screenshot(page, "static-no-javascript-dark");
  });

  // The picture's colours, before and without the live map (held back here, as it plays no part).
  it("follows the map's theme option, whatever the system's", async () => {
    const { page } = await openWithoutLiveMap(browser(), "index.html?theme=dark", { colorScheme: "light" });
    // The element sets its theme when it connects, before the live map starts: no need to wait for ready.
    await page.waitForFunction(() => document.querySelector("ai-infra-map")?.getAttribute("data-theme"));
    const fill = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => getComputedStyle(node).fill);
    expect(await fill(".static-picture .fill-land")).toBe(rgb(DARK.land));
    expect(await fill(".static-picture .fill-water")).toBe(rgb(DARK.water));
    const light = await openWithoutLiveMap(browser(), "index.html?theme=light", { colorScheme: "dark" });
    await light.page.waitForFunction(() =>
      document.querySelector("ai-infra-map")?.getAttribute("data-theme"),
    );
    expect(
      await light.page
        .locator(".static-picture .fill-land")
        .first()
        .evaluate((node) => getComputedStyle(node).fill),
    ).toBe(rgb(LIGHT.land));
  });

  it("swaps an element snippet's picture file for its dark twin", async () => {
    // The element swaps the file before its live map starts; the live maps are held back.
    const { page } = await openWithoutLiveMap(browser(), "demo/article.html", { colorScheme: "dark" });
    const img = page.locator('ai-infra-map > img[slot="static"]');
    await expect.poll(() => img.getAttribute("src")).toBe("../static/map-de-dark.svg");
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((node: HTMLImageElement) => node.naturalWidth)).toBe(1000);
  });
});

describe("in print", () => {
  it("shows the static picture instead of the live map, and the whole list", async () => {
    await phone().reset();
    const { page } = phone();
    expect(await waitForMapState(page)).toBe("ready");
    // On screen the live map has replaced the picture.
    const shown = () =>
      page.evaluate(() => {
        const picture = document.querySelector(".static-picture") as HTMLElement;
        const host = document.querySelector("ai-infra-map") as HTMLElement;
        const map = host.shadowRoot?.querySelector(".map") as HTMLElement;
        const list = host.shadowRoot?.querySelector(".panel-body") as HTMLElement;
        return {
          picture:
            getComputedStyle(picture).visibility === "visible" && getComputedStyle(picture).opacity === "1",
          map: getComputedStyle(map).visibility === "visible",
          list: list.getBoundingClientRect().height > 100,
        };
      });
    await expect.poll(shown).toEqual({ picture: false, map: true, list: false });
    await page.emulateMedia({ media: "print" });
    await expect.poll(shown).toEqual({ picture: true, map: false, list: true });
    await screenshot(page, "print-375");
  });
});

describe("without WebGL", () => {
  it("never requests MapLibre, keeps the picture as the map (Tab, Enter, details) and a working list, and throws nothing uncaught", async () => {
    const { page, errors, requests } = await openPage(withoutWebgl(), "index.html");
    expect(await waitForMapState(page)).toBe("error");
    expect(await page.locator("ai-infra-map .map-message").textContent()).toContain("WebGL fehlt");
    expect(await page.locator(".static-picture svg").isVisible()).toBe(true);
    // The picture is the map: its links answer the keyboard, and the details are the live map's.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id === "loughton")
      )
        break;
    }
    await page.keyboard.press("Enter");
    const details = page.locator("ai-infra-map .aim-popup");
    await expect.poll(() => details.locator("h2").textContent()).toBe("Nscale AI Campus Loughton");
    expect(await details.locator(".figure").count()).toBeGreaterThan(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => details.count()).toBe(0);
    // Focus goes back to the site the reader opened.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(
      "loughton",
    );
    // Without WebGL the library is never requested: neither its script nor its styles.
    expect(requests.filter((url) => /maplibre-gl/.test(url))).toEqual([]);
    const row = page.locator('ai-infra-map button.row[data-id="stargate-norway"]');
    await row.click();
    expect(await row.getAttribute("aria-pressed")).toBe("true");
    await screenshot(page, "no-webgl");
    expect(errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
  });
});
