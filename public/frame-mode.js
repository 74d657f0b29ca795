// Runs before the first paint, so every reader loads it: why, in ARCHITECTURE.md ("The embeds").
var aimParams = new URLSearchParams(location.search);
if (aimParams.get("embed") === "1") {
  document.documentElement.classList.add("frame-embed");
  // In a story the host page sizes the iframe, and the map fills it.
  if (aimParams.get("story") === "host") document.documentElement.classList.add("frame-story");
}
if (aimParams.get("lang") === "en") {
  document.documentElement.setAttribute("data-aim-lang", "en");
}
