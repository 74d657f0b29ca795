/**
 * What the legend shows, from the same encoding as the map: sample circles for the data's own headline powers
 * (sizes from the shared square-root scale), the company colours (the shared ordinal scale), and a line sample
 * per role family. It shows only what the view draws: a relation family, the ended line, the hollow circle and
 * the approximate ring each appear only when the map of its date has one. The legend view only draws these; it
 * has no colours or sizes of its own.
 */
import { ROLE_FAMILIES } from "../data/vocabulary.ts";
import type { I18n } from "../i18n/index.ts";
import { ENDED_LINE, type Flavor, HOLLOW_SITE_RADIUS, ROLE_LINE } from "../theme.ts";
import type { Encoding } from "./encoding.ts";
import type { MapData } from "./map-data.ts";
import type { CompanyRow } from "./rows.ts";

export interface LegendCircle {
  powerMw: number;
  radius: number;
  label: string;
}

export interface LegendLine {
  /** A role family, or "ended". */
  id: string;
  label: string;
  /** "currentColor" for current relations (their colour is the company's), the theme's grey for ended ones. */
  colour: string;
  width: number;
  /** Dash pattern in px (already scaled by the width, as MapLibre scales it), or null for a solid line. */
  dash: readonly number[] | null;
}

export interface LegendModel {
  heading: string;
  power: { caption: string; circles: LegendCircle[]; maxRadius: number };
  /** Null when every site drawn has a power figure. */
  hollow: { label: string; radius: number } | null;
  /** Null when every point drawn is exact. */
  approximate: { label: string } | null;
  companies: { caption: string; items: { id: string; name: string; colour: string }[] };
  relations: { caption: string; lines: LegendLine[] };
  /** The theme colours the samples use. */
  colours: { site: string; precisionHalo: string };
}

export function legendModel(
  encoding: Encoding,
  flavor: Flavor,
  i18n: I18n,
  map: MapData,
  companies: readonly CompanyRow[],
): LegendModel {
  const sites = map.sites.features.map((f) => f.properties);
  const relations = map.relations.features.map((f) => f.properties);
  const drawn = new Set(relations.filter((r) => !r.inactive).map((r) => r.family));
  const anyInactive = relations.some((r) => r.inactive);
  const anyApproximate = [...sites, ...map.companies.features.map((f) => f.properties)].some(
    (p) => p.approximate,
  );
  // Largest first, so the nested circles are drawn back to front.
  const sizes = [...new Set(sites.filter((p) => p.hasPower).map((p) => p.powerMw))].sort((a, b) => b - a);
  const scaled = (dash: readonly number[] | null, width: number) =>
    dash ? dash.map((d) => d * width) : null;
  return {
    heading: i18n.t("legend.heading"),
    power: {
      caption: i18n.t("legend.power"),
      circles: sizes.map((mw) => ({
        powerMw: mw,
        radius: encoding.siteRadius(mw),
        label: `${i18n.number(mw)} MW`,
      })),
      maxRadius: encoding.siteRadius(sizes[0] ?? encoding.maxPowerMw),
    },
    hollow: sites.some((p) => !p.hasPower)
      ? { label: i18n.t("legend.noPower"), radius: HOLLOW_SITE_RADIUS }
      : null,
    approximate: anyApproximate ? { label: i18n.t("legend.approximate") } : null,
    companies: {
      caption: i18n.t("legend.hq"),
      items: companies.map((row) => ({ id: row.id, name: row.name, colour: encoding.companyColor(row.id) })),
    },
    relations: {
      caption: i18n.t("legend.relations"),
      lines: [
        ...ROLE_FAMILIES.filter((family) => drawn.has(family)).map((family) => ({
          id: family,
          label: i18n.t(`family.${family}`),
          colour: "currentColor",
          width: ROLE_LINE[family].width,
          dash: scaled(ROLE_LINE[family].dash, ROLE_LINE[family].width),
        })),
        ...(anyInactive
          ? [
              {
                id: "ended",
                label: i18n.t("legend.ended"),
                colour: flavor.endedRelation,
                width: ENDED_LINE.width,
                dash: scaled(ENDED_LINE.dash, ENDED_LINE.width),
              },
            ]
          : []),
      ],
    },
    colours: { site: flavor.site, precisionHalo: flavor.precisionHalo },
  };
}
