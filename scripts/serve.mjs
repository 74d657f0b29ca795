/**
 * `npm start`'s server: dist/ on http://127.0.0.1:4173/ with the cache headers the hosting table of
 * docs/editors.md names (scripts/cache-headers.mjs); the root leads to the live channel's page.
 * Plain JavaScript, so that Node runs it without a build step.
 */
import { createServer } from "node:http";
import { cachedDirectory } from "./cache-headers.mjs";

const HOST = "127.0.0.1";
const PORT = 4173;

const serve = cachedDirectory("dist");
createServer((request, response) => {
  if (request.url === "/" || request.url === "/index.html") {
    response.writeHead(302, { Location: "/live/index.html" }).end();
    return;
  }
  serve(request, response);
}).listen(PORT, HOST, () =>
  console.log(`Serving dist/ at http://${HOST}:${PORT}/ (the live channel: /live/)`),
);
