import { describe, expect, it } from "vitest";
import { checkedDays, checkViews, storyStepDays } from "../../scripts/certain-views.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { formatIssue } from "../../src/data/issues.ts";
import { realDataset } from "../map/fixtures.ts";

const text = (de: string, en: string) => ({ de, en });
const findings = (dataset: Dataset, days: string[]) => checkViews(dataset, days).map(formatIssue);
const relation = (dataset: Dataset, id: string) => {
  const found = dataset.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
};

describe("the build's check of every view at every date (issue 28, rules 1–3)", () => {
  it("finds nothing in the real data, at every step of the time control and every day a record first shows", () => {
    const dataset = realDataset();
    const days = checkedDays(dataset);
    expect(days).toEqual(
      expect.arrayContaining(["<=2025-01-13", "2025-09-16/2025-09-17", "2026-04-30", "2026-11"]),
    );
    expect(findings(dataset, days)).toEqual([]);
    // Every view of the story at some twenty dates in two languages: about 2 s on an idle machine.
  }, 20_000);

  it("rule 1: fails on a view that cites a page not yet published, naming the view's date, the source and the field", () => {
    const dataset = realDataset();
    relation(dataset, "nscale-develops-loughton").note = text(
      "Siehe „Microsoft takes Stargate Norway capacity as OpenAI steps back“.",
      "See “Microsoft takes Stargate Norway capacity as OpenAI steps back”.",
    );
    expect(findings(dataset, ["2025-01"])).toContain(
      'geo/sources.json: record "capacity-2026-04", field "title": is said in the view of 2025-01 (de), but is certain only from 2026-04-30: "Microsoft takes Stargate Norway capacity as OpenAI steps back"',
    );
  });

  it("rule 2: fails on a month said inside it before a page of a day dates it, naming the record and the field", () => {
    const dataset = realDataset();
    relation(dataset, "microsoft-buys-loughton").note = text("Im {on:2025-10}.", "In {on:2025-10}.");
    expect(findings(dataset, ["2025-10-15"])).toEqual([
      'geo/relations.json: record "microsoft-buys-loughton", field "note": is said in the view of 2025-10-15 (de), but is certain only from 2025-10-31: "Oktober 2025"',
      'geo/relations.json: record "microsoft-buys-loughton", field "note": is said in the view of 2025-10-15 (en), but is certain only from 2025-10-31: "October 2025"',
    ]);
  });

  it("rule 3: fails on a correction that tells an earlier view what came later", () => {
    const dataset = realDataset();
    dataset.edition.corrections.push({
      date: "2026-12-05",
      concerns: ["loughton-announced"],
      text: text(
        "Loughton: OpenAI pausiert Stargate UK wegen Energiekosten und Regulierung.",
        "Loughton: OpenAI pauses Stargate UK, citing energy costs and regulation.",
      ),
    });
    expect(findings(dataset, ["2025-01"])).toEqual([
      'geo/timeline.json: record "cobalt-paused", field "text": is said in the view of 2025-01 (de), but is certain only from 2026-04-09: "OpenAI pausiert Stargate UK wegen Energiekosten und Regulierung"',
      'geo/timeline.json: record "cobalt-paused", field "text": is said in the view of 2025-01 (en), but is certain only from 2026-04-09: "OpenAI pauses Stargate UK, citing energy costs and regulation"',
    ]);
  });
});

describe("the story steps the check looks at", () => {
  it("are every data-as-of of a story page but 'latest' and what is no date", () => {
    const html = `<section data-aim-step data-as-of="2025-07-31"></section>
      <section data-aim-step data-as-of="2025-09-16/2025-09-17"></section>
      <section data-aim-step data-as-of="latest"></section>
      <section data-aim-step data-as-of="yesterday"></section>`;
    expect(storyStepDays(html)).toEqual(["2025-07-31", "2025-09-16/2025-09-17"]);
  });
});
