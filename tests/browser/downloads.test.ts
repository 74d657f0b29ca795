/**
 * The two downloads, in the built app: "Bild herunterladen" gives the map as the reader sees it at twice its
 * size, with the title and the caption drawn in (read back by drawing the expected lines in the same page and
 * comparing pixels), from the live map and, without WebGL, from the static picture; "Daten herunterladen" gives
 * the figures of the date shown as CSV, which reads back with d3-dsv to exactly the figures the details show,
 * with their sources, in German and English. Both are keyboard buttons, axe-clean, store nothing, and an
 * editor's downloads="off" (attribute or URL) removes both.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { csvParseRows, dsvFormat } from "d3-dsv";
import type { Download, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { CAPTION_LAYOUT, PICTURE_SCALE } from "../../src/download/png.ts";
import { elementSnippet, iframeSnippet } from "../../src/embed/embed-snippets.ts";
import { createI18n, type Lang } from "../../src/i18n/index.ts";
import { pictureCaption } from "../../src/model/caption.ts";
import { figuresTable, TABLE_COLUMNS } from "../../src/model/table.ts";
import { DARK, type Flavor, LIGHT } from "../../src/theme.ts";
import { realDataset, realView } from "../map/fixtures.ts";
import {
  embedFrame,
  fillArticle,
  NOTHING_STORED,
  openPage,
  openWithoutLiveMap,
  pngStats,
  SCREENSHOT_DIR,
  screenshot,
  seriousAxeViolations,
  storedOnDevice,
  useBrowser,
  WITHOUT_WEBGL,
  waitForApp,
  waitForIdle,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();
const withoutWebgl = useBrowser(WITHOUT_WEBGL);

const ARTICLE = "2025-09-16/2025-09-17";

/**
 * The sites and companies in the map's frame as the reader sees it: on the live map, projected by MapLibre; on
 * the picture, its links that are not hidden. A picture's caption carries the corrections that concern them.
 */
async function idsInFrame(page: Page, view: ReturnType<typeof realView>): Promise<(id: string) => boolean> {
  const points = [...view.sites, ...view.companies].map((row) => ({
    id: row.id,
    lngLat: view.entity(row.id)?.lngLat ?? [0, 0],
  }));
  const ids = await page.evaluate((all) => {
    const host = document.querySelector("ai-infra-map") as HTMLElement & {
      map?: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } | null;
    };
    const map = host.map;
    if (!map) {
      const links = host.shadowRoot?.querySelectorAll<HTMLElement>("a.picture-target:not([hidden])") ?? [];
      const light = host.querySelectorAll<HTMLElement>("a.picture-target:not([hidden])");
      return [...links, ...light].map((link) => link.dataset.id ?? "");
    }
    const box = map.getContainer();
    return all
      .filter(({ lngLat }) => {
        const { x, y } = map.project(lngLat);
        return x >= 0 && x <= box.clientWidth && y >= 0 && y <= box.clientHeight;
      })
      .map(({ id }) => id);
  }, points);
  expect(ids.length).toBeGreaterThan(0);
  return (id) => ids.includes(id);
}
const column = (name: (typeof TABLE_COLUMNS)[number]) => TABLE_COLUMNS.indexOf(name);

/**
 * The bytes of a download, and the name the page gave it. Read as a stream, which works in a browser connected
 * to as well as in one launched here (a connected browser's download has no local path).
 */
async function fileOf(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const done = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await done.createReadStream()) chunks.push(chunk as Buffer);
  return { name: done.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Keeps a downloaded picture with the screenshots, to be looked at. */
function keep(name: string, png: Buffer) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(`${SCREENSHOT_DIR}/${name}.png`, png);
}

/** A PNG's size, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The map's box on screen, in CSS px. */
const mapBox = (page: Page) =>
  page.locator("ai-infra-map .map").evaluate((box) => ({ width: box.clientWidth, height: box.clientHeight }));

/** The text of the focused element inside the map's shadow root. */
const focusedText = (page: Page) =>
  page.evaluate(() => document.querySelector("ai-infra-map")?.shadowRoot?.activeElement?.textContent ?? null);

interface Expected {
  title: string;
  caption: readonly string[];
  flavor: Flavor;
}

/**
 * Draws the expected title and caption bands in the page, as the app draws them (CAPTION_LAYOUT, the same
 * fonts and colours), and counts the pixels of the PNG's bands that differ from that drawing, out of all.
 */
function bandDifference(page: Page, png: Buffer, expected: Expected) {
  return page.evaluate(
    async ({ base64, title, caption, panel, text, layout, scale }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const { width, height } = bitmap;
      const canvas = (draw?: (context: CanvasRenderingContext2D) => void) => {
        const element = document.createElement("canvas");
        element.width = width;
        element.height = height;
        const context = element.getContext("2d") as CanvasRenderingContext2D;
        draw?.(context);
        return context;
      };
      const got = canvas((context) => context.drawImage(bitmap, 0, 0));
      await Promise.all([layout.titleFont, layout.font].map((font) => document.fonts.load(font)));
      const bands: [number, number][] = [];
      const want = canvas((context) => {
        context.scale(scale, scale);
        context.textBaseline = "top";
        const cssWidth = width / scale;
        const cssHeight = height / scale;
        const band = (lines: string[], font: string, lineHeight: number, top: number | null) => {
          context.font = font;
          const wrapped = lines.flatMap((line) => {
            const out: string[] = [];
            let current = "";
            for (const word of line.split(" ")) {
              const longer = current ? `${current} ${word}` : word;
              if (current && context.measureText(longer).width > cssWidth - 2 * layout.padding) {
                out.push(current);
                current = word;
              } else current = longer;
            }
            return [...out, current];
          });
          const bandHeight = wrapped.length * lineHeight + 2 * layout.padding;
          const y = top ?? cssHeight - bandHeight;
          context.fillStyle = panel;
          context.fillRect(0, y, cssWidth, bandHeight);
          context.fillStyle = text;
          wrapped.forEach((line, at) => {
            context.fillText(line, layout.padding, y + layout.padding + at * lineHeight);
          });
          bands.push([Math.ceil(y * scale), Math.floor((y + bandHeight) * scale)]);
        };
        band([title], layout.titleFont, layout.titleLineHeight, 0);
        band(caption, layout.font, layout.lineHeight, null);
      });
      let differing = 0;
      let total = 0;
      for (const [from, to] of bands) {
        const a = got.getImageData(0, from, width, to - from).data;
        const b = want.getImageData(0, from, width, to - from).data;
        for (let i = 0; i < a.length; i += 4) {
          total++;
          const delta = Math.max(
            Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
            Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
            Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
          );
          if (delta > 24) differing++;
        }
      }
      return { differing, total };
    },
    {
      base64: png.toString("base64"),
      title: expected.title,
      caption: [...expected.caption],
      panel: expected.flavor.panel,
      text: expected.flavor.text,
      layout: CAPTION_LAYOUT,
      scale: PICTURE_SCALE,
    },
  );
}

/**
 * The PNG's bands say exactly the expected text: they match a drawing of it, and a drawing with one changed
 * word does not match (so the comparison can tell texts apart).
 */
async function expectCaption(page: Page, png: Buffer, expected: Expected) {
  const same = await bandDifference(page, png, expected);
  expect(same.total).toBeGreaterThan(10_000);
  expect(same.differing / same.total).toBeLessThan(0.002);
  const altered = await bandDifference(page, png, {
    ...expected,
    caption: expected.caption.map((line) => line.replace(/(Stand:|As of) \S+/, "$1 Oktober")),
  });
  expect(altered.differing).toBeGreaterThan(same.differing + 200);
}

/**
 * The CSV against the page: for every site and company in the list, its rows are exactly the figures its
 * details show (same ids, same order), each row's value is the one the details show, and each source title
 * and URL is among the details' sources. No row belongs to anything the list does not show.
 */
async function expectTheDetailsFigures(page: Page, rows: string[][], lang: Lang) {
  const i18n = createI18n(lang);
  const subjects = await page.locator("ai-infra-map button.row[data-id]").evaluateAll((buttons) =>
    buttons.map((b) => ({
      id: (b as HTMLElement).dataset.id ?? "",
      name: b.querySelector(".row-name")?.textContent ?? "",
    })),
  );
  expect(subjects.length).toBeGreaterThan(5);
  let checked = 0;
  for (const subject of subjects) {
    await page.evaluate((id) => {
      (document.querySelector("ai-infra-map") as HTMLElement & { select(id: string): void }).select(id);
    }, subject.id);
    const details = page.locator(`ai-infra-map .aim-popup .details[data-id="${subject.id}"]`);
    await details.waitFor();
    const shown = await details.evaluate((element) => ({
      figures: [...element.querySelectorAll<HTMLElement>("[data-figure]")].map((figure) => ({
        id: figure.dataset.figure ?? "",
        value: figure.querySelector(".figure-value")?.textContent ?? "",
      })),
      sources: [...element.querySelectorAll(".source")].map((source) => source.textContent ?? ""),
      links: [...element.querySelectorAll<HTMLAnchorElement>(".source a[href]")].map((a) => a.href),
    }));
    // The figure rows of what the details show: the subject's own, and its programme's (Stargate UK's).
    const figures = rows.filter((row) => row[column("entry")] === i18n.t("table.entry.figure"));
    // The CSV names a site by its short name, which the list's first mention begins with ("Kvandal (bei Narvik)").
    const named = (row: string[]) =>
      [subject.name, subject.name.split(" (")[0]].includes(row[column("subject")]);
    const mine = figures.filter((row) => named(row) || shown.figures.some((f) => f.id === row[column("id")]));
    expect(mine.map((row) => row[column("id")])).toEqual(shown.figures.map((f) => f.id));
    for (const row of mine) {
      const value = row[column("value")] ?? "";
      const unit = row[column("unit")] ?? "";
      // Numbers as a spreadsheet reads them: digits, and a decimal comma in German, a point in English.
      const numeric = lang === "de" ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/;
      const amount = Number(value.replace(",", "."));
      let expected = value;
      if (numeric.test(value))
        expected = ["USD", "GBP", "EUR", "NOK"].includes(unit)
          ? i18n.money(amount, unit as "USD")
          : i18n.number(amount);
      expect(shown.figures.find((f) => f.id === row[column("id")])?.value).toContain(expected);
      const titles = (row[column("source")] ?? "").split(" | ").filter(Boolean);
      for (const title of titles) expect(shown.sources.some((s) => s.includes(title))).toBe(true);
      const urls = (row[column("url")] ?? "").split(" | ").filter(Boolean);
      for (const url of urls) expect(shown.links).toContain(url);
      if (row[column("status")] !== i18n.t("status.calculated")) expect(titles.length).toBeGreaterThan(0);
      checked++;
    }
  }
  expect(checked).toBe(rows.filter((row) => row[column("entry")] === i18n.t("table.entry.figure")).length);
  await page.keyboard.press("Escape");
}

describe("downloading the picture and the data", () => {
  it("in German at the article's date: the keyboard gets the map at 2x with its caption, and the details' figures as CSV", async () => {
    const { page, errors } = await openPage(
      browser(),
      `index.html?as-of=${encodeURIComponent(ARTICLE)}&site=loughton`,
      { reducedMotion: "reduce" },
    );
    expect(await waitForMapState(page)).toBe("ready");
    await waitForIdle(page);
    const image = page.getByRole("button", { name: "Bild herunterladen" });
    const data = page.getByRole("button", { name: "Daten herunterladen" });
    expect(await image.isVisible()).toBe(true);
    await screenshot(page, "downloads-1280-article");

    // The keyboard: Enter on the focused picture button, Tab to the data button, Enter.
    await image.focus();
    const picture = fileOf(page.waitForEvent("download"));
    await page.keyboard.press("Enter");
    const png = await picture;
    expect(png.name).toBe("ki-rechenzentren-2025-09-16_2025-09-17.png");
    keep("downloads-picture-article", png.bytes);
    const box = await mapBox(page);
    // The map at 2x, and the caption in a band under it.
    const size = pngSize(png.bytes);
    expect(size.width).toBe(box.width * 2);
    expect(size.height).toBeGreaterThan(box.height * 2);
    expect((await pngStats(page, png.bytes)).distinct).toBeGreaterThan(200);
    // The map is back at the screen's own resolution after the copy.
    expect(
      await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
        const map = (document.querySelector("ai-infra-map") as any).map;
        return map.getCanvas().width / map.getContainer().clientWidth;
      }),
    ).toBe(1);
    // The caption is the view model's: who stated the figures, then the credits as on screen, word for word,
    // with the view's date and the corrections that concern it.
    const view = realView("de", LIGHT, realDataset(), ARTICLE);
    const caption = pictureCaption(view.captionContext(), await idsInFrame(page, view));
    expect(caption).toContain(await page.locator("ai-infra-map .credits-line").textContent());
    expect(caption[0]).toMatch(/^Zahlen im Bild: /);
    expect(caption.join(" ")).toContain("Stand: 16./17. September 2025");
    expect(caption.join(" ")).toContain("Korrigiert am 30. November 2026:");
    await expectCaption(page, png.bytes, {
      title: createI18n("de").t("app.title"),
      caption,
      flavor: LIGHT,
    });
    await page.keyboard.press("Tab");
    expect(await focusedText(page)).toBe("Daten herunterladen");
    const table = fileOf(page.waitForEvent("download"));
    await page.keyboard.press("Enter");
    const csv = await table;
    expect(csv.name).toBe("ki-rechenzentren-2025-09-16_2025-09-17.csv");
    // UTF-8 with a byte-order mark, semicolons between fields (the comma is German's decimal mark).
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = dsvFormat(";").parseRows(csv.bytes.toString("utf8").slice(1));
    expect(header).toEqual(createI18n("de").t("table.columns").split("|"));
    expect(header?.slice(0, 4)).toEqual(["Eintrag", "Standort oder Unternehmen", "Ort", "Längengrad"]);
    expect(rows.map((row) => row[column("id")])).toEqual(
      figuresTable(view.tableContext()).rows.map((row) => row[column("id")]),
    );
    // Nothing stated after the article's week (the corrections, made later, are about the published map).
    for (const row of rows.filter((r) => r[column("entry")] !== "Korrektur"))
      expect(row[column("date")] ?? "").not.toMatch(/^2026/);
    await expectTheDetailsFigures(page, rows, "de");
    await data.focus();
    await screenshot(page, "downloads-1280-buttons");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await storedOnDevice(page)).toEqual(NOTHING_STORED);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("in English at the edition: comma-separated, with a point for decimals, the details' figures and sources", async () => {
    // The data and the details need no live map: it is held back, and the details open on the picture.
    const { page, errors } = await openWithoutLiveMap(browser(), "index.html?lang=en", {
      reducedMotion: "reduce",
    });
    expect(await waitForApp(page)).toBe("loading");
    const table = fileOf(page.waitForEvent("download"));
    await page.getByRole("button", { name: "Get the data" }).click();
    const csv = await table;
    expect(csv.name).toBe("ai-data-centres-2026-11.csv");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvParseRows(csv.bytes.toString("utf8").slice(1));
    expect(header?.slice(0, 4)).toEqual(["Entry", "Site or company", "Place", "Longitude"]);
    // At the edition, paused figures are there too, as history, with the date they were paused.
    expect(rows.some((row) => row[column("entry")] === "figure" && row[column("until")] !== "")).toBe(true);
    await expectTheDetailsFigures(page, rows, "en");
    expect(await storedOnDevice(page)).toEqual(NOTHING_STORED);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("without WebGL draws the static picture, in the reader's dark colours, redrawn for its view's date and with that date's caption", async () => {
    const { page } = await openPage(withoutWebgl(), "index.html?as-of=2025-10-15", { colorScheme: "dark" });
    expect(await waitForMapState(page)).toBe("error");
    // The picture has been redrawn for the date (its corner says so) before the reader downloads it.
    await page
      .locator("ai-infra-map text.label-edition", { hasText: "Stand: 15. Oktober 2025" })
      .waitFor({ timeout: 10_000 });
    const picture = fileOf(page.waitForEvent("download"));
    await page.getByRole("button", { name: "Bild herunterladen" }).click();
    const png = await picture;
    keep("downloads-picture-no-webgl-dark", png.bytes);
    const box = await mapBox(page);
    expect(pngSize(png.bytes).width).toBe(box.width * 2);
    expect(pngSize(png.bytes).height).toBeGreaterThan(box.height * 2);
    const water = await pngStats(page, png.bytes, DARK.water);
    expect(water.distinct).toBeGreaterThan(50);
    // The page's dark colours, which come from CSS, are in the picture: the sea is the dark theme's, and
    // none of it is the light sea the inline picture's own attributes would give.
    expect(water.share).toBeGreaterThan(0.2);
    expect((await pngStats(page, png.bytes, LIGHT.water)).share).toBeLessThan(0.01);
    const view = realView("de", DARK, undefined, "2025-10-15");
    const caption = pictureCaption(view.captionContext(), await idsInFrame(page, view));
    expect(caption).toContain(await page.locator("ai-infra-map .credits-line").textContent());
    await expectCaption(page, png.bytes, {
      title: createI18n("de").t("app.title"),
      caption,
      flavor: DARK,
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, "downloads-no-webgl-dark");
  });

  it('are switched off by downloads="off", as attribute and as the iframe\'s URL parameter, and the Embed dialog writes it', async () => {
    // The Embed dialog's checkbox writes the option into both snippets. None of this needs the live map, which
    // is held back here.
    const standalone = await openWithoutLiveMap(browser(), "index.html");
    const { page } = standalone;
    expect(await waitForApp(page)).toBe("loading");
    expect(await page.getByRole("button", { name: "Bild herunterladen" }).count()).toBe(1);
    await page.getByRole("button", { name: "Einbetten" }).click();
    const offer = page.getByRole("checkbox", { name: "Bild und Daten zum Herunterladen anbieten" });
    expect(await offer.isChecked()).toBe(true);
    expect(await page.locator("#embed-iframe").inputValue()).not.toContain("downloads");
    await offer.uncheck();
    expect(await page.locator("#embed-iframe").inputValue()).toContain("&amp;downloads=off");
    expect(await page.locator("#embed-element").inputValue()).toContain(
      '<ai-infra-map lang="de" downloads="off">',
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();

    // An article with both embeds switched off, as an editor pastes them.
    const base = inject("baseUrl");
    const options = { base, lang: "de", site: null, theme: "auto", downloads: false } as const;
    const host = await openWithoutLiveMap(browser(), `${inject("otherOrigin")}/host/blank.html`);
    await host.page.evaluate(fillArticle, {
      html: `${elementSnippet(options, "")}\n${iframeSnippet(options)}`,
      text: "Absatz. ".repeat(40),
      paragraphsAfter: 1,
    });
    expect(await waitForApp(host.page)).toBe("loading");
    const element = host.page.locator("ai-infra-map");
    // The list is there (the app runs), the downloads are not.
    expect(await element.locator("button.row").count()).toBeGreaterThan(5);
    expect(await element.locator(".downloads button").count()).toBe(0);
    expect(await element.locator(".downloads").isVisible()).toBe(false);
    const frame = await embedFrame(host.page);
    expect(await waitForApp(frame)).toBe("loading");
    expect(await frame.locator("ai-infra-map button.row").count()).toBeGreaterThan(5);
    expect(await frame.locator("ai-infra-map .downloads button").count()).toBe(0);
    await host.page.context().close();
  });
});
