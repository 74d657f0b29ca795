import { describe, expect, it, vi } from "vitest";
import { DEFAULTS, parseOptions } from "../../src/contract/options.ts";

function parse(values: Record<string, string>, origin: "attribute" | "url" = "attribute") {
  const warnings: string[] = [];
  const options = parseOptions(values, (message) => warnings.push(message), origin);
  return { options, warnings };
}

describe("parseOptions", () => {
  it("keeps the defaults, German first, when nothing is given", () => {
    expect(parse({})).toEqual({ options: DEFAULTS, warnings: [] });
    expect(DEFAULTS.lang).toBe("de");
  });

  it("accepts known values", () => {
    expect(parse({ lang: "en", theme: "dark", gestures: "greedy", site: "loughton" }).options).toMatchObject({
      lang: "en",
      theme: "dark",
      gestures: "greedy",
      site: "loughton",
    });
  });

  it.each([
    ["lang", "fr", 'unknown lang "fr", using "de"'],
    ["theme", "sepia", 'unknown theme "sepia", using "auto"'],
    ["gestures", "wild", 'unknown gestures "wild", using "auto"'],
    ["downloads", "no", 'downloads "no" is neither "on" nor "off"; using "on"'],
  ])("falls back from an unknown %s with a warning", (key, value, message) => {
    const { options, warnings } = parse({ [key]: value });
    expect(options).toEqual(DEFAULTS);
    expect(warnings).toEqual([`ai-infra-map: ${message}`]);
  });

  it("offers the downloads unless an attribute or a URL switches them off", () => {
    expect(DEFAULTS.downloads).toBe(true);
    expect(parse({ downloads: "off" }).options.downloads).toBe(false);
    expect(parse({ downloads: "off" }, "url").options.downloads).toBe(false);
    const off = parseOptions({ downloads: "off" }, () => {});
    expect(parseOptions({ downloads: "on" }, () => {}, "url", off).downloads).toBe(true);
    expect(parseOptions({}, () => {}, "url", off).downloads).toBe(false);
  });

  it("takes an online basemap from an attribute, but from a URL only when allow-listed", () => {
    const style = "https://tiles.example.com/style.json";
    expect(parse({ basemap: style }).options.basemap).toBe(style);
    const fromUrl = parse({ basemap: style }, "url");
    expect(fromUrl.options.basemap).toBeNull();
    expect(fromUrl.warnings[0]).toContain("is not on the allow-list");
  });

  it("refuses a basemap that is not an http(s) URL, even from an attribute", () => {
    const { options, warnings } = parse({ basemap: "javascript:alert(1)" });
    expect(options.basemap).toBeNull();
    expect(warnings[0]).toContain("is not an http(s) URL");
  });

  it("lets URL values override attribute values when given a base", () => {
    const base = parse({ lang: "en", theme: "dark" }).options;
    const merged = parseOptions({ theme: "light" }, () => {}, "url", base);
    expect(merged).toMatchObject({ lang: "en", theme: "light" });
  });
});

describe("the height option", () => {
  it("accepts a number of pixels in range, with or without px", () => {
    expect(parse({ height: "500" }).options.height).toBe(500);
    expect(parse({ height: "480px" }).options.height).toBe(480);
  });

  it.each(["50", "5000", "tall", "-1"])("falls back from %j with a warning", (value) => {
    const { options, warnings } = parse({ height: value });
    expect(options.height).toBeNull();
    expect(warnings[0]).toContain(`height "${value}"`);
  });
});

describe("parseOptions: headline and standfirst", () => {
  it("takes them from an attribute or an iframe embed's URL, trimmed", () => {
    const warn = vi.fn();
    expect(
      parseOptions({ headline: "  Wo die KI rechnet ", standfirst: "Drei Standorte." }, warn),
    ).toMatchObject({
      headline: "Wo die KI rechnet",
      standfirst: "Drei Standorte.",
    });
    expect(parseOptions({ headline: "Titel" }, warn, "frame-url").headline).toBe("Titel");
    expect(warn).not.toHaveBeenCalled();
  });

  it("ignores them in a top-level page's URL, with a warning", () => {
    const warn = vi.fn();
    expect(parseOptions({ headline: "Gefälscht" }, warn, "url").headline).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      "ai-infra-map: headline is only read from an attribute or an iframe embed's URL",
    );
  });

  it("shows none when the text is too long for a title", () => {
    const warn = vi.fn();
    expect(parseOptions({ headline: "x".repeat(161) }, warn).headline).toBeNull();
    expect(parseOptions({ headline: "x".repeat(160) }, warn).headline).toHaveLength(160);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe("the as-of option", () => {
  it("takes the data's date forms and falls back to the latest, with a warning, for anything else", () => {
    const warn = vi.fn();
    expect(parseOptions({ "as-of": "2025-09-17" }, warn).asOf).toBe("2025-09-17");
    expect(parseOptions({ "as-of": "2027-Q1" }, warn, "url").asOf).toBe("2027-Q1");
    expect(warn).not.toHaveBeenCalled();
    expect(parseOptions({ "as-of": "last tuesday" }, warn).asOf).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('as-of "last tuesday" is not a date'));
  });
});
