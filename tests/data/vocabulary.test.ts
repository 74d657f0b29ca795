import { describe, expect, it } from "vitest";
import { ROLE_FAMILIES, ROLE_FAMILY, ROLES } from "../../src/data/vocabulary.ts";

describe("the vocabularies", () => {
  it("put every role in exactly one of the four families a reader tells apart", () => {
    expect(Object.keys(ROLE_FAMILY).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(ROLE_FAMILIES).toContain(ROLE_FAMILY[role]);
    expect(new Set(Object.values(ROLE_FAMILY))).toEqual(new Set(ROLE_FAMILIES));
  });
});
