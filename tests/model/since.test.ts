import { describe, expect, it } from "vitest";
import { describeView } from "../../src/model/describe.ts";
import { realView } from "../map/fixtures.ts";

describe("what changed since the article", () => {
  it("marks each site whose status changed, with the change and its date", () => {
    const sites = Object.fromEntries(realView().sites.map((row) => [row.id, row.since]));
    expect(sites["stargate-norway"]).toBe(
      "Seit dem Artikel: angekündigter Ankerkunde zieht sich zurück (berichtet) · 14./15. April 2026; geplant: 230 MW · für Microsoft: etwa 52.000 GPUs (GB300), dazu über 30.000 GPUs (Rubin) · 15. Oktober 2025",
    );
    expect(sites["cobalt-park"]).toBe("Seit dem Artikel: pausiert (berichtet) · 9. April 2026");
  });

  it("tells a restatement from a change: Kvandal's new headline on 15 October 2025, not Loughton's restated plan", () => {
    const sites = Object.fromEntries(
      realView("de", undefined, undefined, "2025-10-15").sites.map((row) => [row.id, row.since]),
    );
    expect(sites.loughton).toBeNull();
    expect(sites["stargate-norway"]).toBe(
      "Seit dem Artikel: geplant: 230 MW · für Microsoft: etwa 52.000 GPUs (GB300) · 15. Oktober 2025",
    );
  });

  it("marks each company whose role at a site ended or was paused, or of whose role more was learned", () => {
    const openai = realView("en").companies.find((row) => row.id === "openai")?.since;
    expect(openai).toContain(
      "anchor customer (announced, no contract known) at Kvandal ended · 14/15 April 2026",
    );
    expect(openai).toContain("programme partner at Cobalt Park paused · 9 April 2026");
    // Of a role that ended, the end is the news: not what was said about it as it ended.
    expect(openai).not.toContain("offtake agreement");
    expect(realView().companies.find((row) => row.id === "microsoft")?.since).toMatch(
      /^Seit dem Artikel: Kapazitätskäufer bei Kvandal – Seit 14\. April 2026: erweitert den Vertrag .* Übernimmt seit 14\.\/15\. April 2026 die Kapazität, die OpenAI nicht abnahm$/,
    );
    expect(
      realView("de", undefined, undefined, "2026-03").companies.find((row) => row.id === "microsoft")?.since,
    ).toBeNull();
  });

  it("marks nothing in the article's own view, and says the same in the details", () => {
    const article = realView("de", undefined, undefined, "2025-09-17");
    const rows = [...article.sites, ...article.companies];
    // Loughton, Kvandal and Cobalt Park; Nscale, OpenAI, Nvidia, Aker and Microsoft.
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => row.since !== null).map((row) => row.id)).toEqual([]);
    expect(realView().details("cobalt-park")?.since).toBe(
      "Seit dem Artikel: pausiert (berichtet) · 9. April 2026",
    );
  });
});

describe("what happened since an earlier date than the latest, for the line on the map", () => {
  const at = (lang: "de" | "en", asOf?: string) => realView(lang, undefined, undefined, asOf);

  it("counts the events shown after the view's date up to the edition, and dates the last as the time control does", () => {
    expect(at("de", "2025-09-16/2025-09-17").changedSince).toBe(
      "Stand: 16./17. September 2025 · seitdem fünf Änderungen, zuletzt 30. April 2026",
    );
    expect(at("de", "2026-03").changedSince).toBe(
      "Stand: März 2026 · seitdem drei Änderungen, zuletzt 30. April 2026",
    );
    expect(at("de", "2026-04-20").changedSince).toBe(
      "Stand: 20. April 2026 · seitdem eine Änderung, zuletzt 30. April 2026",
    );
    expect(at("en", "2025-09-16/2025-09-17").changedSince).toBe(
      "As of 16/17 September 2025 · since then five changes, latest 30 April 2026",
    );
    expect(at("en", "2026-04-20").changedSince).toBe(
      "As of 20 April 2026 · since then one change, latest 30 April 2026",
    );
  });

  it("says nothing at the latest, nor at a date after which nothing happened", () => {
    expect(at("de").changedSince).toBeNull();
    expect(at("de", "2026-05").changedSince).toBeNull();
  });

  it("leads to the latest from an earlier date, and back from the latest to the date the embed started at", () => {
    expect(at("de", "2026-03").notice("2025-09-16/2025-09-17")).toEqual({
      text: "Stand: März 2026 · seitdem drei Änderungen, zuletzt 30. April 2026",
      action: "Aktuellen Stand zeigen",
      asOf: null,
    });
    expect(at("en").notice("2025-09-16/2025-09-17")).toEqual({
      text: "Latest: November 2026",
      action: "Back to 16/17 September 2025",
      asOf: "2025-09-16/2025-09-17",
    });
    // An embed pinned to 17 September 2025 (0.1.0's snippets) goes back to it, said as the article's step says it.
    expect(at("de").notice("2025-09-17")).toEqual({
      text: "Aktueller Stand: November 2026",
      action: "Zurück zum 16./17. September 2025",
      asOf: "2025-09-17",
    });
    expect(at("de", "2025-09-17").notice("2025-09-17")?.text).toBe(
      "Stand: 16./17. September 2025 · seitdem fünf Änderungen, zuletzt 30. April 2026",
    );
    // No way back where the embed started at the latest, or at a date nothing happened after.
    expect(at("de").notice(null)).toBeNull();
    expect(at("de").notice("2026-05")).toBeNull();
  });

  it("is said in the map's description as on the map", () => {
    expect(describeView(at("de", "2026-03")).sentences).toContain(
      "Stand: März 2026 · seitdem drei Änderungen, zuletzt 30. April 2026.",
    );
    expect(describeView(at("en")).text).not.toContain("since then");
  });
});
