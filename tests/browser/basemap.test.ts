import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, screenshot, useBrowser, useMapPage, waitForIdle, waitForMapState } from "./helpers.ts";

const browser = useBrowser();
/**
 * The standalone page with theme "auto" on a dark system, for the tests that need a live map in its first
 * state (see useMapPage): the town-level labels, the font, and the theme that follows the system.
 */
const darkSystem = useMapPage(browser, "index.html", { colorScheme: "dark" });
async function firstState() {
  const opened = darkSystem();
  await opened.reset();
  return opened;
}

interface View {
  name: string;
  center: [number, number];
  zoom: number;
  /** A high-resolution land layer that must be drawn at this view, if any. */
  detailLayer?: string;
}

const VIEWS: View[] = [
  { name: "world-z1", center: [-40, 50], zoom: 1 },
  { name: "europe-z3.5", center: [5, 58], zoom: 3.5, detailLayer: "europe-50m-land" },
  { name: "loughton-z8", center: [0.0905, 51.6465], zoom: 8, detailLayer: "region-london-essex-land" },
  { name: "loughton-z10", center: [0.0905, 51.6465], zoom: 10, detailLayer: "region-london-essex-land" },
  { name: "narvik-z9", center: [17.5, 68.45], zoom: 9, detailLayer: "region-ofoten-land" },
  { name: "san-francisco-z8", center: [-122.3, 37.6], zoom: 8, detailLayer: "region-sf-bay-land" },
];

const LABEL_LAYERS = [
  "country-labels",
  "place-labels-1",
  "place-labels-2",
  "place-labels-3",
  "place-labels-4",
];

async function jumpTo(page: Page, center: [number, number], zoom: number) {
  await page.evaluate(
    ([lng, lat, z]) => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      (document.querySelector("ai-infra-map") as any).map.jumpTo({ center: [lng, lat], zoom: z });
    },
    [center[0], center[1], zoom] as const,
  );
  await waitForIdle(page);
}

/** Rendered feature counts per layer and the label texts, read through the element's public map. */
function renderedSummary(layers: string[]) {
  // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
  const map = (document.querySelector("ai-infra-map") as any).map;
  const present = layers.filter((id) => map.getLayer(id));
  const features = map.queryRenderedFeatures({ layers: present });
  const counts: Record<string, number> = {};
  const labels: string[] = [];
  for (const f of features) {
    counts[f.layer.id] = (counts[f.layer.id] ?? 0) + 1;
    if (f.layer.type === "symbol" && f.properties.name_en) labels.push(f.properties.name_en);
    // A site's label ("Loughton · geplant: 50 MW") names its town as well as a town label would.
    if (f.layer.id === "sites-label" && f.properties.label)
      labels.push(String(f.properties.label).split(" · ")[0] ?? "");
  }
  return { counts, labels };
}

describe.each(["light", "dark"])("the embedded basemap in the %s theme", (theme) => {
  it("draws land, borders and labels at every view, from the page's own origin only", async () => {
    const { page, errors, requests } = await openPage(browser(), `index.html?theme=${theme}`);
    expect(await waitForMapState(page)).toBe("ready");
    expect(await page.locator("ai-infra-map").getAttribute("data-theme")).toBe(theme);
    for (const view of VIEWS) {
      await jumpTo(page, view.center, view.zoom);
      await screenshot(page, `basemap-${theme}-${view.name}`);
      const layers = ["world-land", ...LABEL_LAYERS, ...(view.detailLayer ? [view.detailLayer] : [])];
      const { counts } = await page.evaluate(renderedSummary, layers);
      const labelCount = LABEL_LAYERS.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
      expect(labelCount, `labels at ${view.name}`).toBeGreaterThan(0);
      if (view.detailLayer)
        expect(counts[view.detailLayer] ?? 0, `${view.detailLayer} at ${view.name}`).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    const origin = new URL(inject("baseUrl")).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  });
});

describe("the basemap at town level", () => {
  it("labels Loughton and London at zoom 10 and points to London at zoom 12", async () => {
    const { page } = await firstState();
    // At zoom 10 the two towns are 21 km (about 450 px) apart: frame them together, as a locator would.
    await jumpTo(page, [-0.026, 51.579], 10);
    await screenshot(page, "basemap-loughton-london-z10");
    const { labels } = await page.evaluate(renderedSummary, [...LABEL_LAYERS, "sites-label"]);
    expect(labels).toEqual(expect.arrayContaining(["Loughton", "London"]));
    const pointer = page.locator("ai-infra-map .edge-pointer");
    expect(await pointer.isVisible()).toBe(false);

    await jumpTo(page, [0.0905, 51.6465], 12);
    await screenshot(page, "basemap-loughton-z12-pointer");
    expect(await pointer.isVisible()).toBe(true);
    expect(await pointer.textContent()).toBe("London · 21 km");
    expect(await pointer.getAttribute("aria-label")).toBe(
      "London liegt rund 21 km südwestlich der Kartenmitte",
    );
  });

  it("draws labels with the bundled woff2 font, not a system fallback", async () => {
    const { page, requests } = await firstState();
    expect(requests.filter((url) => url.endsWith(".woff2")).length).toBeGreaterThan(0);
    const mapFaces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.startsWith("maplibre-gl-font-face")).map((f) => f.status),
    );
    expect(mapFaces).toContain("loaded");
  });
});

describe("the basemap option", () => {
  it("swaps in an allow-listed online style, with the project's layers on top", async () => {
    const styleUrl = `${inject("otherOrigin")}/online-style/style.json`;
    const { page, errors, requests } = await openPage(
      browser(),
      `index.html?basemap=${encodeURIComponent(styleUrl)}`,
    );
    expect(await waitForMapState(page)).toBe("ready");
    await waitForIdle(page);
    await screenshot(page, "basemap-online-style");
    const layerIds: string[] = await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      (document.querySelector("ai-infra-map") as any).map.getStyle().layers.map((l: { id: string }) => l.id),
    );
    expect(layerIds.slice(0, 2)).toEqual(["fixture-background", "fixture-land"]);
    expect(layerIds).not.toContain("world-land");
    expect(layerIds.at(-1)).toBe("headquarters-label");
    expect(requests).toContain(styleUrl);
    expect(errors).toEqual([]);
  });

  it("follows the reader's colour scheme with theme=auto", async () => {
    // Opened on a dark system.
    const { page } = await firstState();
    expect(await page.locator("ai-infra-map").getAttribute("data-theme")).toBe("dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForFunction(
      () => document.querySelector("ai-infra-map")?.getAttribute("data-theme") === "light",
    );
    await waitForIdle(page);
    const water = await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      (document.querySelector("ai-infra-map") as any).map.getPaintProperty("background", "background-color"),
    );
    expect(water).toBe("#d9e6ee");
  });

  it("ignores a basemap URL parameter outside the allow-list, with a warning and no request to it", async () => {
    const { page, warnings, requests } = await openPage(
      browser(),
      "index.html?basemap=https://tiles.example.com/style.json",
    );
    expect(await waitForMapState(page)).toBe("ready");
    expect(warnings.join("\n")).toContain(
      'basemap "https://tiles.example.com/style.json" is not on the allow-list',
    );
    expect(requests.filter((url) => new URL(url).hostname === "tiles.example.com")).toEqual([]);
  });
});
