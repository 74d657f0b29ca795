import { describe, expect, it } from "vitest";
import { typedInProse } from "../../src/data/records/texts.ts";
import { marksOf, parseText, textTokens } from "../../src/data/text.ts";

describe("the grammar of texts", () => {
  it("reads dates, figures, names, amounts and quotes as marks, and the rest as text", () => {
    const { tokens, errors } = parseText(
      "Laut {name:aker} ({from}): {figure:nscale-safe}, {money:USD:790000000}, bis {planned:2027-Q1}, seit {on:2025-09}; {en:just over}.",
    );
    expect(errors).toEqual([]);
    expect(marksOf(tokens)).toEqual([
      { kind: "name", id: "aker" },
      { kind: "from" },
      { kind: "figure", id: "nscale-safe" },
      { kind: "money", currency: "USD", value: 790000000 },
      { kind: "date", role: "planned", date: "2027-Q1" },
      { kind: "date", role: "on", date: "2025-09" },
    ]);
    expect(tokens.at(-2)).toEqual({
      kind: "quote",
      lang: "en",
      tokens: [{ kind: "text", text: "just over" }],
    });
  });

  it("opens marks inside a quote", () => {
    const { tokens, errors } = parseText("{en:from early {planned:2027}}");
    expect(errors).toEqual([]);
    expect(marksOf(tokens)).toEqual([{ kind: "date", role: "planned", date: "2027" }]);
  });

  it("lets a quote keep the source's own dates and amounts, and rejects them typed outside one", () => {
    const typed = (text: string) => typedInProse(parseText(text).tokens);
    expect(typed("{en:slated to go live in Q4 2026, $2.5bn}")).toEqual([]);
    expect(typed("im Jahr 2026")).toEqual([
      'types the date "2026" into the text: write {on:…} for what happened or {planned:…} for what is planned, so the view formats it and the build can check it',
    ]);
    expect(typed("für 790 Mio. USD")[0]).toMatch(/^types the amount "790 Mio\." into the text/);
    // Numbers that are no years: a count, a grid reference, a street number.
    expect(typed("23.040 GPUs, TQ 44665 96311, 1455 Third Street, 8090 Industries")).toEqual([]);
  });

  it("reports a mark it does not know, one without its argument, and an unclosed brace or quote", () => {
    expect(parseText("{when:2025}").errors[0]).toMatch(/unknown mark "when"/);
    expect(parseText("{figure:}").errors[0]).toMatch(/needs an id/);
    expect(parseText("{money:XYZ:1}").errors[0]).toMatch(/currency must be one of/);
    expect(parseText("offen {on:2025").errors).toEqual(['has a "{" that is never closed at character 7']);
    expect(parseText("{en:nie zu").errors).toEqual(["has a quote {en:… that is never closed"]);
    expect(parseText("{en:from early {planned:2027}").errors).toEqual([
      "has a quote {en:… that is never closed",
    ]);
    expect(parseText("zu }").errors).toEqual(['has a "}" without its "{" at character 4']);
  });

  it("gives the browser the same tokens as the build, without the sentences for what deviates", () => {
    for (const source of [
      "Laut {name:aker} ({from}): {figure:nscale-safe}, {money:USD:790000000}, {en:just over}.",
      "{when:2025} {money:XYZ:1} offen {on:2025",
      "{en:nie zu",
      "zu }",
    ])
      expect(textTokens(source)).toEqual(parseText(source).tokens);
    expect(parseText("{money:USD:7,9}").errors).toEqual([
      "has the mark {money:USD:7,9}: the amount must be a whole number, e.g. 790000000",
    ]);
  });
});
