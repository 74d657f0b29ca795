// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import { createToolbar } from "../../src/map/toolbar.ts";

function mount() {
  const calls: string[] = [];
  const toolbar = createToolbar({
    doc: document,
    i18n: createI18n("en"),
    onShowAll: () => calls.push("all"),
    onToggle: (group, visible) => calls.push(`${group}:${visible}`),
  });
  document.body.append(toolbar.element);
  return { toolbar, calls };
}

describe("the toolbar", () => {
  it("shows all on its button and switches each layer group by a labelled checkbox", () => {
    const { toolbar, calls } = mount();
    toolbar.element.querySelector<HTMLButtonElement>("button.show-all")?.click();
    const relations = toolbar.element.querySelector<HTMLInputElement>('input[name="relations"]');
    relations?.click();
    expect(calls).toEqual(["all", "relations:false"]);
    expect(relations?.closest("label")?.textContent?.trim()).toBe(createI18n("en").t("layer.relations"));
    expect(toolbar.element.querySelectorAll("input[type=checkbox]")).toHaveLength(3);
  });

  it("stops answering and leaves the page when destroyed", () => {
    const { toolbar, calls } = mount();
    const button = toolbar.element.querySelector<HTMLButtonElement>("button.show-all");
    if (!button) throw new Error("no show-all button");
    toolbar.destroy();
    button.click();
    expect(calls).toEqual([]);
    expect(toolbar.element.isConnected).toBe(false);
  });
});
