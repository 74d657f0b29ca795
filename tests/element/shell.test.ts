// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { DEFAULTS } from "../../src/contract/options.ts";
import { createShell } from "../../src/element/shell.ts";
import { createI18n } from "../../src/i18n/index.ts";

function mount() {
  const host = document.createElement("div");
  document.body.append(host);
  const root = host.attachShadow({ mode: "open" });
  const fault = document.createElement("div");
  fault.className = "map-fault";
  const shell = createShell(root, document, fault);
  return { host, root, shell };
}
const visible = (root: ShadowRoot, selector: string) => {
  const element = root.querySelector<HTMLElement>(selector);
  return Boolean(element && !element.closest("[hidden]"));
};

describe("the element's shell", () => {
  it("before the start shows only the map's box and the picture's slot, at the map's size", () => {
    const { root, shell, host } = mount();
    shell.update({ ...DEFAULTS, height: 480 }, host);
    expect(visible(root, ".map")).toBe(true);
    expect(root.querySelector('slot[name="static"]')).not.toBeNull();
    expect(visible(root, ".panel")).toBe(false);
    expect(visible(root, ".credits")).toBe(false);
    expect(root.querySelector(".heading")).toBeNull();
    expect(host.style.getPropertyValue("--aim-map-height")).toBe("480px");
  });

  it("shows a title and standfirst only when they are set, as text", () => {
    const { root, shell, host } = mount();
    shell.update({ ...DEFAULTS, headline: "<b>KI</b>", standfirst: null }, host);
    expect(root.querySelector(".headline")?.textContent).toBe("<b>KI</b>");
    expect(root.querySelector(".headline")?.getAttribute("role")).toBe("heading");
    expect(root.querySelector(".standfirst")).toBeNull();
    shell.update(DEFAULTS, host);
    expect(root.querySelector(".heading")).toBeNull();
  });

  it("on start gives the map a new, labelled box in the map area, and reveals the panel only once it is filled", () => {
    const { root, shell } = mount();
    const before = shell.mapContainer;
    shell.start(createI18n("en"), 1000);
    expect(shell.mapContainer).not.toBe(before);
    expect(shell.mapContainer.parentElement).toBe(shell.mapArea);
    expect(root.querySelectorAll(".map")).toHaveLength(1);
    expect(shell.mapContainer.getAttribute("aria-label")).toBe(createI18n("en").t("app.mapLabel"));
    expect(root.querySelector(".panel-toggle")?.textContent).toBe(createI18n("en").t("list.toggle"));
    expect(visible(root, ".panel")).toBe(false);
    shell.showPanel();
    expect(visible(root, ".panel-body")).toBe(true);
    expect(visible(root, ".credits")).toBe(true);
  });

  it("shows the downloads' row under the credits only when something was put in it", () => {
    const { root, shell } = mount();
    shell.start(createI18n("de"), 1000);
    shell.showPanel();
    expect(visible(root, ".downloads")).toBe(false);
    expect(shell.downloads.previousElementSibling).toBe(shell.credits);
    shell.start(createI18n("de"), 1000);
    shell.downloads.append(document.createElement("button"));
    shell.showPanel();
    expect(visible(root, ".downloads")).toBe(true);
    shell.reset();
    expect(visible(root, ".downloads")).toBe(false);
    expect(shell.downloads.childElementCount).toBe(0);
  });

  it("starts with the list collapsed on a phone, and its toggle opens it", () => {
    const { root, shell } = mount();
    shell.start(createI18n("de"), 375);
    const toggle = root.querySelector<HTMLButtonElement>(".panel-toggle");
    expect(toggle?.getAttribute("aria-expanded")).toBe("false");
    expect(shell.panelBody.hidden).toBe(true);
    toggle?.click();
    expect(toggle?.getAttribute("aria-expanded")).toBe("true");
    expect(shell.panelBody.hidden).toBe(false);
  });

  it("places a new box after a restart even when the old map removed its own (as MapLibre does)", () => {
    const { root, shell } = mount();
    shell.start(createI18n("de"), 1000);
    shell.mapContainer.remove();
    shell.reset();
    shell.start(createI18n("de"), 1000);
    expect(shell.mapContainer.isConnected).toBe(true);
    expect(root.querySelectorAll(".map-area > .map")).toHaveLength(1);
  });

  it("goes back to the picture alone on reset, emptying what the app drew", () => {
    const { root, shell } = mount();
    shell.start(createI18n("de"), 1000);
    shell.showPanel();
    shell.panelBody.append(document.createElement("ul"));
    shell.reset();
    expect(visible(root, ".panel")).toBe(false);
    expect(shell.panelBody.childElementCount).toBe(0);
    expect(shell.mapContainer.hasAttribute("role")).toBe(false);
    shell.destroy();
    expect(root.childElementCount).toBe(0);
  });
});
