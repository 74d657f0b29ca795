// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { PICTURE_PAINTED_MARK, picturePainted, waitForReader } from "../../src/element/wait-for-reader.ts";

/** An IntersectionObserver the test drives: it remembers what it observes and whether it was disconnected. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
}

const win = document.defaultView as Window & { IntersectionObserver?: unknown };

function setUp(withObserver: boolean) {
  if (withObserver) win.IntersectionObserver = FakeObserver;
  const host = document.createElement("ai-infra-map");
  document.body.append(host);
  const start = vi.fn();
  const wait = new AbortController();
  waitForReader(host, wait.signal, start);
  return { host, start, wait, observer: FakeObserver.last };
}

afterEach(() => {
  delete win.IntersectionObserver;
  FakeObserver.last = null;
  document.body.replaceChildren();
  performance.clearMarks();
});

describe("the wait for the reader", () => {
  it("starts the map at once where nothing can tell when it is seen", () => {
    expect(setUp(false).start).toHaveBeenCalledTimes(1);
  });

  it("starts it on the reader's first pointer, focus or key in the element", () => {
    const { host, start, observer } = setUp(true);
    expect(observer?.observed).toEqual([host]);
    expect(observer?.options).toEqual({ rootMargin: "300px" });
    expect(start).not.toHaveBeenCalled();
    host.dispatchEvent(new Event("keydown"));
    host.dispatchEvent(new Event("keydown"));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts it once the element nears the viewport and its picture has been painted, and marks that", async () => {
    const { start, observer } = setUp(true);
    observer?.callback([{ isIntersecting: false }]);
    expect(observer?.disconnected).toBe(false);
    observer?.callback([{ isIntersecting: true }]);
    expect(observer?.disconnected).toBe(true);
    expect(start).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1));
    expect(performance.getEntriesByName(PICTURE_PAINTED_MARK, "mark")).toHaveLength(1);
  });

  it("ends with its signal before the element is seen: no observer, and a pointer starts nothing", () => {
    const { host, start, wait, observer } = setUp(true);
    wait.abort();
    // Only the abort can have disconnected it: the element never came near the viewport.
    expect(observer?.disconnected).toBe(true);
    host.dispatchEvent(new Event("pointerdown"));
    expect(start).not.toHaveBeenCalled();
  });

  it("ends with its signal while the picture is being painted: no start, no mark", async () => {
    const { host, start, wait, observer } = setUp(true);
    observer?.callback([{ isIntersecting: true }]);
    wait.abort();
    // The frame the element waits for: its own wait, begun first, has ended once this one has.
    await picturePainted(host, window);
    expect(start).not.toHaveBeenCalled();
    expect(performance.getEntriesByName(PICTURE_PAINTED_MARK, "mark")).toHaveLength(0);
  });
});
