/**
 * npm run lighthouse: Lighthouse 12.2.3 on the demo news article (both embeds), served on loopback with the
 * strict Content-Security-Policy, in the system Chromium. Prints the performance, accessibility and
 * best-practices scores and every audit that did not pass in the last two.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import sirv from "sirv";
import { build } from "vite";
import { CHROMIUM_ARGS } from "../scripts/chromium-args.mjs";
import { findChromium } from "../scripts/find-browsers.mjs";
import { STRICT_CSP } from "../scripts/strict-csp.mjs";

const root = resolve(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
process.env.NODE_ENV = "production";
await build({ root, logLevel: "warn", mode: "production" });

const serve = sirv(join(root, "dist"), { dev: false, etag: true, gzip: false });
const server = createServer((request, response) => {
  response.setHeader("Content-Security-Policy", STRICT_CSP);
  serve(request, response, () => response.writeHead(404).end());
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/v/${version}/demo/article.html`;

// Lighthouse drives the browser over the DevTools protocol; a free port is found by asking for port 0.
const port = await new Promise((done) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
});
try {
  const result = await lighthouse(url, {
    port,
    logLevel: "error",
    output: "json",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  });
  const { categories, audits } = result.lhr;
  console.log(
    `Lighthouse ${result.lhr.lighthouseVersion} on ${url} (${result.lhr.environment.hostUserAgent})`,
  );
  for (const category of Object.values(categories)) {
    console.log(`${category.title}: ${Math.round((category.score ?? 0) * 100)}`);
  }
  for (const id of ["accessibility", "best-practices"]) {
    for (const ref of categories[id].auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        console.log(`  not passed (${id}): ${audit.id}: ${audit.title}`);
    }
  }
  const metrics = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
  ];
  for (const id of metrics) console.log(`  ${audits[id].title}: ${audits[id].displayValue}`);
} finally {
  await browser.close();
  server.close();
}
