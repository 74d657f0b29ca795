/**
 * The static picture as a map before MapLibre (src/picture/picture-map.ts, src/details/surface.ts), in the built
 * app: its sites answer the keyboard and the finger while MapLibre's script is held back by the test, the
 * details are the live map's, and an open selection survives the hand-over to the live map.
 */
import type { BrowserContext, Page, Route } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  MOTION,
  PAGE_DEFAULTS,
  screenshot,
  seriousAxeViolations,
  useBrowser,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();

const MAPLIBRE_SCRIPT = /\/assets\/maplibre-gl-[^/]*\.js$/;

/**
 * A page whose MapLibre script the test holds back: the request is made (the element asks for it at once)
 * but answered only when the test says so. The network log records every request and every finished one.
 */
async function pageWithMaplibreHeld(context: BrowserContext) {
  const page = await context.newPage();
  const requested: string[] = [];
  const finished: string[] = [];
  page.on("request", (request) => {
    requested.push(request.url());
  });
  page.on("requestfinished", (request) => {
    finished.push(request.url());
  });
  const held: Route[] = [];
  let released = false;
  await page.route(MAPLIBRE_SCRIPT, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  const release = async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
  await page.goto(new URL("index.html", inject("baseUrl")).href);
  return { page, requested, finished, release };
}

/** Presses Tab until the picture's link for a site has the focus; fails after a dozen presses. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
    if (focused === id) return;
  }
  throw new Error(`Tab never reached the picture's link for ${id}`);
}

/** The figures and the sources' addresses of the open details: what must be the same on picture and map. */
function detailsFacts(page: Page) {
  return page.locator("ai-infra-map .aim-popup").evaluate((card) => ({
    heading: card.querySelector("h2")?.textContent,
    figures: [...card.querySelectorAll(".figure")].map((figure) => figure.textContent),
    sources: [...card.querySelectorAll("a[href]")].map((link) => link.getAttribute("href")),
  }));
}

/** Where the live map draws a point, in page px. */
function liveMapPoint(page: Page, lngLat: [number, number]) {
  return page.evaluate((point) => {
    // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
    const map = (document.querySelector("ai-infra-map") as any).map;
    const p = map.project(point);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
}

const LOUGHTON: [number, number] = [0.0905, 51.6465];

describe("the picture before MapLibre", () => {
  it("lets Tab reach Loughton and Enter open its details, the live map's own, which stay open through the hand-over", async () => {
    // With motion: the picture fades out under the open card (a transition that reduced motion leaves out).
    const context = await browser().newContext({ ...PAGE_DEFAULTS, ...MOTION });
    const { page, requested, finished, release } = await pageWithMaplibreHeld(context);
    await tabTo(page, "loughton");
    await page.keyboard.press("Enter");
    const card = page.locator("ai-infra-map .aim-popup");
    await card.waitFor();
    // MapLibre was asked for and has not arrived: the details came without it.
    expect(requested.some((url) => MAPLIBRE_SCRIPT.test(url))).toBe(true);
    expect(finished.some((url) => MAPLIBRE_SCRIPT.test(url))).toBe(false);
    expect(
      await page.evaluate(() => document.querySelector("ai-infra-map")?.getAttribute("data-state")),
    ).toBe("loading");
    const onPicture = await detailsFacts(page);
    expect(onPicture.heading).toBe("Nscale AI Campus Loughton");
    expect(onPicture.figures.length).toBeGreaterThan(1);
    expect(onPicture.sources.length).toBeGreaterThan(1);
    // Focus is in the details, the site is ringed, and the card stands just above it.
    expect(
      await page.evaluate(() =>
        document.querySelector("ai-infra-map")?.shadowRoot?.activeElement?.classList.contains("details"),
      ),
    ).toBe(true);
    expect(await page.locator('.picture-target[data-id="loughton"]').getAttribute("aria-current")).toBe(
      "true",
    );
    const site = await page.locator('.picture-target[data-id="loughton"]').boundingBox();
    const box = await card.boundingBox();
    expect(site && box && box.y + box.height).toBeLessThan((site?.y ?? 0) + 22);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "picture-details-1280");

    // The hand-over: the very same card, still focused, now following the live map's camera.
    await card.evaluate((node) => {
      (node as HTMLElement & { handedOver?: boolean }).handedOver = true;
    });
    await release();
    expect(await waitForMapState(page)).toBe("ready");
    expect(await page.locator("ai-infra-map .aim-surface").count()).toBe(1);
    expect(await card.evaluate((node) => (node as HTMLElement & { handedOver?: boolean }).handedOver)).toBe(
      true,
    );
    expect(
      await page.evaluate(() =>
        document.querySelector("ai-infra-map")?.shadowRoot?.activeElement?.classList.contains("details"),
      ),
    ).toBe(true);
    const onMap = await liveMapPoint(page, LOUGHTON);
    const after = await card.boundingBox();
    expect(Math.abs((after?.y ?? 0) + (after?.height ?? 0) + 16 - onMap.y)).toBeLessThan(2);
    await screenshot(page, "picture-handed-over-1280");

    // Closed and opened again on the live map: the same figures and sources.
    await page.keyboard.press("Escape");
    await expect.poll(() => card.count()).toBe(0);
    await page.mouse.click(onMap.x, onMap.y);
    // At this zoom Nscale's London office lies under the same finger: the chooser may ask which one.
    const chooser = page.locator("ai-infra-map .aim-chooser");
    await expect.poll(async () => (await card.count()) + (await chooser.count())).toBe(1);
    if (await chooser.count()) await chooser.getByRole("button", { name: "Loughton" }).click();
    await card.waitFor();
    expect(await detailsFacts(page)).toEqual(onPicture);
    await context.close();
  });

  it("opens the details in a sheet under the map on a phone, with the site in view and ringed, and a swipe down closes it", async () => {
    const context = await browser().newContext({
      ...PAGE_DEFAULTS,
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const { page, release } = await pageWithMaplibreHeld(context);
    const target = page.locator('.picture-target[data-id="stargate-norway"]');
    const targetBox = await target.boundingBox();
    if (!targetBox) throw new Error("the picture has no link for Stargate Norway");
    // A 44-px target for a finger, at phone size too.
    expect(targetBox.width).toBe(44);
    await page.touchscreen.tap(targetBox.x + 22, targetBox.y + 22);
    const sheet = page.locator("ai-infra-map .aim-popup.sheet");
    await sheet.waitFor();
    const mapBox = await page.evaluate(() => {
      const rect = document.querySelector(".static-picture")?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom } : null;
    });
    const sheetBox = await sheet.boundingBox();
    // Under the map, not over it: the site stays visible, and ringed.
    expect(sheetBox?.y).toBeGreaterThanOrEqual((mapBox?.bottom ?? 0) - 1);
    expect(await target.getAttribute("aria-current")).toBe("true");
    expect(await sheet.locator("h2").textContent()).toBe("Stargate Norway (Kvandal bei Narvik)");
    await screenshot(page, "picture-sheet-375");

    // A swipe down on the grip closes the sheet and clears the selection.
    const grip = await sheet.locator(".surface-grip").boundingBox();
    if (!grip) throw new Error("the sheet has no grip");
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + 100, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await target.getAttribute("aria-current")).toBeNull();

    // On the live map the sheet is the same: opened from the list, closed by Escape.
    await release();
    expect(await waitForMapState(page)).toBe("ready");
    await page.locator("ai-infra-map .panel-toggle").click();
    await page.locator('ai-infra-map button.row[data-id="loughton"]').click();
    await sheet.waitFor();
    const loughton = await liveMapPoint(page, LOUGHTON);
    const canvas = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const rect = (document.querySelector("ai-infra-map") as any).map.getCanvas().getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    });
    expect(loughton.y).toBeGreaterThan(canvas.top);
    expect(loughton.y).toBeLessThan(canvas.bottom);
    await screenshot(page, "live-sheet-375");
    await page.keyboard.press("Escape");
    await expect.poll(() => sheet.count()).toBe(0);
    await context.close();
  });
});

/** Records every layout shift of the page, with the elements that moved, from the first paint on. */
function recordLayoutShifts() {
  const shifts: { value: number; sources: string[] }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    })[])
      shifts.push({
        value: entry.value,
        sources: entry.sources.map(
          (s) =>
            `${(s.node as Element | undefined)?.localName ?? "?"} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
        ),
      });
  }).observe({ type: "layout-shift", buffered: true });
}

describe("the first paint", () => {
  it.each([
    ["index.html", 1280, 800],
    // A phone, inside the iframe embed: public/frame-mode.js sets the page's layout before the first paint.
    ["index.html?embed=1", 375, 740],
  ])(
    "shows the picture with its links before any script has run, and nothing moves when the element takes over (%s at %i×%i)",
    async (path, width, height) => {
      const context = await browser().newContext({ ...PAGE_DEFAULTS, viewport: { width, height } });
      const page = await context.newPage();
      await page.addInitScript(recordLayoutShifts);
      // Every module script of the app waits until the test lets it through.
      const held: Route[] = [];
      let released = false;
      await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
        if (released) await route.continue();
        else held.push(route);
      });
      await page.goto(new URL(path, inject("baseUrl")).href, { waitUntil: "commit" });
      const picture = page.locator(".static-picture");
      await picture.waitFor();
      await expect.poll(() => held.length).toBeGreaterThan(0);
      // The page's CSS has applied (the picture is its links' size container) before anything is measured.
      await expect.poll(() => picture.evaluate((node) => getComputedStyle(node).containerType)).toBe("size");
      const before = await page.evaluate(() => ({
        defined: customElements.get("ai-infra-map") !== undefined,
        picture: document.querySelector(".static-picture")?.getBoundingClientRect().toJSON(),
        heading: document.querySelector("h1")?.getBoundingClientRect().toJSON(),
      }));
      expect(before.defined).toBe(false);
      // The link sits on its site's circle in the picture, 44 px across.
      const onCircle = await page.evaluate(() => {
        const link = document
          .querySelector('.picture-target[data-id="stargate-norway"]')
          ?.getBoundingClientRect();
        const circles = [...document.querySelectorAll(".static-picture svg circle")].map((c) =>
          c.getBoundingClientRect(),
        );
        if (!link) return null;
        const centre = { x: link.x + link.width / 2, y: link.y + link.height / 2 };
        const nearest = Math.min(
          ...circles.map((c) => Math.hypot(c.x + c.width / 2 - centre.x, c.y + c.height / 2 - centre.y)),
        );
        return { width: link.width, nearest };
      });
      expect(onCircle?.width).toBe(44);
      expect(onCircle?.nearest).toBeLessThan(1.5);
      await screenshot(page, `before-script-${path.includes("embed") ? "frame-" : ""}${width}`);

      released = true;
      for (const route of held.splice(0)) await route.continue();
      await page.waitForFunction(() =>
        document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".frame"),
      );
      await expect
        .poll(() =>
          page.evaluate(() => document.querySelector(".static-picture")?.getBoundingClientRect().toJSON()),
        )
        .toEqual(before.picture);
      expect(
        await page.evaluate(() => document.querySelector("h1")?.getBoundingClientRect().toJSON()),
      ).toEqual(before.heading);
      await waitForMapState(page);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts,
      );
      expect(shifts).toEqual([]);
      await context.close();
    },
  );
});

describe("a tap before the script", () => {
  it("is not lost: the link leads to its site, and the map opens it once the script has arrived", async () => {
    const context = await browser().newContext(PAGE_DEFAULTS);
    const page = await context.newPage();
    const held: Route[] = [];
    let released = false;
    await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
      if (released) await route.continue();
      else held.push(route);
    });
    await page.goto(new URL("index.html", inject("baseUrl")).href, { waitUntil: "commit" });
    const link = page.locator('.picture-target[data-id="stargate-norway"]');
    await link.click();
    expect(await page.evaluate(() => customElements.get("ai-infra-map") === undefined)).toBe(true);
    expect(new URL(page.url()).hash).toBe("#aim-stargate-norway");
    released = true;
    for (const route of held.splice(0)) await route.continue();
    const details = page.locator("ai-infra-map .aim-popup");
    await expect.poll(() => details.locator("h2").textContent()).toBe("Stargate Norway (Kvandal bei Narvik)");
    // The standalone page owns its URL: the link's fragment is gone again (the live map keeps its camera there).
    expect(new URL(page.url()).hash).not.toContain("aim-");
    await context.close();
  });
});
