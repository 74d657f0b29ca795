/**
 * The rows of the list, one per site and per company, with the figures, status and swatch each shows. The
 * side list, the list the build writes into the page for readers without JavaScript, and the chart read these.
 */

import type { Dataset } from "../data/dataset.ts";
import {
  currentStatus,
  type DataIndex,
  headlinePowerMw,
  keyGpuFigure,
  programmeFigure,
} from "../data/derive.ts";
import type { Figure, TimelineEntry } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import type { Flavor } from "../theme.ts";
import type { Encoding } from "./encoding.ts";

/** The small symbol before a row's name, drawn like the map draws the feature. */
export interface Swatch {
  shape: "site" | "hollow" | "company";
  colour: string;
}

export interface SiteRow {
  kind: "site";
  id: string;
  name: string;
  /** "50 MW · zunächst 23.040 GPUs (GB300)", or what the list says when a site has no figure. */
  figures: string;
  /** "Zeitplan geändert · 9. März 2026". */
  status: string;
  /** When the figures shown were stated: "Angaben vom 16.–17. September 2025". */
  dates: string;
  /** "Seit dem Artikel: …" when the site changed since the article; null otherwise. */
  since: string | null;
  powerMw: number | null;
  headline: Figure | undefined;
  gpus: Figure | undefined;
  swatch: Swatch;
}

export interface CompanyRow {
  kind: "company";
  id: string;
  name: string;
  /** The company's roles, e.g. "Eigentümer, Entwickler, Joint-Venture-Partner". */
  roles: string;
  since: string | null;
  swatch: Swatch;
}

export type Row = SiteRow | CompanyRow;

/** A site's status as the list and the "since the article" line write it: "Zeitplan geändert · 9. März 2026". */
export function statusLine(entry: TimelineEntry, i18n: I18n): string {
  return `${i18n.t(`stage.${entry.stage}`)} · ${i18n.dateText(entry.date)}`;
}

/** A figure as the list writes it; a programme's figure says whose it is ("Stargate UK: bis zu 8.000 GPUs"). */
function listed(figure: Figure, i18n: I18n): string {
  const value = i18n.figure(figure);
  return figure.programme
    ? i18n.t("list.programme", { programme: i18n.text(figure.programme), figure: value })
    : value;
}

export function siteRows(
  dataset: Dataset,
  index: DataIndex,
  i18n: I18n,
  flavor: Flavor,
  since: ReadonlyMap<string, string>,
): SiteRow[] {
  return dataset.sites.map((site) => {
    const id = site.properties.id;
    const headline = index.headlineBySubject.get(id);
    const gpus = keyGpuFigure(index, id);
    const status = currentStatus(index, id);
    const powerMw = headlinePowerMw(index, id);
    const own = [headline, gpus !== headline ? gpus : undefined].filter((f): f is Figure => f !== undefined);
    // A site with no figure of its own shows its programme's, labelled as the programme's.
    const programme = own.length === 0 ? programmeFigure(index, id) : undefined;
    const parts = programme ? [programme] : own;
    const dates = [...new Set(parts.map((f) => i18n.dateText(f.asOf)))];
    return {
      kind: "site",
      id,
      name: i18n.text(site.properties.shortName),
      figures: parts.map((f) => listed(f, i18n)).join(" · ") || i18n.t("list.noPower"),
      status: status ? statusLine(status, i18n) : "",
      dates: dates.length > 0 ? i18n.t("list.datedAt", { dates: dates.join(i18n.t("list.and")) }) : "",
      since: since.get(id) ?? null,
      powerMw,
      headline,
      gpus,
      swatch: { shape: powerMw === null ? "hollow" : "site", colour: flavor.site },
    };
  });
}

export function companyRows(
  dataset: Dataset,
  index: DataIndex,
  i18n: I18n,
  encoding: Encoding,
  since: ReadonlyMap<string, string>,
): CompanyRow[] {
  return dataset.headquarters.map((hq) => {
    const id = hq.properties.id;
    const outgoing = (index.relationsByEnd.get(id) ?? []).filter((r) => r.from === id);
    const roles = [...new Set(outgoing.map((r) => i18n.t(`role.${r.role}`)))];
    return {
      kind: "company",
      id,
      name: i18n.text(hq.properties.name),
      roles: roles.join(", "),
      since: since.get(id) ?? null,
      swatch: { shape: "company", colour: encoding.companyColor(id) },
    };
  });
}
