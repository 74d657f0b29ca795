/**
 * Two releases in one served folder, as an asset host holds them after a second upload: the current release
 * (global-setup.ts's build, copied from dist/) and a fixture release built from a copy of geo/ with the two
 * made-up records of tests/fixtures/release-next/additions.json (AIM_VERSION=0.3.1) into the same folder, whose build rewrites the live channel and releases.json. The folder
 * is served by `npm start`'s own handler (scripts/cache-headers.mjs), with the real cache headers.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "vite";
import { cachedDirectory } from "../../scripts/cache-headers.mjs";

export const NEXT_VERSION = "0.3.1";
/** The made-up correction and event the fixture release adds to today's geo/ (test data, never shipped). */
/** Where the fixture release's data is written (git-ignored), relative to the project as the build wants it. */
const NEXT_GEO = "tests/fixtures/release-next/geo";
export const NEXT_ADDITIONS = "tests/fixtures/release-next/additions.json";

/**
 * The fixture release's data: a copy of geo/ as it is now, so that it never falls behind the schema, with one
 * made-up correction and one made-up later event.
 */
function nextGeo(): string {
  const geo = NEXT_GEO;
  rmSync(geo, { recursive: true, force: true });
  cpSync("geo", geo, { recursive: true });
  const { correction, event } = JSON.parse(readFileSync(NEXT_ADDITIONS, "utf8"));
  const add = (file: string, key: string, record: unknown) => {
    const data = JSON.parse(readFileSync(join(geo, file), "utf8"));
    data[key].push(record);
    writeFileSync(join(geo, file), JSON.stringify(data, null, 2));
  };
  add("edition.json", "corrections", correction);
  add("timeline.json", "timeline", event);
  return geo;
}

export interface TwoReleases {
  /** The served folder's origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  /** The version global-setup.ts built (package.json's), which a first snippet was copied from. */
  first: string;
  /** The URL of a file written into the folder before it was served. */
  url(name: string): string;
  close(): Promise<void>;
}

/** Environment variables set for one call, then restored (unset again if they were). */
async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  set(vars);
  try {
    return await run();
  } finally {
    set(before);
  }
}

/**
 * Builds the folder and serves it. `files` maps a path in the folder to a function of the origin giving its
 * text (host pages, a half-uploaded channel); they are written before the server lists the folder's files.
 */
export async function buildTwoReleases(
  files: Record<string, (origin: string) => string>,
): Promise<TwoReleases> {
  const { version: first } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  const dir = mkdtempSync(join(tmpdir(), "aim-releases-"));
  cpSync(join("dist", "v", first), join(dir, "v", first), { recursive: true });
  cpSync(join("dist", "releases.json"), join(dir, "releases.json"));
  await withEnv(
    {
      AIM_VERSION: NEXT_VERSION,
      AIM_GEO_DIR: nextGeo(),
      AIM_PUBLIC_URL: undefined,
      // Vitest sets NODE_ENV=test, which would make this a development build.
      NODE_ENV: "production",
    },
    () =>
      build({
        logLevel: "warn",
        mode: "production",
        build: { outDir: join(dir, "v", NEXT_VERSION), emptyOutDir: true },
      }),
  );
  const handle = cachedDirectory(dir);
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text(origin));
  }
  return {
    origin,
    first,
    url: (name) => `${origin}/${name}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          rmSync(NEXT_GEO, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/** An article page around a snippet, as a newsroom's CMS would print it. */
export function article(snippet: string): string {
  return [
    "<!doctype html>",
    // An empty icon: the browser would otherwise ask for /favicon.ico, and log its 404.
    '<html lang="de"><head><meta charset="utf-8"><title>Artikel</title><link rel="icon" href="data:,"></head>',
    `<body><main><h1>Artikel</h1>\n${snippet}\n</main></body></html>`,
  ].join("\n");
}
