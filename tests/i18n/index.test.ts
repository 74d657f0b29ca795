import { describe, expect, it } from "vitest";
import { parseDateValue } from "../../src/data/dates.ts";
import type { Figure } from "../../src/data/schema.ts";
import { createI18n } from "../../src/i18n/index.ts";

const de = createI18n("de");
const en = createI18n("en");
const date = (text: string) => {
  const value = parseDateValue(text);
  if (!value) throw new Error(`bad test date ${text}`);
  return value;
};
const figure = (fields: Partial<Figure>): Figure => ({
  id: "f",
  subject: "s",
  kind: "gpus",
  asOf: "2025",
  status: "confirmed",
  ...fields,
});

describe("money", () => {
  it("writes billions the newsroom way in each language", () => {
    expect(de.money(2_500_000_000, "USD")).toBe("2,5 Mrd. $");
    expect(en.money(2_500_000_000, "USD")).toBe("$2.5bn");
    expect(de.money(155_000_000, "USD")).toBe("155 Mio. $");
    expect(en.money(2_000_000_000, "GBP")).toBe("£2bn");
  });

  it("never rounds a sourced amount to fit a scale", () => {
    expect(de.money(14_600_000_000, "USD")).toBe("14,6 Mrd. $");
    expect(en.money(433_000_000, "USD")).toBe("$433m");
    expect(en.money(1_234_567_891, "USD")).toBe("$1,234,567,891");
  });
});

describe("dates", () => {
  it("prints a month as a month", () => {
    expect(de.date(date("2025-09"))).toBe("September 2025");
    expect(en.date(date("2025-09"))).toBe("September 2025");
  });

  it("prints a day, a quarter and an upper bound", () => {
    expect(de.date(date("2025-07-31"))).toBe("31. Juli 2025");
    expect(en.date(date("2025-07-31"))).toBe("31 July 2025");
    expect(de.date(date("2027-Q1"))).toBe("1. Quartal 2027");
    expect(en.date(date("2027-Q1"))).toBe("Q1 2027");
    expect(de.date(date("<=2025-01-13"))).toBe("spätestens 13. Januar 2025");
  });

  it("prints two neighbouring days as one day or the other, and a longer range as a span", () => {
    expect(de.date(date("2025-09-16/2025-09-17"))).toBe("16./17. September 2025");
    expect(en.date(date("2025-09-16/2025-09-17"))).toBe("16/17 September 2025");
    expect(de.date(date("2025-07-31/2025-08-01"))).toBe("31. Juli / 1. August 2025");
    expect(en.date(date("2025-07-31/2025-08-01"))).toBe("31 July / 1 August 2025");
    expect(de.date(date("2025-09-25/2025-09-30"))).toBe("25.–30. September 2025");
    expect(de.date(date("2025-12-31/2026-01-01"))).toBe("31. Dezember 2025 / 1. Januar 2026");
    expect(de.date(date("2025-09/2025-10"))).toBe("September 2025 – Oktober 2025");
  });
});

describe("figures", () => {
  it("puts qualifier, number and unit together per locale", () => {
    const gpus = figure({ value: 24000, unit: "GPU", qualifier: "over" });
    expect(de.figure(gpus)).toBe("über 24.000 GPUs");
    expect(en.figure(gpus)).toBe("over 24,000 GPUs");
    expect(de.figure(figure({ kind: "power", value: 230, unit: "MW" }))).toBe("230 MW");
  });

  it("shows a worded claim as words, with its chip", () => {
    const claim = figure({
      text: { de: "Zehntausende", en: "tens of thousands of" },
      unit: "GPU",
      chip: "GB200",
    });
    expect(de.figure(claim)).toBe("Zehntausende GPUs (GB200)");
    expect(en.figure(claim)).toBe("tens of thousands of GPUs (GB200)");
    const money = figure({
      kind: "investment",
      text: { de: "Milliarden Dollar", en: "billions of dollars" },
      currency: "USD",
    });
    expect(de.figure(money)).toBe("Milliarden Dollar");
  });
});

describe("a date as the data writes it", () => {
  it("is printed in its own precision, and kept as written when it is no date", () => {
    expect(createI18n("de").dateText("2025-09-16/2025-09-17")).toBe("16./17. September 2025");
    expect(createI18n("en").dateText("2027-Q1")).toBe("Q1 2027");
    expect(createI18n("de").dateText("Q9/never")).toBe("Q9/never");
  });
});
