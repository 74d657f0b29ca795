import { describe, expect, it } from "vitest";
import type { RawGeoFiles } from "../../../src/data/files.ts";
import { readDataset } from "../../../src/data/read.ts";
import { walkContext, walkTexts } from "../../../src/data/records/text-walk.ts";
import { type Json, minimal, record } from "../fixtures.ts";

const text = (de: string, en: string) => ({ de, en });

/** Where each text of a fixture is and the day it shows from, as "file id field: day". */
function placed(raw: RawGeoFiles): string[] {
  const read = readDataset(raw);
  if (!read.ok) throw new Error("the fixture is invalid");
  const { dataset } = read;
  return [...walkTexts(walkContext(dataset, dataset.edition))].map(
    (t) => `${t.where.file} ${t.where.id} ${t.where.field}: ${t.shown}`,
  );
}

describe("the walk over every text: where it is and from which day it shows", () => {
  it("places a record's text at the day its first source is published and its date is certain", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").note = text("a b", "a b");
    record(raw, "relations", "microsoft-buys-loughton").note = text("c d", "c d");
    const found = placed(raw);
    // Dated January 2025 on a BBC report of January 2025: from the month's last day.
    expect(found).toContain("relations.json nscale-develops-loughton note: 2025-01-31");
    // Dated 16/17 September 2025 on Nscale's release of the 17th.
    expect(found).toContain("relations.json microsoft-buys-loughton note: 2025-09-17");
    expect(found).toContain("timeline.json loughton-announced text: 2025-01-31");
  });

  it("places a dated part at the later of its record's day and its own, its own resting on its sources", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").note = [
      { text: text("a b", "a b") },
      { from: "2025-01-20", text: text("c d", "c d") },
      { from: "2025-01", sources: ["nscale-pr-2025-09-17"], text: text("e f", "e f") },
    ];
    expect(placed(raw).filter((t) => t.includes("nscale-develops-loughton"))).toEqual([
      "relations.json nscale-develops-loughton note.0.text: 2025-01-31",
      "relations.json nscale-develops-loughton note.1.text: 2025-01-31",
      "relations.json nscale-develops-loughton note.2.text: 2025-09-17",
    ]);
  });

  it("places a correction at the day the last record it concerns shows, and a company's text at every date", () => {
    const raw = minimal();
    (raw.edition as Json).corrections = [
      {
        date: "2026-12-01",
        concerns: ["loughton-announced", "microsoft-buys-loughton"],
        text: text("x y", "x y"),
      },
    ];
    const found = placed(raw);
    expect(found).toContain("edition.json null corrections.0.text: 2025-09-17");
    expect(found).toContain("headquarters.geojson nscale properties.description.0.text: null");
    expect(found).toContain("headquarters.geojson nscale properties.description.1.text: 2024-05-31");
  });
});
