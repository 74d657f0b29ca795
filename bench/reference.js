// The reference page: MapLibre v6 and the app's exported style, nothing else. It reports when the map is
// ready (first idle after load), as the app's element does, in window.__bench.ready.
import * as maplibregl from "./maplibre-gl.mjs";

const params = new URLSearchParams(location.search);
const container = document.getElementById("map");
// The same canvas size as the app's map in the same viewport, passed in by the runner.
container.style.setProperty("--width", `${params.get("w") ?? 800}px`);
container.style.setProperty("--height", `${params.get("h") ?? 600}px`);

const { style, bounds, icon } = await fetch("style.json").then((response) => response.json());
const map = new maplibregl.Map({ container, style, bounds, fitBoundsOptions: { padding: 0 } });
window.map = map;
map.on("styleimagemissing", (event) => {
  if (event.id !== icon.id || map.hasImage(icon.id)) return;
  const data = new Uint8Array(icon.data);
  map.addImage(
    icon.id,
    { width: icon.width, height: icon.height, data },
    { sdf: true, pixelRatio: icon.pixelRatio },
  );
});
map.once("load", () => {
  map.once("idle", () => {
    window.__bench.ready = performance.now();
  });
});

// A tap on a site opens a popup with its name, as a bare MapLibre map would offer details: what the bench's
// "tap answered" row times against the app's details.
map.on("click", ["sites-circle", "sites-hollow", "headquarters-symbol"], (event) => {
  const feature = event.features?.[0];
  if (!feature) return;
  const content = document.createElement("h2");
  content.textContent = String(feature.properties?.name ?? feature.properties?.label ?? feature.id);
  new maplibregl.Popup().setLngLat(event.lngLat).setDOMContent(content).addTo(map);
});
