// @vitest-environment jsdom
/**
 * A pinned copy's look at the release log (src/app/pinned-check.ts): it says what a later release corrected,
 * with a link to the live map that keeps the reader's choices, and says nothing, and logs nothing, for a log
 * that is missing, blocked, malformed or hostile.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkPinnedCopy, type PinnedCheckOptions } from "../../src/app/pinned-check.ts";
import { DEFAULTS } from "../../src/contract/options.ts";
import { createStore } from "../../src/state/store.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const LIVE = "https://maps.example.org/aim/live/index.html";
const correction = (de: string) => ({
  date: "2026-12-08",
  concerns: ["loughton"],
  text: { de, en: "Loughton: a later correction." },
});
const log = (text = "Loughton: eine spätere Korrektur.") => ({
  format: 1,
  live: "0.2.1",
  releases: [
    { version: "0.2.0", date: "2026-12-07", edition: "2026-12", corrections: [] },
    { version: "0.2.1", date: "2026-12-08", edition: "2026-12", corrections: [correction(text)] },
  ],
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function options(respond: () => Promise<Response>): PinnedCheckOptions & { notice: HTMLElement } {
  const notice = document.createElement("p");
  notice.hidden = true;
  document.body.append(notice);
  return {
    releasesUrl: "https://maps.example.org/aim/releases.json",
    liveUrl: LIVE,
    notice,
    version: "0.2.0",
    options: { ...DEFAULTS, theme: "dark" },
    store: createStore(() => true, { lang: "de", theme: "dark", asOf: null }),
    view: realView("de", undefined, realDataset()),
    own: [],
    fetch: respond as unknown as typeof fetch,
  };
}

const json =
  (body: unknown, status = 200) =>
  () =>
    Promise.resolve(new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));

describe("a pinned copy's look at the release log", () => {
  it("says what a later release corrected, dated, with a link to the live map with the reader's choices", async () => {
    const check = options(json(log()));
    const found = await checkPinnedCopy(check);
    expect(found).not.toBeNull();
    expect(check.notice.hidden).toBe(false);
    expect(check.notice.textContent).toBe(
      "Korrektur vom 8. Dezember 2026, in einer neueren Fassung dieser Karte: Loughton: eine spätere Korrektur. Aktuelle Fassung öffnen",
    );
    const link = () => check.notice.querySelector("a")?.getAttribute("href");
    expect(link()).toBe(`${LIVE}?lang=de&theme=dark`);
    check.store.select("loughton");
    expect(link()).toBe(`${LIVE}?lang=de&theme=dark&site=loughton`);
    // At a date the correction's record is not shown, the line goes.
    found?.setView(realView("de", undefined, realDataset(), "2024-12-31"));
    expect(check.notice.hidden).toBe(true);
    found?.destroy();
    expect(check.notice.childNodes).toHaveLength(0);
  });

  it.each([
    ["missing", json("Not found", 404)],
    [
      "blocked (the fetch rejects, as under a Content-Security-Policy)",
      () => Promise.reject(new TypeError("blocked")),
    ],
    ["not JSON", json("{ not json")],
    ["of another shape", json({ format: 1, releases: "all" })],
    ["hostile (markup in a text)", json(log('<img src="x" onerror="alert(1)">'))],
  ])("shows nothing and logs nothing for a log that is %s", async (_name, respond) => {
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const check = options(respond);
    expect(await checkPinnedCopy(check)).toBeNull();
    expect(check.notice.hidden).toBe(true);
    expect(check.notice.childNodes).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });
});
