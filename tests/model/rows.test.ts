import { describe, expect, it } from "vitest";
import { realView } from "../map/fixtures.ts";

const site = (id: string, lang: "de" | "en" = "de") => realView(lang).sites.find((row) => row.id === id);
const company = (id: string) => realView().companies.find((row) => row.id === id);

describe("the list's rows", () => {
  it("show Loughton's headline power beside its first confirmed GPU count, with their date, and its latest status", () => {
    expect(site("loughton")).toMatchObject({
      figures: "geplant: 50 MW · Lieferung: zunächst 23.040 GPUs (GB300)",
      dates: "Angaben vom 16./17. September 2025",
      status: "widersprüchliche Angaben (unbestätigt) · 10. März 2026",
    });
    expect(site("loughton")?.headline.powerMw).toBe(50);
  });

  it("show a programme's figure as the programme's, in the reader's language, and that it is paused", () => {
    const cobalt = realView("en", undefined, undefined, "2025-09-17").sites.find(
      (row) => row.id === "cobalt-park",
    );
    expect(cobalt?.figures).toBe("Stargate UK, possible offtake: up to 8,000 GPUs");
    expect(site("cobalt-park", "en")?.figures).toBe(
      "Stargate UK, possible offtake: up to 8,000 GPUs (paused)",
    );
  });

  it("draw a site without a power figure hollow, as the map does, and a company in its own colour", () => {
    expect(site("cobalt-park")?.swatch.shape).toBe("hollow");
    expect(site("loughton")?.swatch.shape).toBe("site");
    expect(company("nvidia")?.swatch).toEqual({
      shape: "company",
      colour: realView().encoding.companyColor("nvidia"),
    });
  });

  it("name each company's roles once, in the order of its relations, and where and since when one is paused", () => {
    expect(company("nscale")?.roles).toBe(
      "Eigentümer, Entwickler, Joint-Venture-Partner, Programmpartner (Cobalt Park: pausiert seit 9. April 2026)",
    );
    expect(company("microsoft")?.roles).toBe("Kunde (angekündigt, kein Vertrag bekannt), Kapazitätskäufer");
    // One role held at two sites and paused at a third is named once, with where it is paused.
    expect(company("nvidia")?.roles).toBe(
      "Chiplieferant (Loughton und Kvandal; Cobalt Park: pausiert seit 9. April 2026), Investor",
    );
  });

  it("show Loughton's planned 50 MW from January 2025, before any other figure, as its details do", () => {
    for (const asOf of ["2025-01", "2025-07-31"]) {
      const view = realView("de", undefined, undefined, asOf);
      expect(view.sites.find((row) => row.id === "loughton")?.figures).toBe("geplant: 50 MW");
      expect(view.details("loughton")?.noPower).toBeNull();
    }
  });

  it("say that OpenAI at Kvandal was an anchor customer only announced, as the details say", () => {
    const view = realView("en", undefined, undefined, "2025-07-31");
    expect(view.companies.find((row) => row.id === "openai")?.roles).toBe(
      "anchor customer (announced, no contract known)",
    );
  });
});
