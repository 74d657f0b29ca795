/**
 * Every word a reader sees is in the reader's language (issue 21): the page walks every date of the time
 * control, in German and in English, opens the details of every site and company, and reads every text node
 * and accessible name of the page, the element, the picture, the no-JavaScript list, the CSV's header and
 * vocabulary, and the PNG's caption. None may hold a word of the other language, outside names and what is
 * marked with its own `lang` (a source's title as published, a quoted original). Without WebGL, so the picture
 * is the map and nothing waits for the live map: the words are the same DOM either way.
 */

import { readFileSync } from "node:fs";
import { dsvFormat } from "d3-dsv";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { de } from "../../src/i18n/de.ts";
import { createI18n, type Lang } from "../../src/i18n/index.ts";
import { pictureCaption } from "../../src/model/caption.ts";
import { TABLE_COLUMNS } from "../../src/model/table.ts";
import { realDataset, realView } from "../map/fixtures.ts";
import { namesOf, otherLanguageWords } from "../model/other-language.ts";
import { openPage, screenshot, useBrowser, WITHOUT_WEBGL, waitForMapState } from "./helpers.ts";

const browser = useBrowser(WITHOUT_WEBGL);

const names = namesOf(realDataset());

/**
 * Every text a reader of `lang` meets on the page: text nodes, accessible names and values, in the document and
 * in the element's shadow root, skipping what is hidden and what is marked as another language.
 */
function readerTexts(page: Page, lang: Lang): Promise<string[]> {
  return page.evaluate((pageLang) => {
    const texts: string[] = [document.title];
    const attributes = ["aria-label", "aria-valuetext", "alt", "title", "placeholder"];
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text) texts.push(text);
        return;
      }
      if (!(node instanceof Element)) {
        for (const child of node.childNodes) visit(child);
        return;
      }
      const marked = node.getAttribute("lang");
      if (marked && marked !== pageLang) return;
      if (["SCRIPT", "STYLE", "NOSCRIPT"].includes(node.tagName) || node.hasAttribute("hidden")) return;
      for (const name of attributes) {
        const value = node.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const child of node.childNodes) visit(child);
    };
    visit(document.body);
    return texts;
  }, lang);
}

/** The words of the other language in the texts, each with the text it stands in. */
const foreign = (texts: readonly string[], lang: Lang, where: string) =>
  [...new Set(texts)].flatMap((text) =>
    otherLanguageWords(text, lang, names).map((word) => `${where}: "${word}" in "${text.slice(0, 160)}"`),
  );

async function walk(lang: Lang): Promise<{ found: string[]; opened: number; page: Page }> {
  const query = lang === "de" ? "" : `?lang=${lang}`;
  const { page, errors } = await openPage(browser(), `index.html${query}`);
  expect(await waitForMapState(page)).toBe("error");
  const view = realView(lang);
  const ids = [...view.sites, ...view.companies].map((row) => row.id);
  const found: string[] = [];
  let opened = 0;
  // The slider, by the keyboard, from the first date to the last.
  const range = page.locator("ai-infra-map .time input[type=range]");
  await range.focus();
  await page.keyboard.press("Home");
  for (const [at, step] of view.time.steps.entries()) {
    if (at > 0) await page.keyboard.press("ArrowRight");
    await expect.poll(() => range.getAttribute("aria-valuetext")).toBe(step.label);
    found.push(...foreign(await readerTexts(page, lang), lang, step.asOf));
    for (const id of ids) {
      const shown = await page.evaluate(async (id) => {
        const element = document.querySelector("ai-infra-map") as HTMLElement & { select(id: string): void };
        element.select(id);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return Boolean(element.shadowRoot?.querySelector(`.details[data-id="${id}"]`));
      }, id);
      // A site the date does not know yet has no details to open.
      if (!shown) continue;
      opened++;
      found.push(...foreign(await readerTexts(page, lang), lang, `${step.asOf} ${id}`));
    }
    await page.keyboard.press("Escape");
    await range.focus();
  }
  expect(errors.filter((e) => !/WebGL/.test(e))).toEqual([]);
  return { found, opened, page };
}

describe("the reader's language, everywhere", () => {
  it.each(["de", "en"] as const)(
    "in %s: every date, every site and company, the picture and the list: no word of the other language",
    async (lang) => {
      const { found, opened, page } = await walk(lang);
      await screenshot(page, `languages-${lang}-latest`);
      expect(found).toEqual([]);
      // Every site and company at the latest date, and the known ones at every earlier one.
      expect(opened).toBeGreaterThan(realView(lang).time.steps.length * 5);
      // The no-JavaScript list the snippets carry, the CSV's header and words, the PNG's caption.
      const list = await page.evaluate(
        async (lang) => (await fetch(`static/list-${lang}.html`)).text(),
        lang,
      );
      expect(foreign([list.replace(/<[^>]+>/g, " ")], lang, "list")).toEqual([]);
      // The CSV as the reader downloads it: its header, and the words it writes (not the sources' titles).
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: createI18n(lang).t("download.data") }).click();
      const path = await (await download).path();
      const [header = [], ...rows] = dsvFormat(lang === "de" ? ";" : ",").parseRows(
        readFileSync(path, "utf8").slice(1),
      );
      expect(header).toEqual(createI18n(lang).t("table.columns").split("|"));
      const vocabulary = ["entry", "item", "unit", "qualifier", "sense", "status"].map((c) =>
        TABLE_COLUMNS.indexOf(c as (typeof TABLE_COLUMNS)[number]),
      );
      const cells = [...header, ...rows.map((row) => vocabulary.map((at) => row[at]).join(" "))];
      expect(rows.length).toBeGreaterThan(40);
      expect(foreign(cells, lang, "csv")).toEqual([]);
      const view = realView(lang);
      // A picture has no lang attribute: a quote in it stands in quotation marks, which mark it for the eye.
      const unquoted = pictureCaption(view.captionContext()).map((line) =>
        line.replace(/[„“][^“”]*[“”]/g, " "),
      );
      expect(foreign(unquoted, lang, "png caption")).toEqual([]);
      await page.context().close();
    },
  );
});

/** The words' chunk of a language, as the build names it. */
const wordsChunk = (lang: Lang) => new RegExp(`/assets/${lang}-[\\w-]+\\.js$`);
const KEYS = new Set(Object.keys(de));

describe("each language's words, in a chunk of their own", () => {
  it("are loaded for the map's language only, and another's when the map switches to it, showing no key meanwhile", async () => {
    const { page, errors, requests } = await openPage(browser(), "index.html");
    expect(await waitForMapState(page)).toBe("error");
    expect(requests.filter((url) => wordsChunk("de").test(url))).toHaveLength(1);
    expect(requests.filter((url) => wordsChunk("en").test(url))).toEqual([]);
    const toggle = page.locator("ai-infra-map .panel-toggle");
    expect(await toggle.textContent()).toBe(createI18n("de").t("list.toggle"));

    // The English words are held back: the map waits for them with its picture, and says nothing meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = () => {};
    const requested = new Promise<void>((resolve) => {
      asked = resolve;
    });
    await page.route(wordsChunk("en"), async (route) => {
      asked();
      await held;
      await route.continue();
    });
    await page.evaluate(() => document.querySelector("ai-infra-map")?.setAttribute("lang", "en"));
    await requested;
    expect(await page.locator("ai-infra-map").getAttribute("data-state")).toBe("loading");
    expect(await page.locator(".static-picture svg").isVisible()).toBe(true);
    const meanwhile = await readerTexts(page, "en");
    expect(meanwhile.filter((text) => KEYS.has(text))).toEqual([]);
    // Nothing the reader can reach is unnamed: a hidden panel's toggle has not been shown yet.
    expect(await toggle.isVisible()).toBe(false);

    release();
    await expect.poll(() => toggle.textContent()).toBe(createI18n("en").t("list.toggle"));
    expect(await waitForMapState(page)).toBe("error");
    expect(requests.filter((url) => wordsChunk("en").test(url))).toHaveLength(1);
    const texts = await readerTexts(page, "en");
    expect(texts.filter((text) => KEYS.has(text))).toEqual([]);
    expect(await page.locator("ai-infra-map .map-message").textContent()).toBe(
      createI18n("en").t("app.error.webgl"),
    );
    expect(errors.filter((e) => !/WebGL/.test(e))).toEqual([]);
    await page.context().close();
  });
});
