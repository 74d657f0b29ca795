import { describe, expect, it } from "vitest";
import type { Release, ReleasedCorrection } from "../../src/data/releases.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { laterCorrections, releaseNotice } from "../../src/model/later-corrections.ts";
import { realDataset, realView } from "../map/fixtures.ts";

const fix = (date: string, concerns: string[], word = "Satz"): ReleasedCorrection => ({
  date,
  concerns,
  text: { de: `Ein ${word}.`, en: `A ${word}.` },
});
const release = (version: string, date: string, corrections: ReleasedCorrection[]): Release => ({
  version,
  date,
  edition: date.slice(0, 7),
  corrections,
});
const OLD = fix("2026-11-30", ["cobalt-paused"]);
const NEW = fix("2026-12-07", ["loughton"], "neuer Satz");
const LOG = [
  release("0.1.0", "2026-12-06", [OLD]),
  release("0.2.0", "2026-12-07", [OLD]),
  // A later release carries the earlier corrections too, and its own.
  release("0.2.1", "2026-12-08", [OLD, NEW, fix("2026-12-08", ["no-such-record"])]),
  release("0.2.2", "2026-12-09", [OLD, NEW, fix("2026-12-09", ["stargate-norway"], "dritter Satz")]),
];
const all = () => true;

describe("the corrections a pinned copy learns from the log", () => {
  it("are those of later releases that its own release and edition lack, each once, oldest first", () => {
    expect(laterCorrections(LOG, "0.2.0", [], all).map((c) => c.date)).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
    ]);
    // Its own edition already has the one of 7 December (the same day and records, in any order).
    const own = [{ date: "2026-12-07", concerns: ["loughton"] }];
    expect(laterCorrections(LOG, "0.2.0", own, all).map((c) => c.date)).toEqual(["2026-12-08", "2026-12-09"]);
    expect(laterCorrections(LOG, "0.2.2", [], all)).toEqual([]);
  });

  it("are only those whose every record the view shows", () => {
    const view = realView("de", undefined, realDataset());
    expect(laterCorrections(LOG, "0.2.0", [], view.shows).map((c) => c.concerns)).toEqual([
      ["loughton"],
      ["stargate-norway"],
    ]);
    // At 13 January 2025 the map knows Loughton, not Stargate Norway (announced 31 July 2025).
    const early = realView("de", undefined, realDataset(), "2025-01-13");
    expect(laterCorrections(LOG, "0.2.0", [], early.shows).map((c) => c.concerns)).toEqual([["loughton"]]);
  });

  it("come from later versions wherever the log puts them (two releases of one day), 0.10.0 after 0.9.0", () => {
    const shuffled = [LOG[3], LOG[0], LOG[2], LOG[1]].filter((r) => r !== undefined);
    expect(laterCorrections(shuffled, "0.2.0", [], all).map((c) => c.date)).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
    ]);
    const tenth = [release("0.9.0", "2026-12-07", []), release("0.10.0", "2026-12-07", [NEW])];
    expect(laterCorrections(tenth, "0.9.0", [], all)).toEqual([NEW]);
    expect(laterCorrections(tenth, "0.10.0", [], all)).toEqual([]);
  });

  it("are none when the log does not name the copy's release: nothing is known to be later", () => {
    expect(laterCorrections(LOG, "0.1.9", [], all)).toEqual([]);
  });
});

describe("the line on a pinned map", () => {
  it("gives the latest correction with its day, how many more there are, and the way to the live map", () => {
    const found = laterCorrections(LOG, "0.2.0", [], all);
    expect(releaseNotice(found, createI18n("de"))).toEqual({
      text: "Korrektur vom 9. Dezember 2026, in einer neueren Fassung dieser Karte: Ein dritter Satz. Insgesamt drei Korrekturen in neueren Fassungen.",
      link: "Aktuelle Fassung öffnen",
    });
    expect(releaseNotice(found.slice(0, 1), createI18n("en"))).toEqual({
      text: "Corrected on 7 December 2026, in a newer version of this map: A neuer Satz.",
      link: "Open the current version",
    });
    expect(releaseNotice([], createI18n("de"))).toBeNull();
  });
});
