/**
 * Finds a Chromium for the browser tests: CHROME_PATH first, then chromium or google-chrome on the PATH. On
 * Debian as root it installs Debian's `chromium` package when none is found (the only browser this network
 * can fetch); anywhere else it stops with a message that says exactly what to install.
 *
 * Run directly to print the path: `node scripts/find-chromium.mjs`.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {}
  }
  return null;
}

function isDebian() {
  return existsSync("/etc/debian_version") || /ID(_LIKE)?=.*debian/.test(safeRead("/etc/os-release"));
}

function safeRead(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

export function findChromium({ install = true } = {}) {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH))
      throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    return process.env.CHROME_PATH;
  }
  for (const name of CANDIDATES) {
    const path = onPath(name);
    if (path) return path;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (install && isDebian() && isRoot) {
    console.error("No Chromium found: installing Debian's chromium package (apt-get)...");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const path = onPath("chromium");
    if (path) return path;
  }
  throw new Error(
    "No Chromium or Chrome found for the browser tests. Install one and rerun npm test: " +
      "on Debian or Ubuntu `sudo apt-get install chromium`, on macOS `brew install --cask chromium`, " +
      "or set CHROME_PATH to the browser's executable.",
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(findChromium());
}
