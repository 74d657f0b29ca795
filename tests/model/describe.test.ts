import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { describeChange, describeView } from "../../src/model/describe.ts";
import { realDataset, realView } from "../map/fixtures.ts";
import { namesOf, otherLanguageWords } from "./other-language.ts";

const dataset = realDataset();
const names = namesOf(dataset);
const steps = realView().time.steps;
const ARTICLE = "2025-09-16/2025-09-17";
const views = LANGS.flatMap((lang) =>
  steps.map((step, at) => ({ lang, at, view: realView(lang, undefined, dataset, step.asOf) })),
);

/** The figures ("50 MW", "100.000 GPUs") a text states. */
const figuresIn = (text: string) => text.match(/\d[\d.,]*\s(MW|GPUs)/g) ?? [];

describe("the map's description, at every date of the time control and in both languages", () => {
  it("is read at every date of the time control, the article's among them, in both languages", () => {
    expect(steps.map((step) => step.asOf)).toContain(ARTICLE);
    expect(steps.length).toBeGreaterThan(2);
    expect(views).toHaveLength(LANGS.length * steps.length);
  });

  it("counts exactly the sites, headquarters and arcs the map draws", () => {
    for (const { view } of views) {
      const [intro = ""] = describeView(view).sentences;
      const { sites, companies, relations } = view.map;
      expect(intro).toContain(view.credits.asOf);
      // A programme's site (Cobalt Park, of Stargate UK) is named as what it is, not counted as a data centre.
      const ofProgramme = view.sites.filter((row) => row.headline.programme !== null);
      for (const row of ofProgramme) expect(intro).toContain(`${row.name} (`);
      const centres = sites.features.length - ofProgramme.length;
      // One to twelve in words.
      const words = view.i18n.t("count.words").split("|");
      for (const count of [centres, companies.features.length, relations.features.length])
        expect(intro).toMatch(
          count === 1
            ? /\b(ein|eine|einen|one)\b/
            : new RegExp(`(^|\\s)${count <= 12 ? words[count - 2] : count}\\s`),
        );
    }
  });

  it("names every site drawn with the figure its label shows, and no site the date does not know", () => {
    const sites = { loughton: "Loughton", "stargate-norway": "Kvandal", "cobalt-park": "Cobalt Park" };
    let unknown = 0;
    for (const { view } of views) {
      const text = describeView(view).text;
      for (const site of view.map.sites.features) {
        const [name = "", figure] = site.properties.label.split(" · ");
        // Named first with the town a reader knows where its short name alone would not place it.
        const first = view.sites.find((row) => row.id === site.properties.id)?.firstMention ?? name;
        expect(text).toContain(figure ? `${first}: ${figure}` : name);
      }
      const absent = Object.entries(sites).filter(([id]) => !view.isKnown(id));
      // Each of the three sites is either drawn (and named above) or not yet known (and not named).
      expect(view.map.sites.features.length + absent.length).toBe(3);
      for (const [id, name] of absent) expect(realView(view.lang).entity(id)?.name).toBe(name);
      for (const [, name] of absent) expect(text).not.toContain(name);
      unknown += absent.length;
    }
    // Kvandal and Cobalt Park are announced after the time control's first date.
    expect(unknown).toBeGreaterThan(0);
  });

  it("states every arc drawn, as its company's role at its site, ended and paused ones with their state", () => {
    let ended = 0;
    for (const { view } of views) {
      const sentences = describeView(view).sentences;
      // Every date of the time control draws arcs, two already at the first.
      expect(view.relations.rows.length).toBeGreaterThan(0);
      for (const record of view.relations.rows) {
        const company = sentences.find((s) => s.startsWith(`${record.company}, `));
        expect(company, record.id).toBeDefined();
        expect(company).toContain(record.role);
        expect(company).toContain(record.site);
        if (record.state !== "active") {
          ended += 1;
          expect(company).toContain(record.untilText);
        }
      }
    }
    // OpenAI's anchor customership at Kvandal ends and Stargate UK pauses in April 2026.
    expect(ended).toBeGreaterThan(0);
  });

  it("states no figure the view does not show, and no date after its own", () => {
    let figures = 0;
    let dates = 0;
    for (const { view, at } of views) {
      // The line on the map about what happened since, said in the description too, names the last step by design.
      const text = describeView(view).text.replace(view.changedSince ?? "\0", "");
      const shown = [
        ...view.map.sites.features.map((f) => f.properties.label),
        ...view.sites.flatMap((row) => [row.figures, row.since ?? ""]),
        ...view.companies.map((row) => row.since ?? ""),
      ].join(" ");
      for (const figure of figuresIn(text)) {
        figures += 1;
        expect(shown).toContain(figure);
      }
      for (const later of steps.slice(at + 1)) {
        // The article's date is named as a reference point ("before the article"); the edition's as "Stand".
        if (later.mark) continue;
        // An uncertain day ("14./15. April 2026") is stated by its first day, as the list states it.
        const first = later.asOf.replace(/^<=/, "").split("/")[0] ?? "";
        if (first <= (steps[at]?.day ?? "")) continue;
        // A month ("Januar 2025") is later than a day in it ("13. Januar 2025"): only the whole date counts.
        const date = view.i18n.dateText(later.asOf).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
        dates += 1;
        expect(text).not.toMatch(new RegExp(`(?<!\\d\\.?\\s)${date}`));
      }
    }
    // Kvandal's 230 MW is stated from 31 July 2025 on; every date before the last has later ones to leave out.
    expect(figures).toBeGreaterThan(0);
    expect(dates).toBeGreaterThan(0);
  });

  it("says where each site lies from the first and from a town, approximately, in the reader's language only", () => {
    const de = describeView(realView("de")).sentences;
    expect(de).toContain("Loughton liegt rund 21 km nordöstlich von London.");
    expect(de).toContain(
      "Kvandal liegt rund 2.100 km nördlich von Loughton, rund 13 km nordöstlich von Narvik.",
    );
    expect(
      de.some((s) => s.startsWith("Die Lage von Loughton, Kvandal und Cobalt Park ist nur ungefähr bekannt")),
    ).toBe(true);
    const en = describeView(realView("en")).sentences;
    expect(en).toContain("Kvandal lies about 2,100 km north of Loughton, about 13 km north-east of Narvik.");
    expect(en).toContain(
      "Microsoft, based in Redmond, Washington, USA: customer (announced, no contract known) at Loughton; capacity buyer at Kvandal.",
    );
    for (const { view, lang } of views)
      expect(otherLanguageWords(describeView(view).text, lang, names)).toEqual([]);
  });

  it("tells the article's view apart from a later one, which lists what changed since", () => {
    const article = describeView(realView("de", undefined, dataset, ARTICLE)).sentences;
    expect(article.at(-1)).toBe("Die Karte zeigt den Stand des Artikels.");
    const latest = describeView(realView("de")).sentences;
    expect(latest).toContain("Seit dem Artikel (16./17. September 2025) hat sich geändert:");
    expect(latest.some((s) => s.startsWith("Cobalt Park – pausiert"))).toBe(true);
    const first = describeView(realView("en", undefined, dataset, steps[0]?.asOf)).sentences;
    expect(first.at(-1)).toBe("The map shows the story before the article (16/17 September 2025).");
  });

  it("does not count Cobalt Park, an office park named as a Stargate UK site, as a data centre", () => {
    const [de = ""] = describeView(realView("de", undefined, dataset, ARTICLE)).sentences;
    expect(de).toContain(
      "Die Karte zeigt zwei Rechenzentren, Cobalt Park (Standort von Stargate UK) und fünf Firmensitze",
    );
    const [en = ""] = describeView(realView("en", undefined, dataset, ARTICLE)).sentences;
    expect(en).toContain(
      "The map shows two data centres, Cobalt Park (Stargate UK site) and five headquarters",
    );
  });

  it("names the selected site last, with its headline figure", () => {
    expect(describeView(realView("de"), "stargate-norway").sentences.at(-1)).toBe(
      "Ausgewählt: Kvandal, geplant: 230 MW.",
    );
  });
});

describe("what changed from one view to the next", () => {
  const article = realView("de", undefined, dataset, ARTICLE);
  const latest = realView("de");

  it("says the new date and only what the map now draws differently", () => {
    const change = describeChange(article, latest);
    expect(change.date).toBe("Stand der Karte: November 2026.");
    expect(change.changes).toContain(
      "OpenAI als Ankerkunde (angekündigt, kein Vertrag bekannt) bei Kvandal: beendet · 14./15. April 2026.",
    );
    expect(change.changes).toContain(
      "Neu: Aker ASA als Investor bei Nscale; Nvidia als Investor bei Nscale.",
    );
    expect(change.changes.some((c) => c.startsWith("Cobalt Park: pausiert"))).toBe(true);
    // Loughton's figure is the same at both dates: not said again.
    expect(change.text).not.toContain("50 MW");
  });

  it("going back, says what is not yet on the map, and that ended relations hold again", () => {
    const change = describeChange(latest, article);
    expect(change.changes).toContain(
      "Noch nicht auf der Karte: Aker ASA als Investor bei Nscale; Nvidia als Investor bei Nscale.",
    );
    expect(change.changes).toContain(
      "OpenAI als Ankerkunde (angekündigt, kein Vertrag bekannt) bei Kvandal: aktiv.",
    );
  });

  it("says nothing changed when only the date did, and nothing at all for the same view", () => {
    const same = describeChange(latest, realView("de"));
    expect(same).toEqual({ date: null, selection: null, changes: [], text: "" });
    const steps = latest.time.steps;
    const a = realView("en", undefined, dataset, steps[1]?.asOf);
    const b = realView("en", undefined, dataset, steps[2]?.asOf);
    const change = describeChange(a, b);
    expect(change.date).toBe(b.time.showing);
    expect(change.changes.length).toBeGreaterThan(0);
  });

  it("names a new selection with its figure, and no closed one", () => {
    expect(describeChange(latest, latest, { previous: null, next: "loughton" }).text).toBe(
      "Ausgewählt: Loughton, geplant: 50 MW.",
    );
    expect(describeChange(latest, latest, { previous: "loughton", next: null }).text).toBe("");
  });
});
