/**
 * The command-line flags for the system Chromium, shared by the browser tests and the benchmark: they work
 * headless as root on these machines, WebGL runs in software (SwiftShader), and the networking ones stop calls
 * to Google's hosts.
 */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
  "--enable-unsafe-swiftshader",
];
