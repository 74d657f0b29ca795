/**
 * The release log a pinned copy reads: its shape is checked by hand (anything else is no log), and the
 * corrections chosen from it are those of later releases that the copy's edition lacks and that concern what
 * its view shows, each once, the latest first.
 */
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  laterCorrections,
  type ReleasedCorrection,
  type ReleaseLog,
  readReleaseLog,
} from "../../src/data/releases.ts";

const correction = (date: string, concerns: string[], en: string): ReleasedCorrection => ({
  date,
  concerns,
  text: { de: `${en} (de)`, en },
});

const OWN = correction("2026-11-30", ["cobalt-paused"], "Cobalt Park was paused.");
const GPUS = correction("2026-12-05", ["norway-gpus-target"], "Narvik's target is 100,000 GPUs.");
const NEW_RECORD = correction("2026-12-05", ["made-up-later-record"], "A record this copy never had.");
const LATER = correction("2026-12-20", ["loughton", "nscale"], "Loughton's operator is Nscale.");

const LOG: ReleaseLog = {
  format: 1,
  live: "0.10.0",
  releases: [
    { version: "0.1.0", date: "2026-12-01", edition: "2026-11", corrections: [OWN] },
    { version: "0.2.0", date: "2026-12-06", edition: "2026-12", corrections: [OWN, GPUS, NEW_RECORD] },
    {
      version: "0.10.0",
      date: "2026-12-21",
      edition: "2026-12",
      corrections: [OWN, GPUS, NEW_RECORD, LATER],
    },
  ],
};

/** A view that shows the records named here. */
const shows =
  (...ids: string[]) =>
  (concerns: readonly string[]) =>
    concerns.every((id) => ids.includes(id));

describe("the release log's shape", () => {
  it("accepts the log as the build writes it", () => {
    expect(readReleaseLog(JSON.parse(JSON.stringify(LOG)))).toEqual(LOG);
  });

  it.each([
    ["not an object", "releases"],
    ["another format", { ...LOG, format: 2 }],
    ["no live version", { format: 1, releases: LOG.releases }],
    ["a live version that is none", { ...LOG, live: "latest" }],
    ["no list of releases", { ...LOG, releases: {} }],
    ["a release without a version", { ...LOG, releases: [{ ...LOG.releases[0], version: undefined }] }],
    ["a release dated in another form", { ...LOG, releases: [{ ...LOG.releases[0], date: "1. Dezember" }] }],
    ["a release without an edition", { ...LOG, releases: [{ ...LOG.releases[0], edition: 202611 }] }],
    ["a correction without a language", { ...LOG, releases: [release({ ...OWN, text: { de: "nur" } })] }],
    ["a correction about nothing", { ...LOG, releases: [release({ ...OWN, concerns: [] })] }],
    [
      "a correction with markup as an object",
      { ...LOG, releases: [release({ ...OWN, text: { de: {}, en: "x" } })] },
    ],
    [
      "a correction text longer than 600",
      { ...LOG, releases: [release({ ...OWN, text: { de: "x".repeat(601), en: "x" } })] },
    ],
  ])("rejects %s", (_, value) => {
    expect(readReleaseLog(value)).toBeNull();
  });

  it("keeps markup in a text as the characters it is, for a text node", () => {
    const hostile = correction("2026-12-05", ["loughton"], `<img src=x onerror="alert(1)">`);
    const log = readReleaseLog({ ...LOG, releases: [release(hostile)] });
    expect(log?.releases[0]?.corrections[0]?.text.en).toBe(`<img src=x onerror="alert(1)">`);
  });
});

function release(c: unknown) {
  return { version: "0.2.0", date: "2026-12-06", edition: "2026-12", corrections: [c] };
}

describe("the corrections that concern a pinned copy's view", () => {
  it("are those of later releases that its edition lacks, each once with the first release that carried it, the latest first", () => {
    const chosen = laterCorrections(
      LOG,
      "0.1.0",
      [],
      shows("cobalt-paused", "norway-gpus-target", "loughton", "nscale"),
    );
    expect(chosen).toEqual([
      { version: "0.10.0", correction: LATER },
      { version: "0.2.0", correction: GPUS },
    ]);
  });

  it("leave out a correction that names a record the view does not show, or one the copy never had", () => {
    expect(laterCorrections(LOG, "0.1.0", [], shows("norway-gpus-target", "loughton"))).toEqual([
      { version: "0.2.0", correction: GPUS },
    ]);
  });

  it("are none for the live release itself, nor for a view that shows none of their records", () => {
    expect(laterCorrections(LOG, "0.10.0", [], shows("norway-gpus-target", "loughton", "nscale"))).toEqual(
      [],
    );
    expect(laterCorrections(LOG, "0.1.0", [], shows("cobalt-paused"))).toEqual([]);
  });

  it("know a correction the copy's own edition holds by its date, its records in any order and its English text", () => {
    const held = { ...LATER, concerns: ["nscale", "loughton"], text: { de: "anders", en: LATER.text.en } };
    const withoutOwnEntry = { ...LOG, releases: LOG.releases.slice(1) };
    expect(laterCorrections(withoutOwnEntry, "0.1.0", [held], shows("loughton", "nscale"))).toEqual([]);
  });

  it("count a correction with another text as another correction", () => {
    const held = { ...LATER, text: { de: LATER.text.de, en: "Another text." } };
    expect(laterCorrections(LOG, "0.1.0", [held], shows("loughton", "nscale"))).toEqual([
      { version: "0.10.0", correction: LATER },
    ]);
  });
});

describe("versions", () => {
  it("compare by their numbers, not as text", () => {
    expect(compareVersions("0.10.0", "0.9.0")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0", "0.99.99")).toBeGreaterThan(0);
    expect(compareVersions("0.2.1", "0.2.10")).toBeLessThan(0);
    expect(compareVersions("0.2.0", "0.2.0")).toBe(0);
  });
});
