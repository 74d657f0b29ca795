/**
 * The rows of the list, one per site and per company, with the figures, status and swatch each shows. The
 * side list, the list the build writes into the page for readers without JavaScript, and the chart read these.
 */

import type { Dataset } from "../data/dataset.ts";
import { currentStatus, type DataIndex } from "../data/derive.ts";
import type { Relation, TimelineEntry } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import type { Flavor } from "../theme.ts";
import type { Encoding } from "./encoding.ts";
import { additionsTo } from "./figure-label.ts";
import { headlineFigures, type SiteHeadline } from "./headline.ts";
import { relationState } from "./map-data.ts";
import { roleWords } from "./relations.ts";

/** The small symbol before a row's name, drawn like the map draws the feature. */
export interface Swatch {
  shape: "site" | "hollow" | "company";
  colour: string;
}

export interface SiteRow {
  kind: "site";
  id: string;
  /** "Kvandal": as labels, bars and roles name it. */
  name: string;
  /** "Kvandal (bei Narvik)": as the list and the map in words name it first, with no map to place it. */
  firstMention: string;
  /** "geplant: 50 MW · Lieferung: zunächst 23.040 GPUs (GB300)": the headline's text (src/model/headline.ts). */
  figures: string;
  /** "widersprüchliche Angaben (unbestätigt) · 10. März 2026". */
  status: string;
  /** When the figures shown were stated: "Angaben vom 16.–17. September 2025". */
  dates: string;
  /** "Seit dem Artikel: …" when the site changed since the article; null otherwise. */
  since: string | null;
  /** The site's one headline, which every view of it shows. */
  headline: SiteHeadline;
  swatch: Swatch;
}

export interface CompanyRow {
  kind: "company";
  id: string;
  name: string;
  /**
   * The company's roles, e.g. "Eigentümer, Entwickler, Joint-Venture-Partner"; one that has ended or is paused
   * says where and since when ("Ankerkunde (angekündigt, kein Vertrag bekannt; Kvandal: beendet · 14./15.
   * April 2026)").
   */
  roles: string;
  since: string | null;
  swatch: Swatch;
}

export type Row = SiteRow | CompanyRow;

/**
 * A site's status as the list and the "since the article" line write it, with its confirmation level when it
 * is not confirmed: "widersprüchliche Angaben (unbestätigt) · 10. März 2026", as the details' badge says it.
 */
export function statusLine(entry: TimelineEntry, i18n: I18n): string {
  const stage = i18n.t(`stage.${entry.stage}`);
  const word =
    entry.status === "confirmed"
      ? stage
      : i18n.t("status.inline", { stage, status: i18n.t(`status.${entry.status}`) });
  return `${word} · ${i18n.dateText(entry.date)}`;
}

export function siteRows(
  dataset: Dataset,
  index: DataIndex,
  i18n: I18n,
  flavor: Flavor,
  since: ReadonlyMap<string, string>,
  headlineOf: (siteId: string) => SiteHeadline,
): SiteRow[] {
  return dataset.sites.map((site) => {
    const id = site.properties.id;
    const headline = headlineOf(id);
    const status = currentStatus(index, id);
    const shown = headlineFigures(headline).flatMap((f) => [f, ...additionsTo(f, index)]);
    const dates = [...new Set(shown.map((f) => i18n.dateText(f.asOf)))];
    return {
      kind: "site",
      id,
      name: i18n.text(site.properties.shortName),
      firstMention: i18n.text(site.properties.firstMention ?? site.properties.shortName),
      figures: headline.text,
      status: status ? statusLine(status, i18n) : "",
      dates: dates.length > 0 ? i18n.t("list.datedAt", { dates: i18n.list(dates) }) : "",
      since: since.get(id) ?? null,
      headline,
      swatch: { shape: headline.powerMw === null ? "hollow" : "site", colour: flavor.site },
    };
  });
}

export function companyRows(
  dataset: Dataset,
  index: DataIndex,
  i18n: I18n,
  encoding: Encoding,
  since: ReadonlyMap<string, string>,
  nameOf: (id: string) => string,
): CompanyRow[] {
  return dataset.headquarters.map((hq) => {
    const id = hq.properties.id;
    const outgoing = (index.relationsByEnd.get(id) ?? []).filter((r) => r.from === id);
    return {
      kind: "company",
      id,
      name: i18n.text(hq.properties.name),
      roles: rolesText(outgoing, index, i18n, nameOf),
      since: since.get(id) ?? null,
      swatch: { shape: "company", colour: encoding.companyColor(id) },
    };
  });
}

/**
 * A company's roles, each named once, those that hold first: a role that ended or is paused at a site says
 * where and since when, beside the sites where it holds ("Chiplieferant (Loughton, Kvandal; Cobalt Park:
 * pausiert seit 9. April 2026)"), so one role is never listed twice.
 */
function rolesText(
  relations: readonly Relation[],
  index: DataIndex,
  i18n: I18n,
  nameOf: (id: string) => string,
): string {
  const byRole = new Map<string, { relation: Relation; holding: string[]; inactive: string[] }>();
  for (const relation of relations) {
    const key = `${relation.role}|${relation.basis}`;
    const entry = byRole.get(key) ?? { relation, holding: [], inactive: [] };
    byRole.set(key, entry);
    const { state, since } = relationState(relation, index);
    const date = since ? i18n.dateText(since) : "";
    if (state === "active") entry.holding.push(nameOf(relation.to));
    else
      entry.inactive.push(
        `${nameOf(relation.to)}: ${state === "ended" ? `${i18n.t("popup.ended")} · ${date}` : i18n.t("popup.pausedSince", { date })}`,
      );
  }
  // Roles that hold somewhere first; where one also ended or is paused, the sites where it holds are named too.
  return [...byRole.values()]
    .sort((a, b) => Number(a.holding.length === 0) - Number(b.holding.length === 0))
    .map(({ relation, holding, inactive }) =>
      roleWords(
        relation,
        i18n,
        inactive.length > 0 && holding.length > 0 ? [i18n.list(holding), ...inactive] : inactive,
      ),
    )
    .join(", ");
}
