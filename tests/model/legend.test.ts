import { describe, expect, it } from "vitest";
import { ROLE_FAMILIES } from "../../src/data/vocabulary.ts";
import { legendModel } from "../../src/model/legend.ts";
import { ENDED_LINE, HOLLOW_SITE_RADIUS, ROLE_LINE } from "../../src/theme.ts";
import { realView } from "../map/fixtures.ts";

describe("the legend", () => {
  it("samples the data's own headline powers, largest first, each once", () => {
    const { power } = realView().legend;
    expect(power.circles.map((c) => c.powerMw)).toEqual([230, 50]);
    expect(power.maxRadius).toBe(power.circles[0]?.radius);
  });

  it("shows the hollow symbol at the size the map draws it, where the map draws a site without power", () => {
    expect(realView().legend.hollow?.radius).toBe(HOLLOW_SITE_RADIUS);
    const view = realView();
    const withPower = view.map.sites.features.filter((f) => f.properties.hasPower);
    const map = { ...view.map, sites: { ...view.map.sites, features: withPower } };
    expect(legendModel(view.encoding, view.flavor, view.i18n, map, view.companies).hollow).toBeNull();
    expect(view.legend.approximate).toEqual({ label: "Kreis um den Punkt: ungefährer Standort" });
  });

  it("has one line sample per role family drawn and one for ended or paused relations, dashes scaled by width as MapLibre does", () => {
    const lines = realView("en").legend.relations.lines;
    expect(lines.map((line) => line.id)).toEqual([...ROLE_FAMILIES, "ended"]);
    const supply = lines.find((line) => line.id === "supply");
    expect(supply?.dash).toEqual((ROLE_LINE.supply.dash ?? []).map((d) => d * ROLE_LINE.supply.width));
    expect(lines.find((line) => line.id === "build")?.dash).toBeNull();
    expect(lines.at(-1)).toMatchObject({ label: "ended or paused relation", width: ENDED_LINE.width });
  });

  it("shows only the relation families the view's date draws", () => {
    // In January 2025 Nscale owned and developed Loughton: nobody bought, supplied or financed anything yet.
    const lines = realView("en", undefined, undefined, "2025-01").legend.relations.lines;
    expect(lines.map((line) => line.id)).toEqual(["build"]);
  });

  it("lists every company with its name and its colour", () => {
    const v = realView();
    expect(v.legend.companies.items.map((item) => item.name)).toEqual(v.companies.map((row) => row.name));
  });
});
