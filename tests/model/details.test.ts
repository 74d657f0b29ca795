import { describe, expect, it } from "vitest";
import { realView } from "../map/fixtures.ts";

const details = (id: string, lang: "de" | "en" = "de") => {
  const model = realView(lang).details(id);
  if (!model) throw new Error(`no details for ${id}`);
  return model;
};

describe("the details of a site", () => {
  it("put capacity before money, leave out empty sections, and list each section's figures oldest first", () => {
    const model = details("stargate-norway");
    expect(model.sections.map((s) => s.className)).toEqual(["capacity", "money"]);
    const capacity = model.sections[0]?.figures.map((f) => f.id) ?? [];
    // In geo/figures.json the 100,000 GPU target of July 2025 comes after the power figure of April 2026.
    expect(capacity).toEqual(expect.arrayContaining(["norway-gpus-target", "norway-power-2026-04"]));
    expect(capacity.indexOf("norway-gpus-target")).toBeLessThan(capacity.indexOf("norway-power-2026-04"));
  });

  it("label the article's claim as the article's, with its date, and an unconfirmed figure as unconfirmed", () => {
    const article = details("loughton")
      .sections.flatMap((s) => s.figures)
      .find((f) => f.id === "loughton-gpus-article");
    expect(article).toMatchObject({
      fromArticle: true,
      badge: "unbestätigt",
      meta: "Angabe des Artikels (16./17. September 2025)",
    });
  });

  it("show the current status first and the earlier ones newest first", () => {
    const status = details("cobalt-park").status;
    expect(status?.current.stage).toBe("pausiert");
    expect(status?.earlier.at(-1)?.text.join("")).toContain("16. September 2025");
  });

  it("name the other end of each relation, seen from the site", () => {
    const names = details("stargate-norway").relations?.items.map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(["OpenAI", "Microsoft", "Aker ASA"]));
  });

  it("list each source once, the article without a link", () => {
    const items = details("loughton").sources.items;
    const urls = items.flatMap((item) => (item.url ? [item.url] : []));
    expect(new Set(urls).size).toBe(urls.length);
    expect(items.filter((item) => item.url === null)).toHaveLength(1);
  });
});

describe("the details of a company", () => {
  it("call it a headquarters, without a status, and give its street address where one is known", () => {
    const nscale = details("nscale", "en");
    expect(nscale.kind).toBe("company");
    expect(nscale.kindLine).toBe("Headquarters · London, United Kingdom");
    expect(nscale.address).toBeNull();
    expect(nscale.status).toBeNull();
    expect(details("openai", "en").address).toBe("Address: 1455 Third Street, San Francisco, CA 94158");
  });
});
