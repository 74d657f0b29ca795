import { describe, expect, it } from "vitest";
import { readStep, stateAt } from "../../src/story/steps.ts";

const warnings: string[] = [];
const ctx = {
  isSite: (id: string) => ["loughton", "stargate-norway"].includes(id),
  isCompany: (id: string) => ["microsoft", "openai"].includes(id),
  warn: (message: string) => warnings.push(message),
};
const read = (attributes: Record<string, string>, index = 0) => {
  warnings.length = 0;
  return readStep(attributes, index, ctx);
};

describe("a story step", () => {
  it("reads a date, a site, a camera and a highlight, and its id", () => {
    expect(
      read({
        id: "narvik",
        "data-as-of": "2025-10",
        "data-site": "stargate-norway",
        "data-camera": "stargate-norway",
        "data-highlight": "microsoft",
      }),
    ).toEqual({
      index: 0,
      id: "narvik",
      asOf: "2025-10",
      site: "stargate-norway",
      camera: { kind: "feature", id: "stargate-norway" },
      highlight: "microsoft",
    });
    expect(warnings).toEqual([]);
  });

  it("reads 'latest', 'none', a named view and a point", () => {
    expect(
      read({ "data-as-of": "latest", "data-site": "none", "data-camera": "uk", "data-highlight": "none" }),
    ).toEqual({
      index: 0,
      id: null,
      asOf: null,
      site: null,
      camera: { kind: "named", name: "uk" },
      highlight: null,
    });
    expect(read({ "data-camera": "0.09, 51.65, 9.5" }).camera).toEqual({
      kind: "point",
      center: [0.09, 51.65],
      zoom: 9.5,
    });
  });

  it("ignores what it does not know, with a warning that names the step and the value, never an error", () => {
    const step = read(
      {
        id: "x",
        "data-as-of": "gestern",
        "data-site": "atlantis",
        "data-camera": "200,100,3",
        "data-highlight": "loughton",
      },
      2,
    );
    expect(step).toEqual({ index: 2, id: "x" });
    expect(warnings).toEqual([
      'ai-infra-map: story step 3 (#x): data-as-of "gestern" is not a date (use 2025-09-17, 2026-04, 2027-Q1 or latest); ignored',
      'ai-infra-map: story step 3 (#x): data-site "atlantis" is no site or company; ignored',
      'ai-infra-map: story step 3 (#x): data-camera "200,100,3" is no view (use overview, europe, uk, a site or company id, or lng,lat,zoom); ignored',
      'ai-infra-map: story step 3 (#x): data-highlight "loughton" is no company; ignored',
    ]);
  });

  it("takes markup in a value for the text it is: no step, no error", () => {
    expect(read({ "data-site": '<img src=x onerror="alert(1)">' })).toEqual({ index: 0, id: null });
    expect(warnings[0]).toContain('data-site "<img src=x onerror="alert(1)">" is no site or company');
  });
});

describe("the state after a step", () => {
  const steps = [
    read({ "data-as-of": "2025-09-17", "data-camera": "overview" }, 0),
    read({ "data-as-of": "2025-10", "data-site": "stargate-norway", "data-highlight": "microsoft" }, 1),
    read({ "data-camera": "uk" }, 2),
    read({ "data-site": "none", "data-highlight": "none", "data-as-of": "latest" }, 3),
  ];

  it("keeps what a step does not name as the step before left it", () => {
    expect(stateAt(steps, 2)).toEqual({
      asOf: "2025-10",
      site: "stargate-norway",
      camera: { kind: "named", name: "uk" },
      highlight: "microsoft",
    });
  });

  it("leaves alone what no step has named yet: the reader's own selection stays", () => {
    expect(stateAt(steps, 0).site).toBeUndefined();
    expect(stateAt(steps, 0).highlight).toBeUndefined();
  });

  it("is the same whichever way the reader came: scrolling back restores the earlier step exactly", () => {
    expect(stateAt(steps, 0)).toEqual({ asOf: "2025-09-17", camera: { kind: "named", name: "overview" } });
    expect(stateAt(steps, 3)).toEqual({
      asOf: null,
      site: null,
      camera: { kind: "named", name: "uk" },
      highlight: null,
    });
  });
});
