/**
 * The map's own toolbar: "show all" and the layer switches. Plain DOM with callbacks; it never sees the map.
 */
import { el } from "../dom/dom.ts";
import type { I18n } from "../i18n/index.ts";
import type { LayerGroup } from "./create-map.ts";

export interface ToolbarOptions {
  doc: Document;
  i18n: I18n;
  onShowAll(): void;
  onToggle(group: LayerGroup, visible: boolean): void;
}

export interface Toolbar {
  element: HTMLElement;
  destroy(): void;
}

const GROUPS: readonly LayerGroup[] = ["sites", "headquarters", "relations"];

export function createToolbar({ doc, i18n, onShowAll, onToggle }: ToolbarOptions): Toolbar {
  const showAll = el(doc, "button", {
    class: "toolbar-button show-all",
    text: i18n.t("controls.showAll"),
    attrs: { type: "button" },
  });
  const onShowAllClick = () => onShowAll();
  showAll.addEventListener("click", onShowAllClick);
  const toggles = GROUPS.map((group) => {
    const input = el(doc, "input", { attrs: { type: "checkbox", name: group, checked: "" } });
    const onChange = () => onToggle(group, input.checked);
    input.addEventListener("change", onChange);
    return { input, onChange, label: el(doc, "label", {}, input, ` ${i18n.t(`layer.${group}`)}`) };
  });
  const layers = el(
    doc,
    "details",
    { class: "layers" },
    el(doc, "summary", { class: "toolbar-button", text: i18n.t("controls.layers") }),
    el(
      doc,
      "fieldset",
      {},
      el(doc, "legend", { class: "visually-hidden", text: i18n.t("controls.layers") }),
      ...toggles.map((t) => t.label),
    ),
  );
  const element = el(doc, "div", { class: "maplibregl-ctrl toolbar" }, showAll, layers);
  return {
    element,
    destroy() {
      showAll.removeEventListener("click", onShowAllClick);
      for (const t of toggles) t.input.removeEventListener("change", t.onChange);
      element.remove();
    },
  };
}
