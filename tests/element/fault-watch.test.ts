import { describe, expect, it, vi } from "vitest";
import { createMapFaultWatch, watchFont } from "../../src/element/fault-watch.ts";
import type { FontStatus } from "../../src/map/fonts.ts";

class FakeFontStatus extends EventTarget implements FontStatus {
  constructor(public failed = false) {
    super();
  }
  fail() {
    this.failed = true;
    this.dispatchEvent(new Event("failed"));
  }
}

describe("the font watch", () => {
  it("reports a font that failed while the picture was showing, and one that fails later, as not fatal", () => {
    const report = vi.fn();
    watchFont(new FakeFontStatus(true), new AbortController().signal, report);
    expect(report).toHaveBeenCalledWith("font", expect.any(Error), false);
    const later = new FakeFontStatus();
    watchFont(later, new AbortController().signal, report);
    later.fail();
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls[1]?.[1].message).toBe(
      "ai-infra-map: the font AIM Noto Sans could not be loaded",
    );
  });

  it("ends with its signal", () => {
    const report = vi.fn();
    const status = new FakeFontStatus();
    const watch = new AbortController();
    watchFont(status, watch.signal, report);
    watch.abort();
    status.fail();
    expect(report).not.toHaveBeenCalled();
  });
});

describe("the map's faults", () => {
  function setUp(showsError = true) {
    const hooks = { report: vi.fn(), showsError: vi.fn(() => showsError), recovered: vi.fn() };
    return { hooks, watch: createMapFaultWatch(hooks) };
  }

  it("report a failed basemap or resource without stopping the map", () => {
    const { hooks, watch } = setUp();
    const error = new Error("404");
    watch.onFault({ kind: "basemap", error });
    watch.onFault({ kind: "map", error });
    expect(hooks.report.mock.calls).toEqual([
      ["basemap", error, false],
      ["map", error, false],
    ]);
  });

  it("stop the map when the context is lost, and make it whole when it comes back", () => {
    const { hooks, watch } = setUp();
    watch.onFault({ kind: "context-lost" });
    expect(hooks.report).toHaveBeenCalledWith("context-lost", expect.any(Error), true);
    watch.onFault({ kind: "context-restored" });
    expect(hooks.recovered).toHaveBeenCalledTimes(1);
    // Once whole, another "restored" changes nothing.
    watch.onFault({ kind: "context-restored" });
    expect(hooks.recovered).toHaveBeenCalledTimes(1);
  });

  it("leave the map as it is when a context comes back that was not lost, or no longer shows the fault", () => {
    const whole = setUp();
    whole.watch.onFault({ kind: "context-restored" });
    expect(whole.hooks.recovered).not.toHaveBeenCalled();
    const retried = setUp(false);
    retried.watch.onFault({ kind: "context-lost" });
    retried.watch.onFault({ kind: "context-restored" });
    expect(retried.hooks.recovered).not.toHaveBeenCalled();
  });

  it("forget a lost context when the map is stopped", () => {
    const { hooks, watch } = setUp();
    watch.onFault({ kind: "context-lost" });
    watch.reset();
    watch.onFault({ kind: "context-restored" });
    expect(hooks.recovered).not.toHaveBeenCalled();
  });
});
