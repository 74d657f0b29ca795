/**
 * The story as of a date, in the built app: the article's date shows what was known then and nothing later;
 * the time control moves by keyboard and by touch; the latest view marks what changed since the article.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  openPage,
  screenshot,
  seriousAxeViolations,
  useBrowser,
  waitForIdle,
  waitForMapState,
} from "./helpers.ts";

const browser = useBrowser();

/** Everything a reader can see or hear on the page: its visible text, in the element's shadow root too. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    // innerText, not textContent: only what is rendered counts (the hidden picture and no-script list do not).
    const host = document.querySelector("ai-infra-map");
    const frame = host?.shadowRoot?.querySelector<HTMLElement>(".frame");
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the rendered text, which is the point.
    return `${document.body.innerText}\n${frame?.innerText ?? ""}`;
  });

/**
 * The visible text apart from the line on the map about what happened since the view's date (and the same
 * sentence in the map's description), which names the later changes by design; the line must say `notice`.
 */
async function textBesideNotice(page: Page, notice: string): Promise<string> {
  const line = page.locator("ai-infra-map .date-notice span");
  expect(await line.textContent()).toBe(notice);
  // The map's description for screen readers says it too.
  return (await visibleText(page)).replaceAll(notice, "");
}

const rowText = (page: Page, id: string) =>
  page.locator(`ai-infra-map button.row[data-id="${id}"]`).textContent();

/**
 * What later statements would put on the page; none of it may appear as of the article's date. (The legend's
 * "beendete oder pausierte Beziehung" names a line style, not an event: whole words only.)
 */
const LATER = [
  /52\.000/,
  /Rubin/,
  /\bpausiert\b/,
  /\bbeendet\b/,
  /Seit dem Artikel/,
  /Ankerkunde zieht sich zurück/,
  /April 2026/,
];

/** What the line on the map says happened after the article's date. */
const SINCE_ARTICLE = "seitdem fünf Änderungen, zuletzt 30. April 2026";

/**
 * Screenshots of one state in both themes (the page follows the system's scheme: theme "auto"), of Europe and
 * with nothing hovered, so that the pictures compare across dates.
 */
async function bothThemes(page: Page, name: string) {
  await page.mouse.move(1, 1);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Nothing hovered either: the pointer is moved off the page below.
    document.querySelector("ai-infra-map")?.shadowRoot?.querySelector(".panel")?.scrollTo(0, 0);
    // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
    (document.querySelector("ai-infra-map") as any).map.jumpTo({ center: [6, 58], zoom: 2.6 });
  });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator("ai-infra-map").getAttribute("data-theme")).toBe(scheme);
    await waitForIdle(page);
    await screenshot(page, `${name}-${scheme}`);
  }
}

describe("the map as of a date", () => {
  it("as of the article shows what was known then, and the keyboard moves it to the latest with what changed", async () => {
    const { page, errors } = await openPage(browser(), "index.html?as-of=2025-09-17");
    expect(await waitForMapState(page)).toBe("ready");
    await waitForIdle(page);
    const range = page.locator("ai-infra-map input.time-range");
    expect(await range.getAttribute("aria-valuetext")).toBe("16./17. September 2025 (Artikel)");
    expect(await rowText(page, "stargate-norway")).toContain("geplant: 230 MW · Ziel: 100.000 GPUs");
    expect(await rowText(page, "cobalt-park")).toContain("Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs");
    // OpenAI: Kvandal's announced anchor customer and a Stargate UK partner, nothing ended or paused.
    await page.locator('ai-infra-map button.row[data-id="openai"]').click();
    const details = page.locator("ai-infra-map .aim-popup");
    await expect.poll(() => details.count()).toBe(1);
    const openai = (await details.textContent()) ?? "";
    expect(openai).toContain("Kvandal: Ankerkunde, angekündigt, kein Vertrag bekannt (seit 31. Juli 2025)");
    expect(openai).toContain("Cobalt Park: Programmpartner (seit 16. September 2025)");
    const text = await textBesideNotice(page, `Stand: 16./17. September 2025 · ${SINCE_ARTICLE}`);
    for (const later of LATER) expect(text).not.toMatch(later);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await bothThemes(page, "time-1280-article");

    // The line on the map, by keyboard: to the latest, and back to the date the page was opened at.
    const notice = page.locator("ai-infra-map .date-notice");
    const noticeButton = notice.locator("button");
    expect(await noticeButton.textContent()).toBe("Aktuellen Stand zeigen");
    await noticeButton.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => range.getAttribute("aria-valuetext")).toBe("November 2026 (aktuell)");
    expect(await notice.locator("span").textContent()).toBe("Aktueller Stand: November 2026");
    expect(await noticeButton.textContent()).toBe("Zurück zum 16./17. September 2025");
    await page.keyboard.press("Enter");
    await expect.poll(() => range.getAttribute("aria-valuetext")).toBe("16./17. September 2025 (Artikel)");
    expect(await page.locator("ai-infra-map").getAttribute("as-of")).toBe("2025-09-17");
    expect(await noticeButton.textContent()).toBe("Aktuellen Stand zeigen");

    // The keyboard: End on the slider goes to the latest step, announced and written into the URL.
    await range.focus();
    await page.keyboard.press("End");
    await expect.poll(() => range.getAttribute("aria-valuetext")).toBe("November 2026 (aktuell)");
    expect(new URL(page.url()).searchParams.has("as-of")).toBe(false);
    expect(await page.locator("ai-infra-map .time [aria-live]").textContent()).toBe(
      "Stand der Karte: November 2026.",
    );
    expect(await rowText(page, "stargate-norway")).toContain(
      "geplant: 230 MW · für Microsoft: etwa 52.000 GPUs (GB300), dazu über 30.000 GPUs (Rubin)",
    );
    expect(await rowText(page, "stargate-norway")).toContain(
      "Angaben vom 31. Juli 2025, 15. Oktober 2025 und 14. April 2026",
    );
    expect(await rowText(page, "stargate-norway")).toContain(
      "Seit dem Artikel: angekündigter Ankerkunde zieht sich zurück (berichtet) · 14./15. April 2026",
    );
    expect(await rowText(page, "cobalt-park")).toContain(
      "Seit dem Artikel: pausiert (berichtet) · 9. April 2026",
    );
    // The arcs: OpenAI's role at Kvandal drawn as ended, Stargate UK's partners as paused.
    const inactive = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the element's public map is a maplibregl.Map.
      const map = (document.querySelector("ai-infra-map") as any).map;
      const data = map.getSource("relations").serialize().data as {
        features: { properties: Record<string, string> }[];
      };
      return data.features
        .filter((f) => f.properties.inactive)
        .map((f) => `${f.properties.id}:${f.properties.state}`);
    });
    expect(inactive.sort()).toEqual([
      "nscale-partner-cobalt-park:paused",
      "nvidia-supplies-cobalt-park:paused",
      "openai-offtake-stargate-norway:ended",
      "openai-partner-cobalt-park:paused",
    ]);
    // The element's asOf property: a date between two events shows the last one before it, and says so.
    const told = page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const host = document.querySelector("ai-infra-map") as HTMLElement & { asOf: string | null };
          host.addEventListener(
            "asofchange",
            (event) => resolve((event as CustomEvent<{ asOf: string | null }>).detail.asOf),
            { once: true },
          );
          host.asOf = "2025-12";
        }),
    );
    expect(await told).toBe("2025-12");
    // Between two steps the slider stands on the earlier (15 October 2025) and says the view's date, as the
    // credits do.
    await expect.poll(() => range.getAttribute("aria-valuetext")).toBe("Dezember 2025");
    expect(await page.locator("ai-infra-map .credits").textContent()).toContain("Stand: Dezember 2025");
    await page.evaluate(() => {
      (document.querySelector("ai-infra-map") as HTMLElement & { asOf: string | null }).asOf = null;
    });
    await expect.poll(() => range.getAttribute("aria-valuetext")).toBe("November 2026 (aktuell)");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await bothThemes(page, "time-1280-latest");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("on a phone, a tap on 'Stand des Artikels' goes to the article's date, and the element says so", async () => {
    const { page, errors } = await openPage(browser(), "index.html", {
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
      colorScheme: "dark",
    });
    expect(await waitForMapState(page)).toBe("ready");
    await waitForIdle(page);
    const changed = page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          document
            .querySelector("ai-infra-map")
            ?.addEventListener(
              "asofchange",
              (event) => resolve((event as CustomEvent<{ asOf: string | null }>).detail.asOf),
              { once: true },
            );
        }),
    );
    const article = page.locator('ai-infra-map button.time-button[data-step="article"]');
    const box = await article.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    await bothThemes(page, "time-375-latest");
    await article.tap();
    expect(await changed).toBe("2025-09-16/2025-09-17");
    expect(new URL(page.url()).searchParams.get("as-of")).toBe("2025-09-16/2025-09-17");
    expect(await page.locator("ai-infra-map").getAttribute("as-of")).toBe("2025-09-16/2025-09-17");
    expect(await article.getAttribute("aria-pressed")).toBe("true");
    const text = await textBesideNotice(page, `Stand: 16./17. September 2025 · ${SINCE_ARTICLE}`);
    for (const later of LATER) expect(text).not.toMatch(later);
    await bothThemes(page, "time-375-article");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
