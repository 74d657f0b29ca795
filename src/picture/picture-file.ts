/**
 * A snippet's picture file and its dark twin (map-de.svg, map-de-dark.svg): the element swaps one for the other
 * before the map starts, and the picture map shows the one for its view's theme. No imports, so that the
 * element can use it before anything else has loaded.
 */

/** The picture file for a theme; a file that is not one of the build's pictures is kept as it is. */
export function fileForTheme(file: string, theme: string): string {
  if (!/\/map-[a-z]{2}(-dark)?\.svg$/.test(file)) return file;
  return file.replace(/(-dark)?\.svg$/, theme === "dark" ? "-dark.svg" : ".svg");
}
