/**
 * A vitest reporter that prints, at the end of a run, where the time went: one row per test file, slowest
 * first, with its project, its number of tests, its time and its slowest test, so that the next slow file is
 * visible in every `npm test`. The table is Markdown, so that it can go into the README as it is.
 *
 * It also names every test that took more than half of its timeout: the project's rule is that each test
 * finishes within half of its timeout on an idle machine. That is a report, not a failure, because these
 * machines are shared and a busy one is slower; nothing here asserts a time.
 */
import type { Reporter, TestModule } from "vitest/node";

/** What the table needs of one test. */
export interface TimedTest {
  name: string;
  /** ms */
  duration: number;
  /** ms; undefined where vitest reports none */
  timeout: number | undefined;
}

/** What the table needs of one test file. */
export interface TimedFile {
  file: string;
  project: string;
  /** ms: the file's tests and hooks, as vitest measured them */
  duration: number;
  /** ms: importing the file and setting up its environment, before its first test */
  setup: number;
  tests: TimedTest[];
}

/** Files faster than this share one row, so the table stays short. */
export const ROW_THRESHOLD_MS = 1000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The Markdown lines of the table, and of the list of tests over half their timeout (if any). */
export function timingTable(files: readonly TimedFile[]): string[] {
  const total = (file: TimedFile) => file.duration + file.setup;
  const sorted = [...files].sort((a, b) => total(b) - total(a));
  const shown = sorted.filter((file) => total(file) >= ROW_THRESHOLD_MS);
  const rest = sorted.filter((file) => total(file) < ROW_THRESHOLD_MS);
  const lines = ["| file | project | tests | time | slowest test |", "| --- | --- | ---: | ---: | --- |"];
  for (const file of shown) {
    const slowest = [...file.tests].sort((a, b) => b.duration - a.duration)[0];
    const name = slowest ? `${slowest.name} (${seconds(slowest.duration)})` : "";
    lines.push(
      `| \`${file.file}\` | ${file.project} | ${file.tests.length} | ${seconds(total(file))} | ${name} |`,
    );
  }
  if (rest.length > 0) {
    const tests = rest.reduce((sum, file) => sum + file.tests.length, 0);
    const time = rest.reduce((sum, file) => sum + total(file), 0);
    const projects = [...new Set(rest.map((file) => file.project))].join(", ");
    lines.push(`| the other ${rest.length} files | ${projects} | ${tests} | ${seconds(time)} | |`);
  }
  const all = files.reduce((sum, file) => sum + total(file), 0);
  const count = files.reduce((sum, file) => sum + file.tests.length, 0);
  lines.push(`| all ${files.length} files | | ${count} | ${seconds(all)} | |`);
  const over = files.flatMap((file) =>
    file.tests
      .filter((test) => test.timeout !== undefined && test.duration > test.timeout / 2)
      .map(
        (test) =>
          `- \`${file.file}\` › ${test.name}: ${seconds(test.duration)} of ${seconds(test.timeout ?? 0)}`,
      ),
  );
  if (over.length > 0)
    lines.push("", "Over half their timeout (the rule is at most half, on an idle machine):", ...over);
  return lines;
}

/** A test module as the table sees it. */
export function timedFile(module: TestModule): TimedFile {
  const diagnostic = module.diagnostic();
  const tests = [...module.children.allTests()].map((test) => ({
    name: test.fullName,
    duration: test.diagnostic()?.duration ?? 0,
    timeout: test.options.timeout,
  }));
  return {
    file: module.relativeModuleId,
    project: module.project.name,
    duration: diagnostic.duration,
    setup: diagnostic.environmentSetupDuration + diagnostic.prepareDuration + diagnostic.collectDuration,
    tests,
  };
}

export default class TimingReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    if (modules.length === 0) return;
    const lines = timingTable(modules.map(timedFile));
    process.stdout.write(`\nTime per test file (slowest first):\n\n${lines.join("\n")}\n`);
  }
}
