/**
 * The rows of the list, derived once from the data: pure, so the list, the chart and the tests read the same
 * key figures.
 */

import { parseDateValue } from "../data/dates.ts";
import { currentStatus, type DataIndex, headlinePowerMw } from "../data/derive.ts";
import type { Dataset } from "../data/parse.ts";
import type { Figure } from "../data/schema.ts";
import type { I18n } from "../i18n/index.ts";

export interface SiteRow {
  kind: "site";
  id: string;
  name: string;
  /** "50 MW · zunächst 23.040 GPUs (GB300)". */
  figures: string;
  /** "Zeitplan geändert · 9. März 2026". */
  status: string;
  powerMw: number | null;
  headline: Figure | undefined;
  gpus: Figure | undefined;
}

export interface CompanyRow {
  kind: "company";
  id: string;
  name: string;
  /** The company's roles, e.g. "Eigentümer, Entwickler, Joint-Venture-Partner". */
  roles: string;
}

export type Row = SiteRow | CompanyRow;

/** The first confirmed GPU figure of a site, in file order: the one the list and chart show beside power. */
export function keyGpuFigure(index: DataIndex, siteId: string): Figure | undefined {
  const headline = index.headlineBySubject.get(siteId);
  if (headline?.kind === "gpus") return headline;
  return (index.figuresBySubject.get(siteId) ?? []).find(
    (f) => f.kind === "gpus" && f.status === "confirmed" && f.value !== undefined,
  );
}

export function siteRows(dataset: Dataset, index: DataIndex, i18n: I18n): SiteRow[] {
  return dataset.sites.map((site) => {
    const id = site.properties.id;
    const headline = index.headlineBySubject.get(id);
    const gpus = keyGpuFigure(index, id);
    const status = currentStatus(index, id);
    const statusDate = status ? parseDateValue(status.date) : null;
    const parts = [headline, gpus !== headline ? gpus : undefined].filter(
      (f): f is Figure => f !== undefined,
    );
    return {
      kind: "site",
      id,
      name: i18n.text(site.properties.shortName),
      figures: parts.map((f) => i18n.figure(f)).join(" · "),
      status: status && statusDate ? `${i18n.t(`stage.${status.stage}`)} · ${i18n.date(statusDate)}` : "",
      powerMw: headlinePowerMw(index, id),
      headline,
      gpus,
    };
  });
}

export function companyRows(dataset: Dataset, index: DataIndex, i18n: I18n): CompanyRow[] {
  return dataset.headquarters.map((hq) => {
    const id = hq.properties.id;
    const outgoing = (index.relationsByEnd.get(id) ?? []).filter((r) => r.from === id);
    const roles = [...new Set(outgoing.map((r) => i18n.t(`role.${r.role}`)))];
    return { kind: "company", id, name: i18n.text(hq.properties.name), roles: roles.join(", ") };
  });
}
