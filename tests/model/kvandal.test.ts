/**
 * Issue 28: the Stargate Norway site lies at Kvandal, about 13 km from the town of Narvik (facts.md sections 2
 * and 9), so every view calls it Kvandal. Where a view names it first and has no map beside it to place it (the
 * list, and the map in words), it says "Kvandal (bei Narvik)"; labels, bars, roles, corrections and the CSV say
 * "Kvandal". Narvik stays the town it is, and the site's id stays "stargate-norway" (published snippets name it).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { viewStrings } from "../../scripts/view-strings.ts";
import { LANGS, type Lang } from "../../src/i18n/index.ts";
import { describeView } from "../../src/model/describe.ts";
import { figuresTable, TABLE_COLUMNS } from "../../src/model/table.ts";
import { plainText } from "../../src/model/text.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const dataset = realDataset();
const ID = "stargate-norway";
const FIRST: Record<Lang, string> = { de: "Kvandal (bei Narvik)", en: "Kvandal (near Narvik)" };

/** Where "Narvik" may stand: the town itself, the site's place, a direction from the town, sources' own words. */
const TOWN: RegExp[] = [
  /Kvandal \(?(bei|near) Narvik/g,
  /(nord|süd|ost|west|nördlich|südlich|östlich|westlich|north|south|east|west)[a-zäöü-]* (von|of) Narvik/gi,
  /Gemeinde Narvik|Narvik Municipality/g,
  // The correction that says what the map called the site.
  /[„“]Narvik[“”]/g,
  // Aker's land in the Narvik area, as facts.md words it (not the site's name).
  /Narvik-Grundstücksportfolios|Narvik land portfolio/g,
];
const titles = dataset.sources.flatMap((source) => (typeof source.title === "string" ? [source.title] : []));

describe("the site at Kvandal", () => {
  const steps = realView().time.steps.map((step) => step.asOf);

  for (const lang of LANGS)
    it(`is called Kvandal in every string of every view, and Narvik is the town only (${lang})`, () => {
      const wrong: string[] = [];
      let named = 0;
      for (const asOf of steps) {
        const view = realView(lang, undefined, dataset, asOf);
        if (!view.sites.some((row) => row.id === ID)) continue;
        // A string that is only "Narvik" is the town's own name, as the map and the description place by it.
        const said = [...viewStrings(view), view.changedSince ?? ""].filter((text) => text !== "Narvik");
        for (const text of said) {
          let rest = text.replace(/https?:\/\/\S+/g, "");
          for (const title of titles) rest = rest.split(title).join("");
          for (const allowed of TOWN) rest = rest.replace(allowed, "");
          if (rest.includes("Narvik")) wrong.push(`${asOf}: ${text}`);
          if (rest.includes("Kvandal")) named += 1;
        }
      }
      expect(wrong).toEqual([]);
      expect(named).toBeGreaterThan(100);
    }, 30_000);

  for (const lang of LANGS)
    it(`is introduced with Narvik in the list and the map in words, and short everywhere else (${lang})`, () => {
      const view = realView(lang, undefined, dataset);
      const row = view.sites.find((r) => r.id === ID);
      expect(row?.firstMention).toBe(FIRST[lang]);
      expect(row?.name).toBe("Kvandal");
      expect(view.chart.panels.flatMap((p) => p.bars).find((b) => b.id === ID)?.name).toBe("Kvandal");
      const label = view.map.sites.features.find((f) => f.properties.id === ID)?.properties.label;
      expect(label?.startsWith("Kvandal · ")).toBe(true);
      const text = describeView(view).text;
      expect(text).toContain(`${FIRST[lang]}: `);
      expect(text).toContain(
        lang === "de"
          ? "Kvandal liegt rund 2.100 km nördlich von Loughton, rund 13 km nordöstlich von Narvik."
          : "Kvandal lies about 2,100 km north of Loughton, about 13 km north-east of Narvik.",
      );
      const subject = TABLE_COLUMNS.indexOf("subject");
      const place = TABLE_COLUMNS.indexOf("place");
      const csv = figuresTable(view.tableContext()).rows.filter(
        (r) => r.at(-1)?.startsWith("norway-") && r[subject] !== "",
      );
      expect(csv.length).toBeGreaterThan(5);
      const near = lang === "de" ? "Kvandal bei Narvik" : "Kvandal near Narvik";
      for (const r of csv) expect([r[subject], r[place]?.split(",")[0]]).toEqual(["Kvandal", near]);
    });

  it("keeps its id, so a published snippet's site=stargate-norway still opens it; Narvik stays a town", () => {
    const view = realView("de", undefined, dataset);
    expect(view.details(ID)?.heading).toBe("Stargate Norway (Kvandal bei Narvik)");
    const narvik = dataset.places.find((place) => place.properties.id === "narvik");
    expect(narvik?.properties.name).toEqual({ de: "Narvik", en: "Narvik" });
    expect(view.geography.references.map((r) => r.name)).toContain("Narvik");
  });

  it("says in a correction that the map called it Narvik, at every date it shows", () => {
    for (const lang of LANGS) {
      const view = realView(lang, undefined, dataset, "2025-07-31");
      const corrections = view.credits.corrections.map((c) => plainText(c.text));
      expect(corrections.join(" ")).toContain(
        lang === "de"
          ? "Kvandal: Die Karte nannte den Standort „Narvik“; er liegt in Kvandal bei Narvik."
          : "Kvandal: the map called the site “Narvik”; it lies at Kvandal near Narvik.",
      );
    }
  });

  for (const [page, near] of [
    ["src/demo/article.html", "Kvandal bei Narvik"],
    ["src/demo/story.html", "Kvandal bei Narvik"],
    ["src/demo/story-en.html", "Kvandal near Narvik"],
  ] as const)
    it(`is Kvandal in the demo page ${page}, named with Narvik where it is first named`, () => {
      const text = readFileSync(page, "utf8").replace(/\s+/g, " ");
      const first = text.indexOf("Kvandal");
      expect(first).toBeGreaterThan(0);
      expect(text.slice(first, first + near.length)).toBe(near);
      // Narvik only as the town the site lies near; ids such as the step "narvik-2025-07" are not words.
      expect(text.split(near).join("")).not.toMatch(/Narvik/);
    });
});
