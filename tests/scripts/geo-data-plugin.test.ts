import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { geoDataPlugin } from "../../scripts/geo-data-plugin.ts";

let root = "";
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A throwaway project: the minimal valid geo/ set and an empty page, changed by `edit`. */
function project(edit: (geoDir: string) => void): string {
  root = mkdtempSync(join(tmpdir(), "aim-build-"));
  cpSync("tests/fixtures/minimal-geo", join(root, "geo"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>t</title>");
  edit(join(root, "geo"));
  return root;
}

const buildProject = (dir: string) =>
  build({
    root: dir,
    configFile: false,
    logLevel: "silent",
    plugins: [geoDataPlugin({ dir: "geo" })],
    build: { outDir: join(dir, "dist"), emptyOutDir: true },
  });

describe("the build", () => {
  it("fails on invalid data with the validator's message naming file, record and field", async () => {
    const dir = project((geo) => {
      const path = join(geo, "figures.json");
      const data = JSON.parse(readFileSync(path, "utf8"));
      delete data.figures[0].sources;
      writeFileSync(path, JSON.stringify(data));
    });
    await expect(buildProject(dir)).rejects.toThrow(
      'geo/figures.json: record "loughton-power-2025-09", field "sources": is missing: every figure needs a source',
    );
  });

  it("fails on a text that knows what happened after its date, naming file, record and field", async () => {
    const dir = project((geo) => {
      const path = join(geo, "relations.json");
      const data = JSON.parse(readFileSync(path, "utf8"));
      // Valid from January 2025, it tells of Microsoft's supercomputer of September 2025.
      data.relations[0].note = {
        de: "Baut seit {on:2025-09-16} den Supercomputer für Microsoft.",
        en: "Building Microsoft's supercomputer since {on:2025-09-16}.",
      };
      writeFileSync(path, JSON.stringify(data));
    });
    await expect(buildProject(dir)).rejects.toThrow(
      'geo/relations.json: record "nscale-develops-loughton", field "note.de": mentions {on:2025-09-16} (2025-09-16), after the text is shown from (2025-01-31)',
    );
  });

  it("fails on a view that says what is certain only later, naming the view's date, the record and the field", async () => {
    const dir = project((geo) => {
      const path = join(geo, "relations.json");
      const data = JSON.parse(readFileSync(path, "utf8"));
      // Valid from January 2025, it quotes the title of a release of 17 September 2025.
      data.relations[0].note = {
        de: "Siehe „Nscale announces UK AI infrastructure commitment in partnership with Microsoft, NVIDIA and OpenAI“.",
        en: "See “Nscale announces UK AI infrastructure commitment in partnership with Microsoft, NVIDIA and OpenAI”.",
      };
      writeFileSync(path, JSON.stringify(data));
    });
    await expect(buildProject(dir)).rejects.toThrow(
      'geo/sources.json: record "nscale-pr-2025-09-17", field "title": is said in the view of 2025-01 (de), but is certain only from 2025-09-17',
    );
  });

  it("fails on a file that is not JSON, naming the file", async () => {
    const dir = project((geo) => writeFileSync(join(geo, "relations.json"), "{ not json"));
    await expect(buildProject(dir)).rejects.toThrow(
      /geo\/relations\.json: field "\(file\)": is not valid JSON/,
    );
  });

  it("emits the validated files unchanged under data/", async () => {
    const dir = project(() => {});
    await buildProject(dir);
    expect(readFileSync(join(dir, "dist/data/sites.geojson"), "utf8")).toBe(
      readFileSync("tests/fixtures/minimal-geo/sites.geojson", "utf8"),
    );
  });
});
