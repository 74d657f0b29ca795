import { describe, expect, it } from "vitest";
import { createStore } from "../../src/state/store.ts";

describe("createStore", () => {
  it("tells every subscriber about a selection, with the previous state", () => {
    const store = createStore();
    const seen: [string | null, string | null][] = [];
    store.subscribe((state, previous) => seen.push([previous.selectedId, state.selectedId]));
    store.select("loughton", "list");
    store.select(null, "popup");
    expect(seen).toEqual([
      [null, "loughton"],
      ["loughton", null],
    ]);
    expect(store.get().selectionSource).toBe("popup");
  });

  it("stays quiet when nothing changes", () => {
    const store = createStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.hover(null);
    store.select(null);
    expect(calls).toBe(0);
  });

  it("ignores ids it does not know, so a bad URL cannot select a ghost", () => {
    const store = createStore((id) => id === "loughton");
    store.select("atlantis", "url");
    expect(store.get().selectedId).toBeNull();
    store.hover("atlantis");
    expect(store.get().hoverId).toBeNull();
  });

  it("stops calling a listener once it has unsubscribed", () => {
    const store = createStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.select("a");
    unsubscribe();
    store.select("b");
    expect(calls).toBe(1);
  });

  it("tells of the same selection made by another hand, and stays quiet when the same hand makes it again", () => {
    const store = createStore(() => true);
    const heard: string[] = [];
    store.subscribe((state) => heard.push(`${state.selectedId} by ${state.selectionSource}`));
    store.select("loughton", "story");
    store.select("loughton", "story");
    store.select("loughton", "map");
    store.select("loughton", "map");
    store.select(null, "popup");
    store.select(null, "api");
    expect(heard).toEqual(["loughton by story", "loughton by map", "null by popup"]);
  });
});
