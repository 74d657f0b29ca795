import { describe, expect, it } from "vitest";
import { NAMED_CAMERAS } from "../../src/contract/camera.ts";
import { pictureFrameBounds } from "../../src/geometry/bounds.ts";
import { cameraTarget, FEATURE_ZOOM, NAMED_VIEWS } from "../../src/story/camera.ts";
import { realView } from "../map/fixtures.ts";

describe("a step's camera", () => {
  it("fits a named view's box; 'overview' is the map's first view, the static picture's frame", () => {
    const [[west, south], [east, north]] = pictureFrameBounds();
    expect(cameraTarget({ kind: "named", name: "overview" }, realView())).toEqual({
      bounds: [west, south, east, north],
    });
    expect(cameraTarget({ kind: "named", name: "uk" }, realView())).toEqual({ bounds: NAMED_VIEWS.uk });
  });

  it("shows a site or company at its place, legibly close", () => {
    expect(cameraTarget({ kind: "feature", id: "stargate-norway" }, realView())).toEqual({
      center: [17.5571, 68.5492],
      zoom: FEATURE_ZOOM,
    });
  });

  it("has nothing to show for a site its view's date does not know yet", () => {
    expect(
      cameraTarget({ kind: "feature", id: "cobalt-park" }, realView("de", undefined, undefined, "2025-08")),
    ).toBeNull();
  });

  it("keeps every named view's box on the map: west before east, south before north", () => {
    expect(Object.keys(NAMED_VIEWS).sort()).toEqual([...NAMED_CAMERAS].sort());
    for (const [west, south, east, north] of Object.values(NAMED_VIEWS)) {
      expect(west).toBeLessThan(east);
      expect(south).toBeLessThan(north);
    }
  });
});
