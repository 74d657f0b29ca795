import { describe, expect, inject, it } from "vitest";
import { embedFrame, PAGE_DEFAULTS, screenshot, useBrowser } from "./helpers.ts";

const browser = useBrowser();

/**
 * Opens the demo article from the origin that sends the strict Content-Security-Policy. With JavaScript, the
 * article's embeds, the policy and their storage are tested in every engine in engines.test.ts.
 */
async function openDemo(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser().newContext({
    ...PAGE_DEFAULTS,
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(new URL("demo/article.html", inject("cspBaseUrl")).href);
  return { page, errors, requests };
}

describe("the demo article", () => {
  it("shows the static picture and the site list of both embeds without JavaScript", async () => {
    const { page } = await openDemo({ javaScriptEnabled: false, width: 375 });
    // The element embed: the snippet's own picture file and list.
    const picture = page.locator('ai-infra-map > img[slot="static"]');
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1000);
    expect((await picture.boundingBox())?.width).toBeGreaterThan(300);
    const elementList = page.locator("ai-infra-map .static-list");
    expect(await elementList.isVisible()).toBe(true);
    expect(await elementList.textContent()).toContain("Loughton");
    // The iframe embed: the page inside it, with its inlined picture and list.
    const frame = await embedFrame(page);
    await expect.poll(() => frame.locator(".static-picture svg").isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await frame.locator(".static-list").textContent()).toContain("Kvandal (bei Narvik)");
    await screenshot(page, "demo-article-no-js");
  });
});
