// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { createSurface, SHEET_MAX_WIDTH } from "../../src/details/surface.ts";

function mount(width: number) {
  const frame = document.createElement("div");
  const area = document.createElement("div");
  const after = document.createElement("div");
  frame.append(area, after);
  document.body.replaceChildren(frame);
  Object.defineProperty(area, "clientWidth", { value: width });
  Object.defineProperty(area, "clientHeight", { value: 600 });
  const surface = createSurface({
    doc: document,
    area,
    closeLabel: "Details schließen",
    mapHeight: () => 600,
  });
  const onClose = vi.fn();
  const open = (y = 400) =>
    surface.open({
      content: document.createElement("div"),
      className: "aim-popup",
      anchor: { x: 200, y },
      targetY: y,
      onClose,
    });
  return { frame, area, after, surface, onClose, open };
}

/** A pointer event jsdom can dispatch (it has no PointerEvent constructor of its own). */
function pointer(type: string, clientY: number): Event {
  return Object.assign(new MouseEvent(type, { bubbles: true, clientY }), { pointerId: 1 });
}

describe("the details surface", () => {
  it("opens a card in a wide map area beside the feature, above it when the feature is in the lower half", () => {
    const { area, open } = mount(800);
    const card = open(400);
    expect(card.parentElement).toBe(area);
    expect(card.classList.contains("popover")).toBe(true);
    expect(card.style.bottom).toBe(`${600 - 400 + 16}px`);
    expect(open(100).style.top).toBe(`${100 + 16}px`);
  });

  it("opens a sheet under the map in a narrow area, so the feature stays visible above it", () => {
    const { area, open } = mount(SHEET_MAX_WIDTH);
    const card = open();
    expect(card.classList.contains("sheet")).toBe(true);
    expect(area.nextElementSibling).toBe(card);
  });

  it("has one card at a time, and a named close button that tells the owner", () => {
    const { surface, open, onClose } = mount(800);
    open();
    const card = open();
    expect(document.querySelectorAll(".aim-surface")).toHaveLength(1);
    const close = card.querySelector<HTMLButtonElement>(".surface-close");
    expect(close?.getAttribute("aria-label")).toBe("Details schließen");
    close?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(surface.element).toBeNull();
  });

  it("closes a sheet swiped down on its grip far enough, and snaps back from a short drag", () => {
    const { surface, open, onClose } = mount(375);
    const card = open();
    const grip = card.querySelector(".surface-grip");
    grip?.dispatchEvent(pointer("pointerdown", 100));
    grip?.dispatchEvent(pointer("pointermove", 130));
    expect(card.style.transform).toBe("translateY(30px)");
    grip?.dispatchEvent(pointer("pointerup", 130));
    expect(card.style.transform).toBe("");
    expect(onClose).not.toHaveBeenCalled();
    grip?.dispatchEvent(pointer("pointerdown", 100));
    grip?.dispatchEvent(pointer("pointerup", 170));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(surface.element).toBeNull();
  });

  it("does not call the owner back when the owner closes it", () => {
    const { surface, open, onClose } = mount(800);
    open();
    surface.close();
    expect(onClose).not.toHaveBeenCalled();
    expect(document.querySelector(".aim-surface")).toBeNull();
  });
});
