import { afterEach, describe, expect, it, vi } from "vitest";
import { reportHeight } from "../../src/embed/iframe-height.ts";
import { wordpressSecret } from "../../src/embed/iframe-page.ts";

describe("wordpressSecret", () => {
  it("reads the secret WordPress appends to the iframe's src", () => {
    expect(wordpressSecret("#?secret=a1B2c3D4e5")).toBe("a1B2c3D4e5");
  });

  it("takes ten characters, as WordPress's own embed page does", () => {
    expect(wordpressSecret("#?secret=a1B2c3D4e5f6")).toBe("a1B2c3D4e5");
    expect(wordpressSecret("#?secret=short")).toBeNull();
  });

  it("is null without a secret: a camera hash, an early tap's site, nothing", () => {
    expect(wordpressSecret("#3.2/52.1/4.9")).toBeNull();
    expect(wordpressSecret("#aim-loughton")).toBeNull();
    expect(wordpressSecret("")).toBeNull();
  });
});

describe("reportHeight", () => {
  /** A window whose page is `height` px tall, in an iframe whose parent records what it is sent. */
  function framedWindow(height: number) {
    const sent: unknown[] = [];
    const win = {
      document: { documentElement: { getBoundingClientRect: () => ({ height }) } },
      parent: { postMessage: (message: unknown) => sent.push(message) },
      addEventListener() {},
      removeEventListener() {},
      setTimeout: () => 0,
      clearTimeout() {},
    };
    return { win: win as unknown as Window, sent };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends WordPress's height message, with the secret, only when WordPress gave one", () => {
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe() {}
        disconnect() {}
      },
    );
    const wordpress = framedWindow(612.4);
    reportHeight(wordpress.win, "a1B2c3D4e5")();
    expect(wordpress.sent).toContainEqual({ message: "height", value: 613, secret: "a1B2c3D4e5" });

    const elsewhere = framedWindow(612.4);
    reportHeight(elsewhere.win)();
    expect(elsewhere.sent).toEqual([
      { type: "ai-infra-map:height", version: 1, height: 613 },
      { sentinel: "amp", type: "embed-size", height: 613 },
    ]);
  });
});
