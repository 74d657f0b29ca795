import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  openPage,
  screenshot,
  seriousAxeViolations,
  useBrowser,
  useMapPage,
  waitForIdle,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();
/**
 * The live map most tests here need: one page, opened once and returned to its first state before each test
 * through the element's API (a fresh page costs about 1.5 s of software WebGL to ready). Tests of what happens
 * at load (the URL, the layouts at each size) open their own.
 */
const shared = useMapPage(browser, "index.html");
async function firstState() {
  const opened = shared();
  await opened.reset();
  return opened;
}

const FEATURES = [
  {
    id: "loughton",
    coords: [0.0905, 51.6465],
    heading: "Nscale AI Campus Loughton",
    money: true,
    power: true,
  },
  {
    id: "stargate-norway",
    coords: [17.5571, 68.5492],
    heading: "Stargate Norway (Kvandal bei Narvik)",
    money: true,
    power: true,
  },
  {
    id: "cobalt-park",
    coords: [-1.534, 54.9911],
    heading: "Stargate UK: Cobalt Park (North Tyneside)",
    money: false,
    power: false,
  },
  { id: "nscale", coords: [-0.1257, 51.5085], heading: "Nscale", money: true, power: false },
  { id: "openai", coords: [-122.389, 37.7701], heading: "OpenAI", money: true, power: false },
  { id: "nvidia", coords: [-121.9552, 37.3541], heading: "Nvidia", money: true, power: false },
  { id: "aker", coords: [10.6239, 59.9003], heading: "Aker ASA", money: true, power: false },
  { id: "microsoft", coords: [-122.1215, 47.674], heading: "Microsoft", money: true, power: false },
] as const;

/** An expression for page.evaluate that reaches the element's public map. */
const mapOf = "(document.querySelector('ai-infra-map')).map" as const;

async function jumpTo(page: Page, center: readonly number[], zoom: number) {
  await page.evaluate(
    ([lng, lat, z]) => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      (document.querySelector("ai-infra-map") as any).map.jumpTo({ center: [lng, lat], zoom: z });
    },
    [center[0], center[1], zoom],
  );
  await waitForIdle(page);
}

/** Clicks the canvas where the map draws a coordinate. */
async function clickAt(page: Page, coords: readonly number[]) {
  const point = await page.evaluate(
    ([lng, lat]) => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const p = map.project([lng, lat]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    [coords[0], coords[1]],
  );
  await page.mouse.click(point.x, point.y);
}

const popup = (page: Page) => page.locator("ai-infra-map .aim-popup");

describe("popups from map clicks", () => {
  it("open for every site and headquarters with its figures and sources", async () => {
    const { page, errors } = await firstState();
    // The details are under test, not the camera's move to them: it jumps (reset() ends the emulation).
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await page.locator("ai-infra-map").getAttribute("data-theme")).toBe("light");
    for (const feature of FEATURES) {
      // Zoom 7: close enough that Loughton and Nscale's London office, or San Francisco and Santa Clara, are apart.
      await jumpTo(page, feature.coords, 7);
      await clickAt(page, feature.coords);
      await expect.poll(() => popup(page).count(), { message: feature.id }).toBe(1);
      const box = popup(page);
      expect(await box.locator("h2").textContent()).toBe(feature.heading);
      expect(await box.locator(".sources a").count()).toBeGreaterThan(0);
      if (feature.power)
        expect(await box.locator(".capacity .figure-value").first().textContent()).toMatch(/MW|GPUs/);
      if (feature.money) expect(await box.locator(".money .figure-value").count()).toBeGreaterThan(0);
      await screenshot(page, `popup-${feature.id}`);
      await page.keyboard.press("Escape");
      await expect.poll(() => popup(page).count()).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it("offers a chooser where features overlap at low zoom", async () => {
    const { page } = await firstState();
    await jumpTo(page, [0, 52], 3.5);
    await clickAt(page, [0.0905, 51.6465]);
    const chooser = page.locator("ai-infra-map .aim-chooser");
    await expect.poll(() => chooser.count()).toBe(1);
    const options = await chooser.locator("button").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["Loughton", "Nscale"]));
    await chooser.locator("button", { hasText: "Nscale" }).click();
    await expect.poll(() => popup(page).locator("h2").textContent()).toBe("Nscale");
  });
});

describe("linked views", () => {
  it("hovering a company highlights exactly its arcs and sites and dims the rest", async () => {
    const { page } = await firstState();
    await page.locator('ai-infra-map button.row[data-id="aker"]').hover();
    const states = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const read = (source: string, ids: string[]) =>
        Object.fromEntries(ids.map((id) => [id, map.getFeatureState({ source, id })]));
      return {
        sites: read("sites", ["loughton", "stargate-norway", "cobalt-park"]),
        relations: read("relations", [
          "aker-jv-stargate-norway",
          "aker-invests-nscale",
          "microsoft-buys-loughton",
        ]),
      };
    });
    expect(states.sites["stargate-norway"]).toMatchObject({ highlighted: true, dimmed: false });
    expect(states.sites.loughton).toMatchObject({ highlighted: false, dimmed: true });
    expect(states.sites["cobalt-park"]).toMatchObject({ dimmed: true });
    expect(states.relations["aker-jv-stargate-norway"]).toMatchObject({ highlighted: true, dimmed: false });
    expect(states.relations["aker-invests-nscale"]).toMatchObject({ highlighted: true });
    expect(states.relations["microsoft-buys-loughton"]).toMatchObject({ highlighted: false, dimmed: true });
    const rows = page.locator("ai-infra-map button.row.highlighted");
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort()).toEqual([
      "aker",
      "nscale",
      "stargate-norway",
    ]);
    await screenshot(page, "hover-aker");
  });

  it("draws the ended OpenAI offtake in the ended-relations layer, apart from current ones", async () => {
    const { page } = await firstState();
    const layersOf = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const ids = (layer: string) =>
        map
          .queryRenderedFeatures({ layers: [layer] })
          .map((f: { properties: { id: string } }) => f.properties.id);
      return { ended: ids("relations-ended"), buy: ids("relations-current-buy") };
    });
    expect(layersOf.ended).toContain("openai-offtake-stargate-norway");
    expect(layersOf.buy).not.toContain("openai-offtake-stargate-norway");
    expect(layersOf.buy).toContain("microsoft-buys-stargate-norway");
  });
});

describe("URL state", () => {
  // One page from a URL with a site and a language, for the test of what it opens and the test of its reload.
  const kvandalInEnglish = useMapPage(browser, "index.html?site=stargate-norway&lang=en");

  it("opens ?site=stargate-norway&lang=en in English with that popup open", async () => {
    const { page } = kvandalInEnglish();
    await expect
      .poll(() => popup(page).locator("h2").textContent())
      .toBe("Stargate Norway (Kvandal near Narvik)");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    // The site keeps its id in the URL; the list names it Kvandal, with the town a reader knows.
    expect(await page.locator('ai-infra-map .row[data-id="stargate-norway"] .row-name').textContent()).toBe(
      "Kvandal (near Narvik)",
    );
    expect(await popup(page).locator(".timeline.current").textContent()).toContain(
      "announced anchor customer withdrew",
    );
  });

  it("loads the default view with a warning for an unknown site", async () => {
    const { page, warnings, errors } = await openPage(browser(), "index.html?site=atlantis");
    expect(await waitForMapState(page)).toBe("ready");
    expect(warnings.join("\n")).toContain('unknown site "atlantis"');
    expect(await popup(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("restores the camera and the open popup on reload", async () => {
    const { page } = kvandalInEnglish();
    await expect.poll(() => popup(page).count()).toBe(1);
    await waitForIdle(page);
    const before = (await page.evaluate(`${mapOf}.getCenter().toArray()`)) as number[];
    expect(page.url()).toMatch(/#\d/);
    await page.reload();
    expect(await waitForMapState(page)).toBe("ready");
    await expect
      .poll(() => popup(page).locator("h2").textContent())
      .toBe("Stargate Norway (Kvandal near Narvik)");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const after = (await page.evaluate(`${mapOf}.getCenter().toArray()`)) as number[];
    expect(after[0]).toBeCloseTo(before[0] ?? 0, 2);
    expect(after[1]).toBeCloseTo(before[1] ?? 0, 2);
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe violation, popup closed and open", async () => {
    const { page } = await firstState();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('ai-infra-map button.row[data-id="loughton"]').click();
    await expect.poll(() => popup(page).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe("screens", () => {
  // Each size once, the themes alternating: a page load costs about 4 s of the test budget, and the basemap
  // test draws every view in both themes.
  it.each([
    ["dark", 375, 667],
    ["light", 768, 1024],
    ["dark", 1280, 800],
  ])("lays out in the %s theme at %i×%i with the popup open", async (theme, width, height) => {
    const { page, errors } = await openPage(browser(), `index.html?theme=${theme}&site=loughton`, {
      viewport: { width, height },
    });
    await waitForMapState(page);
    await expect.poll(() => popup(page).count()).toBe(1);
    await waitForIdle(page);
    // The details opened on the picture already; the screenshot waits until the picture has faded out.
    await expect
      .poll(() => page.locator(".static-picture").evaluate((node) => getComputedStyle(node).visibility))
      .toBe("hidden");
    await screenshot(page, `layout-${theme}-${width}x${height}`);
    // The details fit the viewport's width. On a phone they are a sheet under the map, so the site stays in
    // view; wider, a card inside the map, above or below its feature. The list is there below or beside the map.
    const box = await popup(page).boundingBox();
    const mapBox = await page.locator("ai-infra-map .map").boundingBox();
    if (!box || !mapBox) throw new Error("the details or the map have no box");
    expect(box.x >= 0 && box.x + box.width <= width + 1).toBe(true);
    const sheet = await popup(page).evaluate((card) => card.classList.contains("sheet"));
    expect(sheet).toBe(width < 600);
    if (sheet) expect(box.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
    else expect(box.y >= mapBox.y - 1 && box.y + box.height <= mapBox.y + mapBox.height + 1).toBe(true);
    expect(await page.locator("ai-infra-map button.row").count()).toBe(8);
    expect(errors).toEqual([]);
  });
});

describe("the element API", () => {
  it("selects through select(id), reports it in a select event, and fits everything with fitAll()", async () => {
    const { page } = await firstState();
    const detail = await page.evaluate(
      () =>
        new Promise((resolve) => {
          // biome-ignore lint/suspicious/noExplicitAny: the element's public API.
          const element = document.querySelector("ai-infra-map") as any;
          element.addEventListener("select", (event: CustomEvent) => resolve(event.detail), { once: true });
          element.select("aker");
        }),
    );
    expect(detail).toEqual({ id: "aker" });
    await expect.poll(() => popup(page).locator("h2").textContent()).toBe("Aker ASA");
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public API.
      (document.querySelector("ai-infra-map") as any).fitAll();
    });
    await waitForIdle(page);
    const bounds = (await page.evaluate(`${mapOf}.getBounds().toArray()`)) as number[][];
    const [[west, south] = [0, 0], [east, north] = [0, 0]] = bounds;
    // San Francisco in the west, Kvandal in the north and east.
    expect(west).toBeLessThanOrEqual(-122.39);
    expect(east).toBeGreaterThanOrEqual(17.56);
    expect(north).toBeGreaterThanOrEqual(68.55);
    expect(south).toBeLessThanOrEqual(37.35);
  });

  it("eases to a selected site, and jumps instead when the reader prefers reduced motion", async () => {
    const { page } = await firstState();
    // The app asks for the reader's setting at every camera move, so it may change while the page is open.
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.locator('ai-infra-map button.row[data-id="loughton"]').click();
    await expect.poll(() => page.evaluate(`${mapOf}.isMoving()`)).toBe(true);
    await waitForIdle(page);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.locator('ai-infra-map button.row[data-id="stargate-norway"]').click();
    // Read the camera right after the click: one round trip is far shorter than the 700 ms an ease would take.
    const moving = await page.evaluate(`${mapOf}.isMoving()`);
    const center = (await page.evaluate(`${mapOf}.getCenter().toArray()`)) as number[];
    expect(moving).toBe(false);
    expect(center[0]).toBeCloseTo(17.56, 0);
  });
});
