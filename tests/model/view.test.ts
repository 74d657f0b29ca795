import { bbox } from "@turf/bbox";
import { describe, expect, it } from "vitest";
import { boxAround, buildView } from "../../src/model/view.ts";
import { DARK, LIGHT } from "../../src/theme.ts";
import { realDataset } from "../map/fixtures.ts";

const view = (lang: "de" | "en" = "de", theme: "light" | "dark" = "light") =>
  buildView(realDataset(), { lang, theme });

describe("the view model", () => {
  it("shows the story as of the edition's date unless told another", () => {
    expect(view().asOf).toBe(realDataset().edition.asOf);
    expect(buildView(realDataset(), { lang: "de", theme: "light", asOf: "2025-09-17" }).asOf).toBe(
      "2025-09-17",
    );
  });

  it("lists every site, then every company, each once, in the reader's language", () => {
    const de = view("de");
    expect(de.sites.map((row) => row.name)).toEqual(["Loughton", "Kvandal", "Cobalt Park"]);
    expect(de.companies.map((row) => row.name)).toEqual([
      "Nscale",
      "OpenAI",
      "Nvidia",
      "Aker ASA",
      "Microsoft",
    ]);
    expect(view("en").sites.find((row) => row.id === "cobalt-park")?.status).toBe(
      "paused (reported) · 9 April 2026",
    );
  });

  it("names a site by its short name and a company by its name, and knows nothing else", () => {
    const v = view();
    expect(v.entity("stargate-norway")).toMatchObject({ kind: "site", name: "Kvandal" });
    expect(v.entity("aker")).toMatchObject({ kind: "company", name: "Aker ASA" });
    expect(v.entity("atlantis")).toBeUndefined();
    expect(v.isKnown("loughton")).toBe(true);
    expect(v.isKnown("london")).toBe(false);
    expect(v.details("atlantis")).toBeNull();
  });

  it("places each site where the map draws it", () => {
    const v = view();
    const drawn = v.map.sites.features.find((f) => f.properties.id === "loughton")?.geometry.coordinates;
    expect(v.entity("loughton")?.lngLat).toEqual(drawn);
  });

  it("gives a company one colour in the list, the legend, the popups and the map's arcs", () => {
    const v = view();
    const colour = v.encoding.companyColor("microsoft");
    expect(v.companies.find((row) => row.id === "microsoft")?.swatch.colour).toBe(colour);
    expect(v.legend.companies.items.find((item) => item.id === "microsoft")?.colour).toBe(colour);
    const popupLine = v
      .details("stargate-norway")
      ?.relations?.items.find((r) => r.id === "microsoft-buys-stargate-norway");
    expect(popupLine?.colour).toBe(colour);
    expect(v.map.relations.features.some((f) => f.properties.from === "microsoft")).toBe(true);
  });

  it("draws the legend's power circles with the map's own radius for the same power", () => {
    const v = view();
    for (const circle of v.legend.power.circles)
      expect(circle.radius).toBe(v.encoding.siteRadius(circle.powerMw));
    expect(v.legend.power.circles.map((c) => c.label)).toEqual(["230 MW", "50 MW"]);
  });

  it("in the dark theme changes colours only: the same texts, figures and places", () => {
    const light = view("de", "light");
    const dark = view("de", "dark");
    expect(dark.flavor).toBe(DARK);
    expect(light.flavor).toBe(LIGHT);
    expect(dark.sites.map((r) => [r.name, r.figures, r.status])).toEqual(
      light.sites.map((r) => [r.name, r.figures, r.status]),
    );
    expect(dark.map).toEqual(light.map);
    expect(dark.encoding.companyColor("nscale")).not.toBe(light.encoding.companyColor("nscale"));
  });

  it("frames 'show all' around every site and headquarters, from San Francisco to Kvandal", () => {
    const [west, south, east, north] = view().allBounds;
    expect(west).toBeCloseTo(-122.389, 3);
    expect(south).toBeCloseTo(37.3541, 3);
    expect(east).toBeCloseTo(17.5571, 3);
    expect(north).toBeCloseTo(68.5492, 3);
  });

  it("draws that box exactly as @turf/bbox does, which the browser no longer downloads", () => {
    const { sites, headquarters } = realDataset();
    const points = [...sites, ...headquarters].map((f) => [...f.geometry.coordinates]);
    expect(boxAround(points)).toEqual(bbox({ type: "MultiPoint", coordinates: points }));
    expect(
      boxAround([
        [10, -5],
        [-3, 60],
        [170, 1],
      ]),
    ).toEqual(
      bbox({
        type: "MultiPoint",
        coordinates: [
          [10, -5],
          [-3, 60],
          [170, 1],
        ],
      }),
    );
  });

  it("orients the reader by the rank-1 cities: London, Oslo, San Francisco, Seattle", () => {
    expect(view().referenceCities.map((city) => city.name)).toEqual([
      "London",
      "Oslo",
      "San Francisco",
      "Seattle",
    ]);
  });

  it("titles the static picture with every site's label and every company", () => {
    expect(view().pictureTitle).toBe(
      "Karte der KI-Rechenzentren: Loughton · geplant: 50 MW, Kvandal · geplant: 230 MW, " +
        "Cobalt Park · Stargate UK, mögliche Abnahme: bis zu 8.000 GPUs (pausiert). " +
        "Firmensitze: Nscale, OpenAI, Nvidia, Aker ASA, Microsoft.",
    );
  });

  it("links a company to the sites and companies its relations name", () => {
    expect([...view().linked("aker").features].sort()).toEqual(["aker", "nscale", "stargate-norway"]);
  });

  it("leaves the data set as it found it", () => {
    const dataset = realDataset();
    const before = structuredClone(dataset);
    buildView(dataset, { lang: "en", theme: "dark" }).details("loughton");
    expect(dataset).toEqual(before);
  });
});
