/*
 * Runs before the first paint of index.html: inside the iframe embed (index.html?embed=1) the page drops its
 * own heading and margins (src/page.css, .frame-embed), and it must do so before anything is painted, or the
 * picture would move up when the page's module script ran. A page in another language than the build's inline
 * German (?lang=en) is marked, so that no German heading or picture is painted before the element swaps them.
 * A classic, blocking script of a few bytes from the page's own origin: a strict Content-Security-Policy
 * (script-src 'self') allows it, as it allows the rest.
 */
var aimParams = new URLSearchParams(location.search);
if (aimParams.get("embed") === "1") {
  document.documentElement.classList.add("frame-embed");
  // In a story the host page sizes the iframe, and the map fills it.
  if (aimParams.get("story") === "host") document.documentElement.classList.add("frame-story");
}
if (aimParams.get("lang") === "en") {
  document.documentElement.setAttribute("data-aim-lang", "en");
}
