// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderDetails } from "../../src/details/details-content.ts";
import { LIGHT } from "../../src/theme.ts";
import { realDataset, realView } from "../map/fixtures.ts";

function render(id: string, lang: "de" | "en" = "de", dataset = realDataset()) {
  const model = realView(lang, LIGHT, dataset).details(id);
  if (!model) throw new Error(`no details for ${id}`);
  return renderDetails(document, model);
}
const texts = (node: Element, selector: string) =>
  [...node.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe("the details of a site", () => {
  it("names the site, says its location is approximate and shows the current status with its date", () => {
    const node = render("cobalt-park");
    expect(node.querySelector("h2")?.textContent).toBe("Stargate UK: Cobalt Park (North Tyneside)");
    expect(node.querySelector(".approximate")?.textContent).toMatch(/^Ungefährer Standort\. /);
    expect(node.querySelector(".timeline.current")?.textContent).toContain("pausiert · 9. April 2026");
    expect(node.querySelector("details .timeline")?.textContent).toContain(
      "angekündigt · 16. September 2025",
    );
  });

  it("shows the article's GB200 claim as the article's, beside Nscale's 23,040 GB300", () => {
    const node = render("loughton");
    const article = node.querySelector('[data-figure="loughton-gpus-article"]');
    expect(article?.classList.contains("from-article")).toBe(true);
    expect(article?.querySelector(".figure-value")?.textContent).toBe("Zehntausende Superchips (GB200)");
    expect(article?.textContent).toContain("Angabe des Artikels (16./17. September 2025)");
    expect(article?.querySelector(".badge")?.textContent).toBe("unbestätigt");
    const nscale = node.querySelector('[data-figure="loughton-gpus-nscale-2025-09"]');
    expect(nscale?.querySelector(".figure-value")?.textContent).toBe("zunächst 23.040 GPUs (GB300)");
    expect(nscale?.querySelector(".badge")).toBeNull();
  });

  it("labels a calculated figure and names what it was calculated from", () => {
    const node = render("stargate-norway", "en");
    const total = node.querySelector('[data-figure="norway-power-total"]');
    expect(total?.querySelector(".badge")?.textContent).toBe("calculated");
    expect(total?.querySelector(".figure-meta")?.textContent).toBe(
      "calculated from: 230 MW + additional 290 MW",
    );
  });

  it("formats money per locale and keeps each date in its own precision", () => {
    const node = render("stargate-norway");
    const contract = node.querySelector('[data-figure="norway-microsoft-contract"]');
    expect(contract?.querySelector(".figure-value")?.textContent).toBe("6,2 Mrd. $");
    expect(contract?.querySelector(".figure-meta")?.textContent).toBe("Aker / Microsoft, 17. September 2025");
    const loan = node.querySelector('[data-figure="norway-loan"]');
    expect(loan?.querySelector(".figure-meta")?.textContent).toBe("Founders Today, 2026");
    // Dated only "2026", the loan is certain from the edition: not in a view of May 2026.
    const may = realView("de", undefined, undefined, "2026-05").details("stargate-norway");
    if (!may) throw new Error("no details for Kvandal");
    expect(renderDetails(document, may).querySelector('[data-figure="norway-loan"]')).toBeNull();
    // Before the edition's day, a date of only a month that the view's day falls in says so.
    const model = realView("de", undefined, undefined, "2025-09-25").details("nvidia");
    if (!model) throw new Error("no details for Nvidia");
    expect(
      renderDetails(document, model).querySelector('[data-figure="nvidia-equity-nscale-gbp"] .figure-meta')
        ?.textContent,
    ).toBe("Jensen Huang (Financial Times), September 2025, Tag nicht bekannt");
  });

  it("lists the companies with their roles and periods, ended ones marked", () => {
    const node = render("stargate-norway");
    const ended = node.querySelector('[data-relation="openai-offtake-stargate-norway"]');
    expect(ended?.classList.contains("ended")).toBe(true);
    expect(ended?.textContent).toContain(
      "OpenAI: Ankerkunde, angekündigt, kein Vertrag bekannt (31. Juli 2025 bis 14./15. April 2026, beendet)",
    );
  });

  it("links every source once, opening outside the map, with the article unlinked", () => {
    const node = render("loughton");
    const links = [...node.querySelectorAll<HTMLAnchorElement>(".sources a")];
    expect(links.length).toBeGreaterThan(5);
    expect(new Set(links.map((a) => a.href)).size).toBe(links.length);
    for (const a of links) {
      expect(a.protocol).toMatch(/^https?:$/);
      expect(a.rel).toBe("noopener noreferrer");
    }
    expect(texts(node, ".sources .article")[0]).toContain("Deutschsprachiger Nachrichtenbericht");
  });
});

describe("the details of a company", () => {
  it("shows the headquarters address, its relations and its funding", () => {
    const node = render("nscale", "en");
    expect(node.querySelector(".kind")?.textContent).toBe("Headquarters · London, United Kingdom");
    expect(texts(node, ".relations .relation-name")).toEqual(
      expect.arrayContaining(["Loughton", "Kvandal", "Cobalt Park", "Aker ASA", "Nvidia"]),
    );
    expect(texts(node, '.money [data-figure="nscale-series-b"] .figure-value')).toEqual(["$1.1bn"]);
  });
});

describe("the details, with hostile data", () => {
  it("renders markup in the data as literal text", () => {
    const dataset = realDataset();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const site = dataset.sites.find((s) => s.properties.id === "loughton");
    if (!site) throw new Error("no loughton");
    site.properties.name = { de: hostile, en: hostile };
    const node = render("loughton", "de", dataset);
    expect(node.querySelector("h2")?.textContent).toBe(hostile);
    expect(node.querySelector("img, script")).toBeNull();
  });
});
