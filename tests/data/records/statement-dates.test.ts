/**
 * One statement, one date (issue 28): a record is dated no vaguer than the page it rests on, so a view never
 * dates the article's claims "September 2025" beside the article's "16./17. September 2025", nor a figure of a
 * release "16./17. September" beside the release's own "17. September".
 */
import { describe, expect, it } from "vitest";
import { messages, minimal, record } from "../fixtures.ts";

describe("the dates of a statement", () => {
  it("rejects a figure dated to the month of the article it rests on", () => {
    const raw = minimal();
    record(raw, "sources", "article").date = "2025-09-16/2025-09-17";
    expect(messages(raw)).toEqual([
      'geo/figures.json: record "loughton-gpus-article", field "asOf": is "2025-09", vaguer than its source "article" of "2025-09-16/2025-09-17": one statement, one date',
    ]);
  });

  it("rejects a relation and a status dated two days when their release is dated one", () => {
    const raw = minimal();
    record(raw, "sources", "nscale-pr-2025-09-17").date = "2025-09-17";
    for (const id of ["loughton-power-2025-09", "loughton-gpus-nscale-2025-09"])
      record(raw, "figures", id).asOf = "2025-09-17";
    record(raw, "timeline", "loughton-announced").date = "2025";
    expect(messages(raw)).toEqual([
      'geo/relations.json: record "microsoft-buys-loughton", field "validFrom": is "2025-09-16/2025-09-17", vaguer than its source "nscale-pr-2025-09-17" of "2025-09-17": one statement, one date',
      'geo/timeline.json: record "loughton-announced", field "date": is "2025", vaguer than its source "bbc-loughton-2025-01" of "2025-01": one statement, one date',
    ]);
  });

  it("accepts a record more precise than a later report of it, and one whose sources include its own date", () => {
    const raw = minimal();
    record(raw, "timeline", "loughton-announced").date = "2025-01-13";
    const figure = record(raw, "figures", "loughton-gpus-article");
    figure.asOf = "2025-09";
    figure.sources = ["article", "nscale-pr-2025-09-17"];
    record(raw, "sources", "article").date = "2025-09";
    expect(messages(raw)).toEqual([]);
  });
});
