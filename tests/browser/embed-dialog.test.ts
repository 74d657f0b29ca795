import { describe, expect, inject, it } from "vitest";
import { openWithoutLiveMap, screenshot, useBrowser, waitForApp } from "./helpers.ts";

const browser = useBrowser();

// The dialog and its snippets are the page's and the app's, not the live map's, which is held back here.
describe("the Embed dialog", () => {
  it("shows both snippets with the current options, live by default, and copies them", async () => {
    const { page, errors } = await openWithoutLiveMap(browser(), "index.html?site=loughton&theme=dark");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    expect(await waitForApp(page)).toBe("loading");
    const base = inject("baseUrl");
    // The tests serve the build the way a release is deployed: under its version's own directory, beside the
    // live channel.
    expect(base).toMatch(/\/v\/\d+\.\d+\.\d+\/$/);
    const live = new URL("../../live/", base).href;

    await page.getByRole("button", { name: "Einbetten" }).click();
    const dialog = page.getByRole("dialog", { name: "Karte einbetten" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.getByRole("radio", { name: /^Live:/ }).isChecked()).toBe(true);
    const iframe = await page.locator("#embed-iframe").inputValue();
    expect(iframe).toContain(`src="${live}index.html?embed=1&amp;lang=de&amp;site=loughton&amp;theme=dark"`);
    expect(iframe).toContain(`<script type="module" src="${live}embed-host.js"></script>`);
    const element = await page.locator("#embed-element").inputValue();
    expect(element).toContain(`<script type="module" src="${live}embed.js"></script>`);
    expect(element).toContain('<ai-infra-map lang="de" site="loughton" theme="dark">');
    expect(element).toContain(`src="${live}static/map-de.svg"`);
    // The list the element shows without JavaScript travels with the snippet.
    expect(element).toMatch(/<div class="static-list" lang="de">.*Kvandal \(bei Narvik\).*<\/div>/s);
    await screenshot(page, "embed-dialog");

    await page.locator("#embed-element ~ button").first().click();
    await expect.poll(() => page.locator(".embed-status").textContent()).toBe("Kopiert");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(element);

    // Closing returns focus to the button; a new selection shows in the snippets when the dialog reopens.
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("embed-button");
    await page.locator('ai-infra-map button.row[data-id="stargate-norway"]').click();
    await page.getByRole("button", { name: "Einbetten" }).click();
    await expect.poll(() => page.locator("#embed-iframe").inputValue()).toContain("site=stargate-norway");
    expect(errors).toEqual([]);
  });

  it("offers this version, pinned, and the article's date, the latest or the date shown", async () => {
    const { page, errors } = await openWithoutLiveMap(browser(), "index.html?lang=en&as-of=2026-04");
    expect(await waitForApp(page)).toBe("loading");
    const base = inject("baseUrl");
    await page.getByRole("button", { name: "Embed" }).click();
    const snippet = () => page.locator("#embed-iframe").inputValue();
    // The date shown now is chosen at first; the article's date and the latest are offered, in English.
    const dates = page.getByRole("group", { name: "Map as of" }).getByRole("radio");
    await expect.poll(() => dates.count()).toBe(3);
    expect(
      await dates.evaluateAll((radios) =>
        radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
      ),
    ).toEqual(["As of the article (16/17 September 2025)", "Latest", "April 2026"]);
    expect(await snippet()).toContain("as-of=2026-04");

    await page.getByRole("radio", { name: /^This version/ }).check();
    expect(await snippet()).toContain(`src="${base}index.html?embed=1&amp;lang=en&amp;as-of=2026-04"`);
    expect(await page.locator("#embed-element").inputValue()).toContain(`src="${base}embed.js"`);

    await page.getByRole("radio", { name: /^As of the article/ }).check();
    expect(await snippet()).toContain("as-of=2025-09-16%2F2025-09-17");
    expect(await page.locator("#embed-element").inputValue()).toContain('as-of="2025-09-16/2025-09-17"');
    await page.getByRole("radio", { name: "Latest" }).check();
    expect(await snippet()).not.toContain("as-of");
    expect(errors).toEqual([]);
  });

  it("is not offered inside the iframe embed", async () => {
    const { page } = await openWithoutLiveMap(browser(), "index.html?embed=1");
    expect(await waitForApp(page)).toBe("loading");
    // The page brings the button with it; inside the iframe it stays hidden.
    expect(await page.locator(".embed-button").count()).toBe(1);
    expect(await page.locator(".embed-button").isVisible()).toBe(false);
  });
});
