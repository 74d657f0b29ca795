/**
 * The live map's sites and companies as keyboard targets: a transparent 44-px button over each mark, kept
 * over it as the camera moves (through the MapView adapter), so a keyboard or screen reader user can reach a
 * marker, hear its name, open its details with Enter and walk to the next with the arrow keys
 * (src/a11y/key-walk.ts). One of them is in the Tab order at a time (a roving tabindex); the pointer goes
 * through them to the canvas. A marker that receives focus off screen is brought into view. destroy() removes
 * them and every listener.
 */
import { el } from "../dom/dom.ts";
import type { View } from "../model/view.ts";
import type { State, Store } from "../state/store.ts";
import type { MapView } from "./create-map.ts";

export interface MapMarkers {
  /** Shows another view of the same data: markers come and go with the date. */
  setView(view: View): void;
  /** Moves a focus left on the picture's link of a site (the picture has just given way) to its marker. */
  adoptFocus(): void;
  destroy(): void;
}

/** Half a marker: positions stay this far inside the map's box, so a focused marker never scrolls it. */
const HALF = 22;
/** A focused marker closer than this to an edge (px) is brought into view. */
const EDGE = 40;
/** The arrow keys and Home: announced to assistive technology as the markers' keys. */
export const WALK_KEYS = "ArrowUp ArrowDown ArrowLeft ArrowRight Home End";

export function createMapMarkers(options: {
  mapView: MapView;
  container: HTMLElement;
  store: Store;
  view: View;
}): MapMarkers {
  const { mapView, container, store } = options;
  let view = options.view;
  const doc = container.ownerDocument;
  const listeners = new AbortController();
  const { hint, group } = mountGroup(container, view);
  const buttons = () => [...group.querySelectorAll<HTMLButtonElement>("button.map-marker")];
  const lngLatOf = (button: HTMLElement) => view.entity(button.dataset.id ?? "")?.lngLat;
  const place = () => placeMarkers(buttons(), mapView, lngLatOf);
  const markerOf = (id: string) => buttons().find((b) => b.dataset.id === id);

  const show = () => {
    const current = buttons().find((b) => b.tabIndex === 0)?.dataset.id;
    group.replaceChildren(...view.targets.map((target) => markerButton(doc, target)));
    const all = buttons();
    (all.find((b) => b.dataset.id === current) ?? all[0])?.setAttribute("tabindex", "0");
    place();
    markSelected(buttons(), store.get());
  };

  group.addEventListener(
    "click",
    (event) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>("button.map-marker")?.dataset.id;
      if (id) store.select(id, "map");
    },
    { signal: listeners.signal },
  );
  group.addEventListener(
    "focusin",
    (event) => {
      const focused = (event.target as HTMLElement).closest<HTMLButtonElement>("button.map-marker");
      if (!focused) return;
      for (const button of buttons()) button.tabIndex = button === focused ? 0 : -1;
      const lngLat = lngLatOf(focused);
      if (lngLat) keepInView(mapView, lngLat);
    },
    { signal: listeners.signal },
  );
  const unsubscribe = store.subscribe((state, previous) => {
    markSelected(buttons(), state);
    if (closedByReader(state, previous, container))
      markerOf(previous.selectedId ?? "")?.focus({ preventScroll: true });
  });
  const stopFollowing = mapView.onViewChange(place);
  show();

  return {
    setView(next) {
      view = next;
      show();
    },
    adoptFocus() {
      const active = doc.activeElement as HTMLElement | null;
      if (!active?.classList.contains("picture-target")) return;
      markerOf(active.dataset.id ?? "")?.focus({ preventScroll: true });
    },
    destroy() {
      listeners.abort();
      unsubscribe();
      stopFollowing();
      group.remove();
      hint.remove();
    },
  };
}

/** The markers' group and its hint, right after the canvas in the Tab order. */
function mountGroup(container: HTMLElement, view: View) {
  const doc = container.ownerDocument;
  const hint = el(doc, "p", {
    class: "visually-hidden",
    text: view.i18n.t("markers.hint"),
    attrs: { id: "map-markers-hint" },
  });
  const group = el(doc, "div", {
    class: "map-markers",
    attrs: {
      role: "group",
      "aria-label": view.i18n.t("markers.label"),
      "aria-describedby": "map-markers-hint",
    },
  });
  // Right after the canvas in the Tab order, before MapLibre's controls: Tab from the map reaches the sites.
  const canvas = container.querySelector(".maplibregl-canvas-container");
  if (canvas) canvas.after(hint, group);
  else container.append(hint, group);
  return { hint, group };
}

function markerButton(doc: Document, target: View["targets"][number]): HTMLButtonElement {
  const button = el(doc, "button", {
    class: "map-marker",
    attrs: {
      type: "button",
      "aria-label": target.label,
      "aria-keyshortcuts": WALK_KEYS,
      "data-id": target.id,
      "data-kind": target.kind,
    },
  });
  button.tabIndex = -1;
  return button;
}

/** Each marker over its mark, kept inside the map's box. */
function placeMarkers(
  buttons: readonly HTMLButtonElement[],
  mapView: MapView,
  lngLatOf: (button: HTMLElement) => [number, number] | undefined,
) {
  const { width, height } = mapView.getView();
  for (const button of buttons) {
    const lngLat = lngLatOf(button);
    if (!lngLat) continue;
    const { x, y } = mapView.project(lngLat);
    button.style.left = `${Math.min(Math.max(x, HALF), width - HALF).toFixed(1)}px`;
    button.style.top = `${Math.min(Math.max(y, HALF), height - HALF).toFixed(1)}px`;
  }
}

function markSelected(buttons: readonly HTMLButtonElement[], { selectedId }: State) {
  for (const button of buttons) {
    if (button.dataset.id === selectedId) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

/** The map pans to keep the focused marker in view; one already in view stays where it is. */
function keepInView(mapView: MapView, lngLat: [number, number]) {
  const { x, y } = mapView.project(lngLat);
  const { width, height } = mapView.getView();
  if (x < EDGE || y < EDGE || x > width - EDGE || y > height - EDGE) mapView.moveTo({ center: lngLat });
}

/**
 * Whether closing the details brings the focus back to the marker they were opened from: when the focus was in
 * them (or went with them), a keyboard reader goes on from where they were. Details that a story step or the
 * page's script closes were not the reader's doing: the focus stays where the reader has it (a focus moved into
 * the map would also scroll the article under a reader who is only scrolling it).
 */
function closedByReader(state: State, previous: State, container: HTMLElement): boolean {
  if (!previous.selectedId || state.selectedId) return false;
  if (state.selectionSource === "story" || state.selectionSource === "api") return false;
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return !active || Boolean(active.closest(".aim-surface"));
}
