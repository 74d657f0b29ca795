/**
 * A pinned copy learns of corrections: an article's element loaded from the version directory reads the
 * release log beside it after ready and says on the map what a later release corrected in what it shows, with
 * a link to the live channel. With the log missing, malformed, hostile or about nothing the view shows, it
 * shows no more than that and logs nothing. One page, reloaded with another log each time.
 */
import { afterAll, describe, expect, inject, it } from "vitest";
import { keepAcrossTests, type OpenedPage, openPage, useBrowser, waitForMapState } from "./helpers.ts";

const browser = useBrowser();
const ARTICLE_URL = new URL("pinned-corrections.html", inject("baseUrl")).href;
const LOG_URL = new URL("../../releases.json", ARTICLE_URL).href;
const ARTICLE_DATE = "2025-09-17";
const HOSTILE = `<img src=x onerror="window.__xss=1">Narvik: <b>Zahl</b> korrigiert`;

/** The log of a later release that corrected a record the article's view shows, and one it never had. */
const logWith = (text: string, concerns = ["stargate-norway"]) =>
  JSON.stringify({
    format: 1,
    live: "99.0.0",
    releases: [
      {
        version: "99.0.0",
        date: "2026-12-06",
        edition: "2026-12",
        corrections: [
          { date: "2026-12-05", concerns, text: { de: text, en: `${text} (en)` } },
          {
            date: "2026-12-06",
            concerns: ["made-up-record"],
            text: { de: "Nie gezeigt.", en: "Never shown." },
          },
        ],
      },
    ],
  });

/** An article's page that loads the element from the version directory, pinned to the article's date. */
const ARTICLE = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Artikel</title><link rel="icon" href="data:,">
<script type="module" src="embed.js"></script>
<ai-infra-map lang="de" as-of="${ARTICLE_DATE}"></ai-infra-map>`;

let opened: OpenedPage | undefined;
/** What the host answers for releases.json: the log's text, or null for none (404). */
let served: string | null = null;

afterAll(async () => {
  await opened?.page.context().close();
});

/**
 * Serves `log` (or none) and the article, opens or reloads the page, and returns its line once the check has
 * run. Both are answered by the test (sirv, serving dist/, lists its files once), at their real URLs.
 */
async function checkWith(log: string | null) {
  served = log;
  if (opened) {
    // What the page logged before is the previous test's, which asserted it.
    opened.errors.length = 0;
    opened.warnings.length = 0;
    await opened.page.reload();
  } else {
    const context = keepAcrossTests(await browser().newContext({ viewport: { width: 1280, height: 800 } }));
    await context.route(ARTICLE_URL, (route) => route.fulfill({ body: ARTICLE, contentType: "text/html" }));
    await context.route(LOG_URL, (route) =>
      served === null
        ? route.fulfill({ status: 404, body: "not found" })
        : route.fulfill({ body: served, contentType: "application/json" }),
    );
    opened = await openPage(browser(), ARTICLE_URL, {}, context);
  }
  const { page, errors } = opened;
  // Software WebGL's own performance notes are the browser's, not the page's.
  const warnings = opened.warnings.filter((warning) => !warning.includes("GL Driver Message"));
  expect(await waitForMapState(page)).toBe("ready");
  // The line's place is on the map once the check has run, whatever it found.
  const line = page.locator("ai-infra-map .map-area > .later-correction");
  await line.waitFor({ state: "attached", timeout: 60_000 });
  return { page, line, errors, warnings };
}

describe("a pinned copy in an article", () => {
  it("says on the map what a later release corrected in what it shows, with a link to the live channel", async () => {
    const { page, line, errors, warnings } = await checkWith(logWith("Narvik: Die Zahl wurde korrigiert."));
    expect(await line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe(
      "Korrigiert am 5. Dezember 2026 (Version 99.0.0): Narvik: Die Zahl wurde korrigiert. · Aktuelle Fassung öffnen",
    );
    const href = await line.locator("a").getAttribute("href");
    const live = new URL(`../../live/index.html?lang=de&as-of=${ARTICLE_DATE}`, page.url()).href;
    expect(href).toBe(live);
    // Inside the map area, clear of the attribution.
    const [box, attribution] = await Promise.all([
      line.boundingBox(),
      page.locator("ai-infra-map .maplibregl-ctrl-attrib").boundingBox(),
    ]);
    if (!box || !attribution) throw new Error("the line or the attribution has no box");
    expect(box.y + box.height).toBeLessThan(attribution.y);
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
  });

  it("shows markup in a correction's text as the characters it is, and runs none of it", async () => {
    const { page, line, errors, warnings } = await checkWith(logWith(HOSTILE));
    expect(await line.textContent()).toContain(`(Version 99.0.0): ${HOSTILE} · `);
    const injected = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      elements: document.querySelector("ai-infra-map")?.shadowRoot?.querySelectorAll(".later-correction *")
        .length,
    }));
    expect(injected).toEqual({ xss: null, elements: 1 });
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ["names no record the view shows", logWith("Nie gezeigt.", ["made-up-record"])],
    ["is malformed", "{ not json"],
    ["has another shape", JSON.stringify({ format: 2, releases: "none" })],
  ])("shows no line and logs nothing when the log %s", async (_, log) => {
    const { line, errors, warnings } = await checkWith(log);
    expect(await line.isHidden()).toBe(true);
    expect(await line.textContent()).toBe("");
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
  });

  it("shows no line and logs nothing of its own when there is no log", async () => {
    const { line, errors, warnings } = await checkWith(null);
    expect(await line.isHidden()).toBe(true);
    // The browser itself reports the file's 404; the app adds nothing to it.
    expect(errors.filter((error) => error.startsWith("HTTP"))).toEqual([`HTTP 404 ${LOG_URL}`]);
    expect(errors.filter((error) => !error.startsWith("HTTP") && !/status of 404/.test(error))).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
