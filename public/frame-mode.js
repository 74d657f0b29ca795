// Runs before the first paint, so every reader loads it: why, in ARCHITECTURE.md ("The embeds").
var aimParams = new URLSearchParams(location.search);
var aimRoot = document.documentElement;
if (aimParams.get("embed") === "1") {
  aimRoot.classList.add("frame-embed");
  if (aimParams.get("story") === "host") aimRoot.classList.add("frame-story");
}
if (aimParams.get("lang") === "en") aimRoot.setAttribute("data-aim-lang", "en");
