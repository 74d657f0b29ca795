import { describe, expect, it } from "vitest";
import { messages, minimal, record } from "../fixtures.ts";

describe("the checks of the timeline", () => {
  it("rejects an entry for a site that does not exist", () => {
    const raw = minimal();
    record(raw, "timeline", "loughton-announced").site = "lougton";
    expect(messages(raw)).toEqual([
      'geo/timeline.json: record "loughton-announced", field "site": unknown site "lougton"',
    ]);
  });

  it("rejects an entry citing a source that sources.json does not have", () => {
    const raw = minimal();
    record(raw, "timeline", "loughton-announced").sources = ["bbc-loughton-2025-01", "rumour"];
    expect(messages(raw)).toEqual([
      'geo/timeline.json: record "loughton-announced", field "sources.1": unknown source "rumour" (not in geo/sources.json)',
    ]);
  });
});
