/** Shared test inputs built from the real geo/ data, each call a fresh copy. */
import { validateGeoDir } from "../../scripts/geo-files.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import type { Encoding } from "../../src/model/encoding.ts";
import type { MapData } from "../../src/model/map-data.ts";
import { buildView, type View } from "../../src/model/view.ts";
import { type Flavor, LIGHT } from "../../src/theme.ts";

export function realDataset(): Dataset {
  const result = validateGeoDir("geo");
  if (!result.ok) throw new Error("geo/ is invalid; see tests/facts/geo-data.test.ts");
  return result.dataset;
}

/** The view a reader gets of the real data: German, light and as of the edition unless asked otherwise. */
export function realView(
  lang: "de" | "en" = "de",
  flavor: Flavor = LIGHT,
  dataset = realDataset(),
  asOf?: string,
): View {
  return buildView(dataset, { lang, theme: flavor.name, ...(asOf ? { asOf } : {}) });
}

export function realMapData(lang: "de" | "en" = "de"): MapData {
  return realView(lang).map;
}

export function realEncoding(flavor: Flavor = LIGHT): Encoding {
  return realView("de", flavor).encoding;
}
