// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createDownloadControls } from "../../src/download/controls.ts";
import { createI18n } from "../../src/i18n/index.ts";

function mount(onImage: () => Promise<void>, onData = async () => {}, lang: "de" | "en" = "de") {
  const container = document.createElement("div");
  document.body.append(container);
  const controls = createDownloadControls({ container, i18n: createI18n(lang), onImage, onData });
  const buttons = [...container.querySelectorAll("button")];
  return { container, controls, buttons, status: container.querySelector('[role="status"]') };
}

describe("the download controls", () => {
  it("are two real buttons named in the reader's language", () => {
    expect(mount(async () => {}).buttons.map((b) => [b.type, b.textContent])).toEqual([
      ["button", "Bild herunterladen"],
      ["button", "Daten herunterladen"],
    ]);
    expect(mount(async () => {}, undefined, "en").buttons.map((b) => b.textContent)).toEqual([
      "Download image",
      "Get the data",
    ]);
  });

  it("make the picture once per click, even when clicked again while it is being made", async () => {
    let finish = () => {};
    const onImage = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { buttons } = mount(onImage);
    buttons[0]?.click();
    expect(buttons[0]?.getAttribute("aria-disabled")).toBe("true");
    buttons[0]?.click();
    expect(onImage).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(buttons[0]?.hasAttribute("aria-disabled")).toBe(false));
    buttons[0]?.click();
    expect(onImage).toHaveBeenCalledTimes(2);
  });

  it("say so when a download fails, and clear the message on the next try", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let fail = true;
    const { buttons, status } = mount(async () => {
      if (fail) throw new Error("tainted");
    });
    buttons[0]?.click();
    await vi.waitFor(() =>
      expect(status?.textContent).toBe("Der Download ist fehlgeschlagen. Bitte erneut versuchen."),
    );
    expect(warn).toHaveBeenCalled();
    fail = false;
    buttons[0]?.click();
    expect(status?.textContent).toBe("");
    warn.mockRestore();
  });

  it("hand the data over on a click, and leave nothing behind when destroyed", () => {
    const onData = vi.fn(async () => {});
    const { buttons, container, controls } = mount(async () => {}, onData);
    buttons[1]?.click();
    expect(onData).toHaveBeenCalledTimes(1);
    controls.destroy();
    expect(container.childElementCount).toBe(0);
  });
});
