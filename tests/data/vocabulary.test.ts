import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { SourceSchema } from "../../src/data/schema.ts";
import {
  ORIGINATOR_FORMS,
  PAGE_FORMS,
  ROLE_FAMILIES,
  ROLE_FAMILY,
  ROLES,
} from "../../src/data/vocabulary.ts";

describe("the vocabularies", () => {
  it("put every role in exactly one of the four families a reader tells apart", () => {
    expect(Object.keys(ROLE_FAMILY).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(ROLE_FAMILIES).toContain(ROLE_FAMILY[role]);
    expect(new Set(Object.values(ROLE_FAMILY))).toEqual(new Set(ROLE_FAMILIES));
  });

  it("let a source's form be any word of either list of forms, and no other", () => {
    const page = (form: string) => ({
      id: "a-page",
      title: "A page",
      lang: "en",
      publisher: "A publisher",
      form,
      url: "https://example.org/a-page",
    });
    const forms = [...ORIGINATOR_FORMS, ...PAGE_FORMS];
    expect(forms).toHaveLength(12);
    for (const form of forms) expect(v.safeParse(SourceSchema, page(form)).success, form).toBe(true);
    expect(v.safeParse(SourceSchema, page("blog-post")).success).toBe(false);
  });
});
