/**
 * Builds the app once, serves dist/ on loopback ports, finds the three browser engines, launches the Chromium
 * that the files connect to, and starts a private virtual display (Xvfb) for Firefox and WebKit, for every
 * browser test file. The tests then run against the built app, exactly what a newsroom would deploy.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import sirv from "sirv";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS } from "../../scripts/chromium-args.mjs";
import { findBrowsers } from "../../scripts/find-browsers.mjs";
import { STRICT_CSP } from "../../scripts/strict-csp.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
    /** The Chromium that every file connects to (helpers.ts, connectBrowser), launched once here. */
    chromiumEndpoint: string;
    /** A second loopback origin serving tests/fixtures/, standing in for a third-party style host. */
    otherOrigin: string;
    /** The same build on a third origin that sends the strict Content-Security-Policy below with every file. */
    cspBaseUrl: string;
    /** Where the strict-CSP origin's browsers report violations: GET lists them, DELETE forgets them. */
    cspReportsUrl: string;
    browserPaths: { firefox: string; webkitDriver: string; miniBrowser: string };
    /** The X display (":N") of the private Xvfb, for Firefox and WebKit. */
    display: string;
  }
}

/**
 * Serves a directory on a loopback port. sirv lists the directory's files when it is created, so it is created
 * on the first request: the server (and its URL) can exist before the build that fills the directory.
 */
export function serveDirectory(dir: string, headers: Record<string, string> = {}): Promise<Server> {
  let serve: ReturnType<typeof sirv> | undefined;
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    serve ??= sirv(dir, { dev: false, etag: true });
    serve(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * A loopback server that collects Content-Security-Policy violation reports (the `report-uri` form, which
 * Chromium, Firefox and WebKit all send), so a test can read every violation of every frame in any engine.
 */
function collectCspReports(): Promise<Server> {
  let reports: unknown[] = [];
  const server = createServer((request, response) => {
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        try {
          reports.push((JSON.parse(body) as { "csp-report"?: unknown })["csp-report"] ?? body);
        } catch {
          reports.push(body);
        }
        response.statusCode = 204;
        response.end();
      });
      return;
    }
    if (request.method === "DELETE") reports = [];
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify(reports));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Starts Xvfb on a free display number, which it prints itself (-displayfd), and returns ":N" and a stop. */
async function startXvfb(xvfb: string): Promise<{ display: string; stop: () => void }> {
  const child = spawn(xvfb, ["-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let printed = "";
    const onExit = (code: number | null) =>
      reject(new Error(`Xvfb exited with code ${code} before it found a display`));
    child.once("error", reject);
    child.once("exit", onExit);
    // The display number ends with a newline; one chunk may hold only part of it.
    const onData = (data: Buffer) => {
      printed += String(data);
      if (!printed.includes("\n")) return;
      child.off("exit", onExit);
      child.off("error", reject);
      child.stdout.off("data", onData);
      resolve(printed.trim());
    };
    child.stdout.on("data", onData);
  });
  return { display: `:${number}`, stop: () => child.kill() };
}

export default async function setup(project: TestProject) {
  const browsers = findBrowsers();
  const chromePath = browsers.chromium;
  // The other origin starts first, so that this test build can put its fixture style on the basemap allow-list.
  const other = await serveDirectory("tests/fixtures", { "Access-Control-Allow-Origin": "*" });
  const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  process.env.VITE_BASEMAP_ALLOWLIST = `${otherOrigin}/online-style/style.json`;
  // CORS on the build, as a newsroom's asset host would send it, so the element embed works from another origin.
  // It listens before the build, so that the build knows its public URL as a newsroom's build for its asset
  // host does (AIM_PUBLIC_URL): og:image and the oEmbed files then carry this server's absolute URLs.
  const server = await serveDirectory("dist", { "Access-Control-Allow-Origin": "*" });
  // Each release lives in its own directory; the tests use this one, as an article's snippet would.
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  const at = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/v/${version}/`;
  // Vitest sets NODE_ENV=test, which would make this a development build; the tests must see what ships.
  const nodeEnv = process.env.NODE_ENV;
  const publicUrl = process.env.AIM_PUBLIC_URL;
  process.env.NODE_ENV = "production";
  process.env.AIM_PUBLIC_URL = at(server);
  await build({ logLevel: "warn", mode: "production" });
  process.env.NODE_ENV = nodeEnv;
  // Builds that tests make themselves (hostile-data.test.ts) are not for this server.
  if (publicUrl === undefined) delete process.env.AIM_PUBLIC_URL;
  else process.env.AIM_PUBLIC_URL = publicUrl;
  const reports = await collectCspReports();
  const reportsUrl = `http://127.0.0.1:${(reports.address() as AddressInfo).port}/`;
  // report-uri only adds a place to send reports to; it allows nothing that the policy forbids.
  const csp = await serveDirectory("dist", {
    "Content-Security-Policy": `${STRICT_CSP}; report-uri ${reportsUrl}`,
  });
  project.provide("baseUrl", at(server));
  project.provide("cspBaseUrl", at(csp));
  project.provide("chromePath", chromePath);
  project.provide("otherOrigin", otherOrigin);
  project.provide("cspReportsUrl", reportsUrl);
  project.provide("browserPaths", {
    firefox: browsers.firefox,
    webkitDriver: browsers.webkitDriver,
    miniBrowser: browsers.miniBrowser,
  });
  // After the build and the servers, so that a failed one leaves no browser or display running behind it.
  const chromiumServer = await chromium.launchServer({ executablePath: chromePath, args: CHROMIUM_ARGS });
  project.provide("chromiumEndpoint", chromiumServer.wsEndpoint());
  const xvfb = await startXvfb(browsers.xvfb).catch(async (error) => {
    await chromiumServer.close();
    throw error;
  });
  project.provide("display", xvfb.display);
  // Open connections (a page still loading) would keep close() waiting: end them first.
  const close = (s: Server) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return async () => {
    await Promise.all([close(server), close(other), close(csp), close(reports), chromiumServer.close()]);
    xvfb.stop();
  };
}
