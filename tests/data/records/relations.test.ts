import { describe, expect, it } from "vitest";
import { messages, minimal, record } from "../fixtures.ts";

describe("the checks of relations", () => {
  it("rejects a relation naming an unknown company or site", () => {
    const raw = minimal();
    const relation = record(raw, "relations", "microsoft-buys-loughton");
    relation.from = "microsfot";
    relation.to = "loughtn";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "microsoft-buys-loughton", field "from": unknown company "microsfot" (not in geo/headquarters.geojson)',
      'geo/relations.json: record "microsoft-buys-loughton", field "to": unknown site or company "loughtn"',
    ]);
  });

  it("rejects a relation that ends before it starts", () => {
    const raw = minimal();
    record(raw, "relations", "nscale-develops-loughton").validTo = "2024";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "nscale-develops-loughton", field "validTo": ends before validFrom',
    ]);
  });
});
