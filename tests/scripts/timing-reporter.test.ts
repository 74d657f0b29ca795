import { describe, expect, it } from "vitest";
import { ROW_THRESHOLD_MS, type TimedFile, timingTable } from "../../scripts/timing-reporter.ts";

const file = (name: string, duration: number, tests: [string, number, number?][], setup = 0): TimedFile => ({
  file: name,
  project: name.includes("browser") ? "browser" : "unit",
  duration,
  setup,
  tests: tests.map(([test, time, timeout]) => ({ name: test, duration: time, timeout })),
});

describe("the per-file time table", () => {
  it("lists the slowest file first, with its setup counted, its tests and its slowest test", () => {
    const lines = timingTable([
      file("tests/browser/a.test.ts", 20_000, [
        ["opens", 4_000, 120_000],
        ["clicks", 16_000, 120_000],
      ]),
      file("tests/browser/b.test.ts", 30_000, [["draws", 30_000, 120_000]], 500),
    ]);
    expect(lines.slice(0, 4)).toEqual([
      "| file | project | tests | time | slowest test |",
      "| --- | --- | ---: | ---: | --- |",
      "| `tests/browser/b.test.ts` | browser | 1 | 30.5 s | draws (30.0 s) |",
      "| `tests/browser/a.test.ts` | browser | 2 | 20.0 s | clicks (16.0 s) |",
    ]);
    expect(lines.at(-1)).toBe("| all 2 files | | 3 | 50.5 s | |");
  });

  it("folds the files under a second into one row, so that the slow ones stand out", () => {
    const quick = ROW_THRESHOLD_MS / 4;
    const lines = timingTable([
      file("tests/slow.test.ts", 2_000, [["a", 2_000]]),
      file("tests/x.test.ts", quick, [["b", quick]]),
      file("tests/y.test.ts", quick, [
        ["c", quick / 2],
        ["d", quick / 2],
      ]),
    ]);
    expect(lines).toContain("| the other 2 files | unit | 3 | 0.5 s | |");
    expect(lines.filter((line) => line.includes("x.test.ts"))).toEqual([]);
  });

  it("names every test over half its timeout, and none that stays within it", () => {
    const lines = timingTable([
      file("tests/browser/a.test.ts", 100_000, [
        ["within", 60_000, 120_000],
        ["over", 61_000, 120_000],
        ["no timeout known", 99_000],
      ]),
    ]);
    const over = lines.filter((line) => line.startsWith("- "));
    expect(over).toEqual(["- `tests/browser/a.test.ts` › over: 61.0 s of 120.0 s"]);
  });

  it("says nothing about timeouts when every test stays within half of its own", () => {
    const lines = timingTable([file("tests/a.test.ts", 1_000, [["quick", 1_000, 5_000]])]);
    expect(lines.some((line) => line.includes("timeout"))).toBe(false);
  });
});
