/**
 * The README is the front page: short, and true. Its two set-up commands are the ones package.json and CI run,
 * its snippets are what the Embed dialog generates for the defaults (src/embed/embed-snippets.ts), and every
 * relative link in it and in the documents it points to leads to a file (and a heading) that exists.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderStaticList } from "../../scripts/static-picture-plugin.ts";
import { elementSnippet, iframeSnippet, type SnippetOptions } from "../../src/embed/embed-snippets.ts";
import { realDataset } from "../map/fixtures.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

const README = read("README.md");
const { scripts } = JSON.parse(read("package.json")) as { scripts: { start: string; test: string } };

/** The fenced code blocks of a Markdown text with the given info string, without their fences. */
function codeBlocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
    .filter(([, info]) => info === lang)
    .map(([, , body]) => (body ?? "").replace(/\n$/, ""));
}

/** The one block of `lang` whose text contains `marker`; the test fails if there is none or more than one. */
function theBlock(markdown: string, lang: string, marker: string): string {
  const found = codeBlocks(markdown, lang).filter((block) => block.includes(marker));
  expect(found, `one \`\`\`${lang} block with ${marker}`).toHaveLength(1);
  return found[0] ?? "";
}

/** The placeholder host the README's snippets use, in the live channel as the dialog writes it by default. */
const BASE = "https://maps.example.org/ai-infra-map/live/";
const DEFAULTS: SnippetOptions = { base: BASE, lang: "de", site: null, theme: "auto" };

describe("the README", () => {
  it("is a front page of less than 8 KB", () => {
    expect(Buffer.byteLength(README, "utf8")).toBeLessThan(8 * 1024);
  });
});

describe("the README's two set-up commands", () => {
  const lines = theBlock(README, "sh", "npm start").split("\n");
  const [install = "", test = ""] = lines;

  it("are exactly two lines: install and start, then test", () => {
    expect(lines).toHaveLength(2);
    expect(install).toMatch(/^npm install && npm start +# /);
    expect(test).toMatch(/^npm test +# /);
  });

  it("start by building the live channel and the version's directory and serving them where the README says", () => {
    const served = install.match(
      /# builds dist\/ \(live\/ and v\/<version>\/\) and serves it at (http:\/\/[\d.]+:\d+\/)$/,
    );
    expect(served, "the README says where npm start serves").not.toBeNull();
    expect(scripts.start).toBe("vite build && node scripts/serve.mjs");
    const server = read("scripts/serve.mjs");
    const host = server.match(/const HOST = "([\d.]+)";/)?.[1];
    const port = server.match(/const PORT = (\d+);/)?.[1];
    expect(served?.[1]).toBe(`http://${host}:${port}/`);
    expect(read("vite.config.ts")).toMatch(/outDir: `dist\/v\/\$\{version\}`/);
    expect(read("vite.config.ts")).toMatch(/channelPlugin\(/);
  });

  it("test with what CI runs: the type-check, lint, dependency rules and both vitest projects", () => {
    expect(test).toMatch(
      /# type-check, lint, dependency rules, unit tests, browser tests \(Chromium, Firefox, WebKit\)$/,
    );
    const steps = scripts.test.split(" && ");
    expect(steps).toEqual([
      "tsc --noEmit",
      "biome check --error-on-warnings .",
      "depcruise src scripts bench --config .dependency-cruiser.cjs",
      // No --project: the unit and the browser project both run.
      "vitest run",
    ]);
    const commands = read(".ci/run")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"));
    expect(commands.at(-1)).toBe("npm test");
  });
});

describe("the snippets", () => {
  it("in the README and the editors' guide are the iframe snippet the Embed dialog generates for the defaults", () => {
    for (const doc of ["README.md", "docs/editors.md"]) {
      expect(theBlock(read(doc), "html", "embed-host.js"), doc).toBe(iframeSnippet(DEFAULTS));
    }
  });

  it("in the README and the editors' guide are the element snippet the Embed dialog generates, its list abbreviated", () => {
    const realList = renderStaticList({ dataset: realDataset() }, "de");
    for (const doc of ["README.md", "docs/editors.md"]) {
      const block = theBlock(read(doc), "html", "/embed.js");
      const list = block
        .split("\n")
        .map((line) => line.trim())
        .find((line) => line.startsWith('<div class="static-list"'));
      expect(list, `${doc}: the snippet's list`).toMatch(/^<div class="static-list".*…/);
      expect(block, doc).toBe(elementSnippet(DEFAULTS, list ?? ""));
      // Every piece between the ellipses is the build's own list, in order.
      let from = 0;
      for (const piece of (list ?? "").split("…").filter(Boolean)) {
        const at = realList.indexOf(piece, from);
        expect(at, `${doc}: "${piece}" in the build's list after position ${from}`).toBeGreaterThanOrEqual(0);
        from = at + piece.length;
      }
      expect(from, `${doc}: the abbreviation reaches the list's end`).toBe(realList.length);
    }
  });

  it("in the story guide are the iframe snippet for a story whose steps are in the host page", () => {
    const block = theBlock(read("docs/story.md"), "html", "data-aim-story");
    const snippet = iframeSnippet({ ...DEFAULTS, story: "#geschichte" });
    expect(block.startsWith(`${snippet}\n`), block).toBe(true);
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsIn(markdown: string): Set<string> {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, "");
  return new Set([...prose.matchAll(/^#{1,6} +(.+)$/gm)].map(([, heading]) => anchorOf(heading ?? "")));
}

/** The relative links of a Markdown file (images included), outside code blocks. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target ?? "")
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

const DOCUMENTS = [
  "README.md",
  "ARCHITECTURE.md",
  "CONTRIBUTING.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("the documents' links", () => {
  it("from the README reach a page for each reader", () => {
    expect(relativeLinks(README)).toEqual(
      expect.arrayContaining([
        "docs/editors.md",
        "docs/story.md",
        "docs/data.md",
        "ARCHITECTURE.md",
        "CONTRIBUTING.md",
      ]),
    );
  });

  it.each(DOCUMENTS)("in %s lead to files and headings that exist", (doc) => {
    const links = relativeLinks(read(doc));
    expect(links.length, `${doc} links to another document`).toBeGreaterThan(0);
    for (const link of links) {
      const [path = "", anchor] = link.split("#");
      const target = path === "" ? doc : relative(ROOT, join(ROOT, dirname(doc), path));
      expect(existsSync(join(ROOT, target)), `${doc}: ${link} → ${target}`).toBe(true);
      if (anchor !== undefined) {
        expect(anchorsIn(read(target)), `${doc}: ${link}`).toContain(anchor);
      }
    }
  });
});
