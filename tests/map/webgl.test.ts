// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { WebGLUnavailableError, webglAvailable } from "../../src/map/webgl.ts";

describe("the WebGL check", () => {
  it("says no where the browser hands out no WebGL context (as jsdom does)", () => {
    expect(webglAvailable(document)).toBe(false);
  });

  it("says yes where a canvas gives a WebGL 1 context, WebGL 2 or not", () => {
    const doc = {
      createElement: () => ({ getContext: (kind: string) => (kind === "webgl" ? {} : null) }),
    } as unknown as Document;
    expect(webglAvailable(doc)).toBe(true);
  });

  it("says no, rather than failing, when asking throws", () => {
    const doc = {
      createElement: () => ({
        getContext: () => {
          throw new Error("blocked");
        },
      }),
    } as unknown as Document;
    expect(webglAvailable(doc)).toBe(false);
    expect(new WebGLUnavailableError().name).toBe("WebGLUnavailableError");
  });
});
