import type { Frame, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { embedFrame, NOTHING_STORED, screenshot, storedOnDevice, useBrowser } from "./helpers.ts";

const browser = useBrowser();

/** Records every Content-Security-Policy violation in every frame, from before the first script runs. */
function recordViolations() {
  const w = window as unknown as { __violations?: string[] };
  w.__violations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    w.__violations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
  });
}

const violations = (frame: Page | Frame) =>
  frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? null);

/** Opens the demo article from the origin that sends the strict Content-Security-Policy. */
async function openDemo(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser().newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  await context.addInitScript(recordViolations);
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

const mapState = (frame: Page | Frame, timeout = 90_000) =>
  frame
    .waitForFunction(
      () => {
        const state = document.querySelector("ai-infra-map")?.getAttribute("data-state");
        return state === "ready" || state === "error" ? state : null;
      },
      null,
      { timeout },
    )
    .then((handle) => handle.jsonValue());

describe("the demo article", () => {
  it("runs both embeds under a strict Content-Security-Policy without a violation or a stored byte", async () => {
    const { page, errors, requests } = await openDemo();
    const frame = await embedFrame(page);
    expect(await mapState(frame)).toBe("ready");
    await page.locator("ai-infra-map").scrollIntoViewIfNeeded();
    expect(await mapState(page)).toBe("ready");
    // Use both maps a little, so that popups, fonts and the worker have all run under the policy.
    await page.locator('ai-infra-map button.row[data-id="loughton"]').click();
    await expect.poll(() => page.locator("ai-infra-map .aim-popup").count()).toBe(1);
    await frame.locator('ai-infra-map button.row[data-id="stargate-norway"]').click();
    await expect.poll(() => frame.locator("ai-infra-map .aim-popup").count()).toBe(1);
    await screenshot(page, "demo-article-element");
    await page.locator("iframe.ai-infra-map").scrollIntoViewIfNeeded();
    await screenshot(page, "demo-article-iframe");

    expect(await violations(page)).toEqual([]);
    expect(await violations(frame)).toEqual([]);
    expect(errors).toEqual([]);
    const origin = new URL(inject("cspBaseUrl")).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
    // The policy really is in force: an inline script is refused, and the refusal is recorded.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
    });
    expect(await page.evaluate(() => "__inlineRan" in window)).toBe(false);
    await expect.poll(() => violations(page)).toEqual(["script-src-elem blocked inline"]);

    for (const target of [page, frame]) expect(await storedOnDevice(target)).toEqual(NOTHING_STORED);
  });

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
    expect(await frame.locator(".static-list").textContent()).toContain("Narvik");
    await screenshot(page, "demo-article-no-js");
  });
});
