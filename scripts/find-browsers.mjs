/**
 * Finds the browsers the tests run in: Chromium, Firefox and WebKit (WebKitGTK's WebDriver and MiniBrowser), and
 * Xvfb, the virtual display that Firefox and WebKit need for WebGL. On Debian as root it installs whatever is
 * missing from Debian's packages in one apt-get call (the only browsers this network can fetch); anywhere else
 * it stops with a message that says exactly what to install.
 *
 * Run directly to install and print them: `node scripts/find-browsers.mjs`.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Each tool: an environment variable that overrides the search, the places to look, the Debian package that
 * brings it, and what to tell someone on another system.
 */
const TOOLS = {
  chromium: {
    variable: "CHROME_PATH",
    names: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"],
    paths: [],
    debian: "chromium",
    advice: "on Debian or Ubuntu `sudo apt-get install chromium`, on macOS `brew install --cask chromium`",
  },
  firefox: {
    variable: "FIREFOX_PATH",
    names: ["firefox-esr", "firefox"],
    paths: [],
    debian: "firefox-esr",
    advice: "on Debian `sudo apt-get install firefox-esr`, elsewhere Firefox 128 or later",
  },
  webkitDriver: {
    variable: "WEBKIT_DRIVER_PATH",
    names: ["WebKitWebDriver"],
    paths: [],
    debian: "webkit2gtk-driver",
    advice: "on Debian `sudo apt-get install webkit2gtk-driver` (WebKitGTK's WebDriver and MiniBrowser)",
  },
  miniBrowser: {
    variable: "WEBKIT_BROWSER_PATH",
    names: [],
    paths: [
      "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
      "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
      "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
    ],
    debian: "webkit2gtk-driver",
    advice: "on Debian `sudo apt-get install webkit2gtk-driver`, which brings MiniBrowser with it",
  },
  xvfb: {
    variable: "XVFB_PATH",
    names: ["Xvfb"],
    paths: [],
    debian: "xvfb",
    advice: "on Debian or Ubuntu `sudo apt-get install xvfb` (Firefox and WebKit need a display for WebGL)",
  },
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function locate(tool) {
  const { variable, names, paths } = TOOLS[tool];
  const override = process.env[variable];
  if (override) {
    if (!existsSync(override)) throw new Error(`${variable}=${override} does not exist.`);
    return override;
  }
  for (const name of names) {
    for (const dir of (process.env.PATH ?? "").split(delimiter)) {
      if (dir && executable(join(dir, name))) return join(dir, name);
    }
  }
  return paths.find(executable) ?? null;
}

function safeRead(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function canInstall() {
  const debian = existsSync("/etc/debian_version") || /ID(_LIKE)?=.*debian/.test(safeRead("/etc/os-release"));
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  return debian && root;
}

/**
 * The paths of the named tools, installing the missing ones on Debian as root.
 * @template {keyof typeof TOOLS} K
 * @param {K[]} tools
 * @returns {Record<K, string>}
 */
export function findBrowsers(tools = /** @type {K[]} */ (Object.keys(TOOLS)), { install = true } = {}) {
  let missing = tools.filter((tool) => !locate(tool));
  if (missing.length > 0 && install && canInstall()) {
    const packages = [...new Set(missing.map((tool) => TOOLS[tool].debian))];
    console.error(`Installing Debian's ${packages.join(", ")} for the browser tests (apt-get)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
    missing = tools.filter((tool) => !locate(tool));
  }
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need ${missing.join(", ")}, which this machine lacks. Install them and rerun npm test: ` +
        missing.map((tool) => `${tool}: ${TOOLS[tool].advice} (or set ${TOOLS[tool].variable})`).join("; "),
    );
  }
  return /** @type {Record<K, string>} */ (Object.fromEntries(tools.map((tool) => [tool, locate(tool)])));
}

/** The Chromium alone, for the benchmark and Lighthouse. */
export function findChromium(options) {
  return findBrowsers(["chromium"], options).chromium;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [tool, path] of Object.entries(findBrowsers())) console.log(`${tool}: ${path}`);
}
