/** Shared test inputs built from the real geo/ data, each call a fresh copy. */
import { validateGeoDir } from "../../scripts/geo-files.ts";
import { buildMapData, indexDataset, type MapData } from "../../src/data/derive.ts";
import type { Dataset } from "../../src/data/parse.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { createEncoding, type Encoding, type Flavor, LIGHT } from "../../src/theme.ts";

export function realDataset(): Dataset {
  const result = validateGeoDir("geo");
  if (!result.ok) throw new Error("geo/ is invalid; see tests/geo-data.test.ts");
  return result.dataset;
}

export function realMapData(lang: "de" | "en" = "de"): MapData {
  const dataset = realDataset();
  return buildMapData(dataset, indexDataset(dataset), createI18n(lang));
}

export function realEncoding(flavor: Flavor = LIGHT): Encoding {
  const data = realMapData();
  return createEncoding(
    realDataset().headquarters.map((hq) => hq.properties.id),
    data.sites.features.filter((f) => f.properties.hasPower).map((f) => f.properties.powerMw),
    flavor,
  );
}
