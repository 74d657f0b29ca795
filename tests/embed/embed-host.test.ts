// @vitest-environment jsdom
/** The host script tells an editor what a story iframe lacks, once, in words that say what to add. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connectFrames } from "../../src/embed/embed-host.ts";

const MAP = "https://maps.example.org/ai-infra-map/live/index.html?embed=1&lang=de";

function page(src: string) {
  document.body.innerHTML = `<div id="geschichte"><p data-aim-step data-as-of="2025-09-17">Eins</p></div>`;
  const frame = document.createElement("iframe");
  frame.className = "ai-infra-map";
  frame.dataset.aimStory = "#geschichte";
  frame.src = src;
  document.body.append(frame);
}

beforeEach(() => {
  // jsdom has no IntersectionObserver; the steps' watch needs only its shape here.
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      observe() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a story iframe's src", () => {
  it("without story=host draws one warning that names what to add", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    page(MAP);
    const stop = connectFrames(document);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('a story iframe needs "&story=host" in its src');
    stop();
  });

  it("with story=host draws no warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    page(`${MAP}&story=host`);
    const stop = connectFrames(document);
    expect(warn).not.toHaveBeenCalled();
    stop();
  });
});
