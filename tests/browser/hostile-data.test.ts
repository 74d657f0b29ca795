/**
 * Data an editor might paste under deadline, or an attacker might smuggle into it: markup and quotes in names,
 * notes, source titles and corrections. The app is built from a copy of geo/ with such text and must show every
 * character literally, run none of it, and draw it as text on the map and in the static picture.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory } from "./global-setup.ts";
import { openPage, screenshot, useBrowser, waitForMapState } from "./helpers.ts";

const browser = useBrowser();

const HOSTILE = {
  siteName: `<img src=x onerror="window.__xss='site'">Loughton`,
  firstMention: `Kvandal <img src=x onerror="window.__xss='first'">(bei Narvik)`,
  companyName: `"Nscale' & <b>Co</b>`,
  sourceTitle: `<script>window.__xss='source'</script>BBC`,
  saidBy: `<svg onload="window.__xss='said'">Alex`,
  correction: `</p><script>window.__xss='correction'</script>Zahl korrigiert`,
} as const;

let dir = "";
let server: Server | null = null;
let base = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aim-hostile-"));
  cpSync("geo", join(dir, "geo"), { recursive: true });
  const edit = (file: string, change: (data: never) => void) => {
    const path = join(dir, "geo", file);
    const data = JSON.parse(readFileSync(path, "utf8"));
    change(data as never);
    writeFileSync(path, JSON.stringify(data, null, 2));
  };
  type Named = {
    properties: {
      id: string;
      name: Record<string, string>;
      shortName?: Record<string, string>;
      firstMention?: Record<string, string>;
    };
  };
  edit("sites.geojson", (data: { features: Named[] }) => {
    const site = data.features.find((f) => f.properties.id === "loughton");
    if (!site?.properties.shortName) throw new Error("fixture: no Loughton");
    site.properties.shortName = { de: HOSTILE.siteName, en: HOSTILE.siteName };
    site.properties.name = { de: HOSTILE.siteName, en: HOSTILE.siteName };
    const kvandal = data.features.find((f) => f.properties.id === "stargate-norway");
    if (!kvandal?.properties.firstMention) throw new Error("fixture: no Kvandal");
    kvandal.properties.firstMention = { de: HOSTILE.firstMention, en: HOSTILE.firstMention };
  });
  edit("headquarters.geojson", (data: { features: Named[] }) => {
    const hq = data.features.find((f) => f.properties.id === "nscale");
    if (!hq) throw new Error("fixture: no Nscale");
    hq.properties.name = { de: HOSTILE.companyName, en: HOSTILE.companyName };
  });
  edit("sources.json", (data: { sources: { id: string; title: string | Record<string, string> }[] }) => {
    const source = data.sources.find((s) => s.id === "bbc-loughton-2025-01");
    if (!source) throw new Error("fixture: no bbc-loughton-2025-01");
    source.title = HOSTILE.sourceTitle;
  });
  edit("figures.json", (data: { figures: { id: string; saidBy?: string }[] }) => {
    const figure = data.figures.find((f) => f.id === "loughton-area");
    if (!figure) throw new Error("fixture: no loughton-area");
    figure.saidBy = HOSTILE.saidBy;
  });
  edit("edition.json", (data: { corrections: unknown[] }) => {
    data.corrections.push({
      date: "2026-11-20",
      concerns: ["loughton"],
      text: { de: HOSTILE.correction, en: HOSTILE.correction },
    });
  });
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  process.env.AIM_GEO_DIR = join(dir, "geo");
  try {
    await build({
      logLevel: "warn",
      mode: "production",
      build: { outDir: join(dir, "dist"), emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    delete process.env.AIM_GEO_DIR;
  }
  server = await serveDirectory(join(dir, "dist"));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 180_000);

afterAll(async () => {
  // The browser closes only after this hook (after-hooks run in reverse order), and its page may still hold a
  // request open: close() alone would wait for it until the hook times out (seen once in 240 s).
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("hostile text in the data", () => {
  it("shows literally in the list, popup, credits, map labels and static picture, and runs nowhere", async () => {
    const { page, errors } = await openPage(browser(), `${base}index.html`);
    // The static picture, before and independent of the map: text, and no element made from the data.
    const picture = page.locator(".static-picture svg");
    expect(await picture.locator("text").allTextContents()).toContain(`${HOSTILE.siteName} · geplant: 50 MW`);
    expect(await page.locator(".static-picture img, .static-picture script, .static-picture b").count()).toBe(
      0,
    );
    expect(await waitForMapState(page)).toBe("ready");

    const row = page.locator('ai-infra-map button.row[data-id="loughton"]');
    expect(await row.textContent()).toContain(HOSTILE.siteName);
    // The list's first mention of a site, a field of its own.
    expect(
      await page.locator('ai-infra-map button.row[data-id="stargate-norway"] .row-name').textContent(),
    ).toBe(HOSTILE.firstMention);
    expect(await page.locator('ai-infra-map button.row[data-id="nscale"]').textContent()).toContain(
      HOSTILE.companyName,
    );
    await row.click();
    const popup = page.locator("ai-infra-map .aim-popup");
    await expect.poll(() => popup.count()).toBe(1);
    const popupText = await popup.textContent();
    for (const text of [HOSTILE.siteName, HOSTILE.sourceTitle, HOSTILE.saidBy, HOSTILE.companyName]) {
      expect(popupText).toContain(text);
    }
    expect(await page.locator("ai-infra-map .credits").textContent()).toContain(HOSTILE.correction);
    // MapLibre draws labels as glyphs: the label's text is the very string.
    const labels = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const layers = map
        .getStyle()
        .layers.filter((layer: { type: string }) => layer.type === "symbol")
        .map((layer: { id: string }) => layer.id);
      return map
        .queryRenderedFeatures(undefined, { layers })
        .map((feature: { properties: Record<string, unknown> }) => String(feature.properties.label ?? ""));
    });
    expect(labels.some((label: string) => label.includes(HOSTILE.siteName))).toBe(true);
    // Nothing from the data became an element anywhere in the element's shadow tree or the page.
    const injected = await page.evaluate(() => {
      const root = document.querySelector("ai-infra-map")?.shadowRoot;
      return {
        xss: (window as unknown as { __xss?: string }).__xss ?? null,
        elements: [
          ...document.querySelectorAll("b, svg[onload], img[onerror]"),
          ...(root?.querySelectorAll("b, script, svg[onload], img[onerror]") ?? []),
        ].length,
      };
    });
    expect(injected).toEqual({ xss: null, elements: 0 });
    await screenshot(page, "hostile-data");
    expect(errors.filter((e) => e.startsWith("uncaught"))).toEqual([]);
  });
});
