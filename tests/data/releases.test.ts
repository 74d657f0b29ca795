import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReleases } from "../../src/data/releases.ts";

const committed = () => JSON.parse(readFileSync("geo/releases.json", "utf8"));
const correction = () => ({
  date: "2026-12-07",
  concerns: ["loughton"],
  text: { de: "Loughton: ein Satz.", en: "Loughton: a sentence." },
});
const log = (...corrections: unknown[]) => ({
  format: 1,
  live: "0.2.1",
  releases: [{ version: "0.2.1", date: "2026-12-08", edition: "2026-12", corrections }],
});

describe("the release log as a pinned copy reads it", () => {
  it("reads the committed history and a log with a correction", () => {
    expect(readReleases(committed())?.map((r) => r.version)).toContain("0.1.0");
    expect(readReleases(log(correction()))?.[0]?.corrections).toEqual([correction()]);
  });

  it.each([
    ["not an object", "[]"],
    ["another format", JSON.stringify({ ...log(), format: 2 })],
    ["no releases", JSON.stringify({ format: 1 })],
    [
      "a version that is not x.y.z",
      JSON.stringify({ ...log(), releases: [{ ...log().releases[0], version: "next" }] }),
    ],
    ["a day that is not a day", JSON.stringify(log({ ...correction(), date: "soon" }))],
    ["no records named", JSON.stringify(log({ ...correction(), concerns: [] }))],
    ["an id of another shape", JSON.stringify(log({ ...correction(), concerns: ["Loughton Site"] }))],
    ["a language missing", JSON.stringify(log({ ...correction(), text: { de: "Nur Deutsch." } }))],
    ["an empty text", JSON.stringify(log({ ...correction(), text: { de: "", en: "x" } }))],
    [
      "markup in a text",
      JSON.stringify(log({ ...correction(), text: { de: "<img src=x onerror=alert(1)>", en: "x" } })),
    ],
    [
      "a text too long to be a correction",
      JSON.stringify(log({ ...correction(), text: { de: "x".repeat(601), en: "x" } })),
    ],
  ])("gives nothing for a file with %s, whole", (_name, text) => {
    expect(readReleases(JSON.parse(text))).toBeNull();
  });
});
