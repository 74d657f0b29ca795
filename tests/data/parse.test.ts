import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/data/parse.ts";
import { messages, minimal, record } from "./fixtures.ts";

describe("parseDataset", () => {
  it("accepts the minimal valid fixture and returns typed records", () => {
    const result = parseDataset(minimal());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.sites.map((s) => s.properties.id)).toEqual(["loughton"]);
      expect(result.dataset.headquarters.map((h) => h.properties.id).sort()).toEqual(["microsoft", "nscale"]);
    }
  });

  it("does not mutate its input", () => {
    const raw = minimal();
    const before = structuredClone(raw);
    parseDataset(raw);
    expect(raw).toEqual(before);
  });

  it("rejects a correction with an unparseable date, naming the file and field", () => {
    const raw = minimal();
    raw.edition = {
      asOf: "2026-11",
      articleDate: "2025-09-17",
      corrections: [{ date: "gestern", concerns: ["loughton"], text: { de: "x", en: "x" } }],
    };
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/edition\.json: field "corrections\.0\.date": 'gestern' is not a valid date/,
      ),
    ]);
  });

  it("reports every issue at once, across files, never just the first", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").sources = ["nowhere"];
    record(raw, "relations", "nscale-develops-loughton").validTo = "2024";
    expect(messages(raw)).toHaveLength(2);
  });
});

describe("the edition file", () => {
  it("rejects a correction with an unparseable date, naming the file and field", () => {
    const raw = minimal();
    raw.edition = {
      asOf: "2026-11",
      articleDate: "2025-09-17",
      corrections: [{ date: "gestern", concerns: ["loughton"], text: { de: "x", en: "x" } }],
    };
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/edition\.json: field "corrections\.0\.date": 'gestern' is not a valid date/,
      ),
    ]);
  });
});
