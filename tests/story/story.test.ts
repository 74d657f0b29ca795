import { describe, expect, it } from "vitest";
import type { StoryState } from "../../src/story/steps.ts";
import { createRelayedStory } from "../../src/story/story.ts";

const ctx = {
  isSite: (id: string) => ["loughton", "stargate-norway"].includes(id),
  isCompany: (id: string) => ["microsoft", "openai"].includes(id),
  warn: () => {},
};

/** A story told by a host page: `tell(index)` is the host's message that the reader is at that step. */
function hostStory(steps: Record<string, string>[], initial: StoryState = { asOf: null, site: null }) {
  const applied: StoryState[] = [];
  let onStory:
    | ((message: {
        index: number;
        steps: { id: string | null; attributes: Record<string, string> }[];
      }) => void)
    | null = null;
  let stopped = false;
  const story = createRelayedStory({
    ctx,
    navHost: null,
    // biome-ignore lint/suspicious/noExplicitAny: no buttons here, so no words are needed.
    i18n: null as any,
    apply: (state) => applied.push(state),
    initial: () => initial,
    listen(callback) {
      onStory = callback;
      return () => {
        stopped = true;
      };
    },
    go: () => {},
  });
  const tell = (index: number) =>
    onStory?.({ index, steps: steps.map((attributes) => ({ id: null, attributes })) });
  return { applied, tell, story, stopped: () => stopped };
}

describe("a story's player", () => {
  const steps: Record<string, string>[] = [
    { "data-as-of": "2025-09-17" },
    {
      "data-as-of": "2025-10",
      "data-site": "stargate-norway",
      "data-highlight": "microsoft",
      "data-camera": "uk",
    },
    { "data-as-of": "2026-04" },
  ];
  const before: StoryState = {
    asOf: null,
    site: "loughton",
    highlight: null,
    camera: { kind: "named", name: "overview" },
  };

  it("gives the map only what a step changes, so the details a step opened stay open at the next", () => {
    const { applied, tell } = hostStory(steps, before);
    tell(0);
    expect(applied.at(-1)).toEqual({ asOf: "2025-09-17" });
    tell(1);
    expect(applied.at(-1)).toEqual({
      asOf: "2025-10",
      site: "stargate-norway",
      highlight: "microsoft",
      camera: { kind: "named", name: "uk" },
    });
    // Step 3 names only its date: the details, highlight and camera stay as step 2 left them, or as the reader
    // has since made them (a reader who opened Loughton's details or panned keeps them).
    tell(2);
    expect(applied.at(-1)).toEqual({ asOf: "2026-04" });
    // Back at step 2, only its date differs from what the story last applied.
    tell(1);
    expect(applied.at(-1)).toEqual({ asOf: "2025-10" });
  });

  it("restores, going back, what the map showed before a later step changed it, once", () => {
    const { applied, tell } = hostStory(steps, before);
    tell(0);
    tell(1);
    tell(0);
    // Kvandal's details, Microsoft's highlight and the UK camera came with step 2: back at step 1 they go.
    expect(applied.at(-1)).toEqual({ ...before, asOf: "2025-09-17" });
    // Reached again, step 1 changes nothing: what the reader does there now is theirs.
    tell(0);
    expect(applied.at(-1)).toEqual({});
    tell(1);
    expect(applied.at(-1)).toMatchObject({ site: "stargate-norway", camera: { kind: "named", name: "uk" } });
  });

  it("stops listening to the host when destroyed", () => {
    const { story, stopped } = hostStory(steps);
    story.destroy();
    expect(stopped()).toBe(true);
  });
});
