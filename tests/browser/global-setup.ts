/**
 * Builds the app once, serves dist/ on a loopback port, and finds Chromium, for every browser test file.
 * The tests then run against the built app, exactly what a newsroom would deploy.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium } from "../../scripts/find-chromium.mjs";
import { STRICT_CSP } from "../../scripts/strict-csp.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
    /** A second loopback origin serving tests/fixtures/, standing in for a third-party style host. */
    otherOrigin: string;
    /** The same build on a third origin that sends the strict Content-Security-Policy below with every file. */
    cspBaseUrl: string;
  }
}

export function serveDirectory(dir: string, headers: Record<string, string> = {}): Promise<Server> {
  const serve = sirv(dir, { dev: false, etag: true });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    serve(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  // The other origin starts first, so that this test build can put its fixture style on the basemap allow-list.
  const other = await serveDirectory("tests/fixtures", { "Access-Control-Allow-Origin": "*" });
  const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  process.env.VITE_BASEMAP_ALLOWLIST = `${otherOrigin}/online-style/style.json`;
  // Vitest sets NODE_ENV=test, which would make this a development build; the tests must see what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  await build({ logLevel: "warn", mode: "production" });
  process.env.NODE_ENV = nodeEnv;
  // CORS on the build, as a newsroom's asset host would send it, so the element embed works from another origin.
  const server = await serveDirectory("dist", { "Access-Control-Allow-Origin": "*" });
  const csp = await serveDirectory("dist", { "Content-Security-Policy": STRICT_CSP });
  // Each release lives in its own directory; the tests use this one, as an article's snippet would.
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  const at = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/v/${version}/`;
  project.provide("baseUrl", at(server));
  project.provide("cspBaseUrl", at(csp));
  project.provide("chromePath", chromePath);
  project.provide("otherOrigin", otherOrigin);
  const close = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));
  return async () => {
    await Promise.all([close(server), close(other), close(csp)]);
  };
}
