import { describe, expect, it } from "vitest";
import { isHeightMessage } from "../../src/contract/messages.ts";

describe("isHeightMessage", () => {
  it("accepts only the documented shape", () => {
    expect(isHeightMessage({ type: "ai-infra-map:height", version: 1, height: 812 })).toBe(true);
  });

  it.each([
    null,
    "ai-infra-map:height",
    { type: "ai-infra-map:height", version: 1, height: "812px" },
    { type: "ai-infra-map:height", version: 2, height: 812 },
    { type: "other", version: 1, height: 812 },
    { type: "ai-infra-map:height", version: 1, height: Number.NaN },
    { type: "ai-infra-map:height", version: 1, height: 1e9 },
  ])("rejects %j", (data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});
