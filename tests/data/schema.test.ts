import { describe, expect, it } from "vitest";
import { messages, minimal, record } from "./fixtures.ts";

describe("the record schemas", () => {
  it("rejects a relation with a role outside the vocabulary", () => {
    const raw = minimal();
    record(raw, "relations", "microsoft-buys-loughton").role = "landlord";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/relations\.json: record "microsoft-buys-loughton", field "role": must be one of owner, developer, /,
      ),
    ]);
  });

  it("rejects a figure without a date", () => {
    const raw = minimal();
    delete record(raw, "figures", "loughton-power-2025-09").asOf;
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "asOf": is missing',
    ]);
  });

  it("rejects an unparseable date", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").asOf = "Sept 2025";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/figures\.json: record "loughton-power-2025-09", field "asOf": 'Sept 2025' is not a valid date/,
      ),
    ]);
  });

  it("rejects an impossible calendar day", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").validFrom = "2025-02-30";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/relations\.json: record "nscale-develops-loughton", field "validFrom": '2025-02-30' is not a valid date/,
      ),
    ]);
  });

  it("rejects an unknown unit and an unknown currency", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").unit = "GW";
    record(raw, "figures", "loughton-gpus-article").unit = undefined;
    record(raw, "figures", "loughton-gpus-article").currency = "DEM";
    expect(messages(raw)).toEqual([
      expect.stringMatching(
        /^geo\/figures\.json: record "loughton-power-2025-09", field "unit": must be one of MW, /,
      ),
      expect.stringMatching(
        /^geo\/figures\.json: record "loughton-gpus-article", field "currency": must be one of USD, /,
      ),
    ]);
  });

  it("rejects a source URL that is not http(s)", () => {
    const raw = minimal();
    record(raw, "sources", "bbc-loughton-2025-01").url = "javascript:alert(1)";
    expect(messages(raw)).toEqual([
      'geo/sources.json: record "bbc-loughton-2025-01", field "url": must be an http(s) URL',
    ]);
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const raw = minimal();
    record(raw, "figures", "loughton-power-2025-09").sorces = ["article"];
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-power-2025-09", field "sorces": is not a known field (check the spelling)',
    ]);
  });
});
