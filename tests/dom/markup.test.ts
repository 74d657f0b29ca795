import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/dom/markup.ts";

describe("escapeXml", () => {
  it("escapes text, so markup in the data stays text", () => {
    expect(escapeXml(`<img src=x onerror="alert(1)">&'`)).toBe(
      "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;",
    );
  });
});
