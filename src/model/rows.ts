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
  pauseOf,
  programmeFigure,
} from "../data/derive.ts";
import type { Figure, TimelineEntry } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";
import type { Flavor } from "../theme.ts";
import type { Encoding } from "./encoding.ts";
import { additionsTo, headlineText } from "./figure-label.ts";
import { relationState } from "./map-data.ts";

/** The small symbol before a row's name, drawn like the map draws the feature. */
export interface Swatch {
  shape: "site" | "hollow" | "company";
  colour: string;
}

export interface SiteRow {
  kind: "site";
  id: string;
  name: string;
  /** "50 MW · Lieferung: zunächst 23.040 GPUs (GB300)", or what the list says when a site has no figure. */
  figures: string;
  /** The GPU figure as the list and the chart write it, with what it is ("Ziel: 100.000 GPUs"). */
  gpusText: string | null;
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
  /**
   * The company's roles, e.g. "Eigentümer, Entwickler, Joint-Venture-Partner"; one that has ended or is paused
   * says where and since when ("Ankerkunde (Narvik: beendet · 14./15. April 2026)").
   */
  roles: string;
  since: string | null;
  swatch: Swatch;
}

export type Row = SiteRow | CompanyRow;

/**
 * A site's status as the list and the "since the article" line write it, with its confirmation level when it
 * is not confirmed: "infrage gestellt (unbestätigt) · 10. März 2026", as the details' badge says it.
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
  nameOf: (id: string) => string,
): SiteRow[] {
  const ctx = { i18n, nameOf };
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
    // A programme's figure stays in its row when the programme is paused, and says so.
    const paused = programme && pauseOf(index, id) ? ` (${i18n.t("popup.paused")})` : "";
    const shown = parts.flatMap((f) => [f, ...additionsTo(f, index)]);
    const dates = [...new Set(shown.map((f) => i18n.dateText(f.asOf)))];
    return {
      kind: "site",
      id,
      name: i18n.text(site.properties.shortName),
      figures: parts.map((f) => headlineText(f, index, ctx)).join(" · ") + paused || i18n.t("list.noPower"),
      gpusText: gpus ? headlineText(gpus, index, ctx) : null,
      status: status ? statusLine(status, i18n) : "",
      dates: dates.length > 0 ? i18n.t("list.datedAt", { dates: i18n.list(dates) }) : "",
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
  nameOf: (id: string) => string,
): CompanyRow[] {
  return dataset.headquarters.map((hq) => {
    const id = hq.properties.id;
    const outgoing = (index.relationsByEnd.get(id) ?? []).filter((r) => r.from === id);
    // Roles that hold first, then those that ended or are paused, each saying where and since when.
    const byState = [...outgoing].sort(
      (a, b) =>
        Number(relationState(a, index).state !== "active") -
        Number(relationState(b, index).state !== "active"),
    );
    const roles = [
      ...new Set(
        byState.map((r) => {
          const role = i18n.t(`role.${r.role}`);
          const { state, since: end } = relationState(r, index);
          if (state === "active") return role;
          const date = end ? i18n.dateText(end) : "";
          const words =
            state === "ended" ? `${i18n.t("popup.ended")} · ${date}` : i18n.t("popup.pausedSince", { date });
          return i18n.t("role.inactive", { role, site: nameOf(r.to), state: words });
        }),
      ),
    ];
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
