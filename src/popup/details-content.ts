/**
 * The details of a site or company, as shown in its popup: status with its history, capacity and money figures
 * with who said them and when, the companies involved, and every source. The article's claims are labelled as
 * the article's and stand beside later figures; unconfirmed and calculated figures say so.
 *
 * Built with an injected document and text nodes only, so it runs under jsdom and no data can inject markup.
 */
import { parseDateValue, sortableDate } from "../data/dates.ts";
import { currentStatus, type DataIndex, isEnded } from "../data/derive.ts";
import type { Figure, Relation, Source } from "../data/schema.ts";
import type { FigureKind } from "../data/vocabulary.ts";
import { el } from "../dom.ts";
import type { I18n } from "../i18n/index.ts";
import type { Encoding } from "../theme.ts";

export interface DetailsContext {
  index: DataIndex;
  i18n: I18n;
  encoding: Encoding;
  doc: Document;
}

const CAPACITY_KINDS: readonly FigureKind[] = ["power", "gpus", "racks"];
const MONEY_KINDS: readonly FigureKind[] = ["investment", "funding", "contract", "loan", "valuation"];
const ARTICLE_SOURCE = "article";

/** A date string the validator accepted, formatted in its own precision. */
function formatDate(i18n: I18n, date: string): string {
  const value = parseDateValue(date);
  return value ? i18n.date(value) : date;
}

/** The name of a site or company in the interface language. */
export function nameOf(index: DataIndex, id: string, i18n: I18n): string {
  const site = index.siteById.get(id);
  if (site) return i18n.text(site.properties.shortName);
  const company = index.companyById.get(id);
  return company ? i18n.text(company.properties.name) : id;
}

function figureItem(figure: Figure, ctx: DetailsContext): HTMLLIElement {
  const { i18n, doc, index } = ctx;
  const fromArticle = figure.sources?.includes(ARTICLE_SOURCE) ?? false;
  const label = [
    i18n.t(`figureKind.${figure.kind}`),
    figure.phase ? i18n.t(`phase.${figure.phase}`) : null,
    figure.round,
  ]
    .filter(Boolean)
    .join(" · ");
  const date = formatDate(i18n, figure.asOf);
  let meta: string;
  if (fromArticle) meta = i18n.t("popup.article", { date });
  else if (figure.status === "calculated") {
    const inputs = (figure.derivedFrom ?? []).map((id) => {
      const input = index.figureById.get(id);
      return input ? i18n.figure(input) : id;
    });
    meta = i18n.t("popup.derivedFrom", { figures: inputs.join(" + ") });
  } else meta = i18n.t("popup.saidBy", { who: figure.saidBy ?? "", date });
  const classes = ["figure", `status-${figure.status}`, fromArticle ? "from-article" : ""]
    .filter(Boolean)
    .join(" ");
  return el(
    doc,
    "li",
    { class: classes, attrs: { "data-figure": figure.id } },
    el(doc, "span", { class: "figure-label", text: label }),
    " ",
    el(doc, "strong", { class: "figure-value", text: i18n.figure(figure) }),
    figure.status !== "confirmed"
      ? el(doc, "span", { class: "badge", text: i18n.t(`status.${figure.status}`) })
      : null,
    el(doc, "span", { class: "figure-meta", text: meta }),
    figure.note ? el(doc, "span", { class: "figure-note", text: i18n.text(figure.note) }) : null,
  );
}

function figureSection(
  title: string,
  figures: Figure[],
  ctx: DetailsContext,
  className: string,
): HTMLElement | null {
  if (figures.length === 0) return null;
  // Oldest first, so the reader sees how the statements developed.
  const sorted = [...figures].sort((a, b) => sortableDate(a.asOf).localeCompare(sortableDate(b.asOf)));
  return el(
    ctx.doc,
    "section",
    { class: className },
    el(ctx.doc, "h3", { text: title }),
    el(ctx.doc, "ul", { class: "figures" }, ...sorted.map((f) => figureItem(f, ctx))),
  );
}

function period(relation: Relation, i18n: I18n): string {
  const from = formatDate(i18n, relation.validFrom);
  if (!relation.validTo) return i18n.t("popup.since", { date: from });
  return `${i18n.t("popup.period", { from, to: formatDate(i18n, relation.validTo) })}, ${i18n.t("popup.ended")}`;
}

function relationItem(relation: Relation, viewpoint: string, ctx: DetailsContext): HTMLLIElement {
  const { i18n, doc, index, encoding } = ctx;
  const company = relation.from;
  const other = relation.from === viewpoint ? relation.to : relation.from;
  const swatch = el(doc, "span", { class: "swatch company", attrs: { "aria-hidden": "true" } });
  swatch.style.background = encoding.companyColor(company);
  return el(
    doc,
    "li",
    { class: isEnded(relation) ? "relation ended" : "relation", attrs: { "data-relation": relation.id } },
    swatch,
    el(doc, "span", { class: "relation-name", text: nameOf(index, other, i18n) }),
    ": ",
    el(doc, "span", { class: "relation-role", text: i18n.t(`role.${relation.role}`) }),
    ` (${period(relation, i18n)})`,
    relation.note ? el(doc, "span", { class: "relation-note", text: i18n.text(relation.note) }) : null,
  );
}

function sourceItem(source: Source, ctx: DetailsContext): HTMLLIElement {
  const { doc, i18n } = ctx;
  if (source.kind === "article") {
    return el(
      doc,
      "li",
      { class: "source article" },
      el(doc, "span", { class: "source-title", text: i18n.text(source.title) }),
      ` – ${i18n.text(source.publisher)}, ${formatDate(i18n, source.date)}`,
    );
  }
  const link = el(doc, "a", {
    class: "source-title",
    text: source.title,
    attrs: { href: source.url, target: "_blank", rel: "noopener noreferrer" },
  });
  const date = source.date ? `, ${formatDate(i18n, source.date)}` : "";
  return el(doc, "li", { class: "source" }, link, ` – ${source.publisher}${date}`);
}

/** Every source behind what the popup shows, each once, in the order it first appears. */
function sourcesFor(id: string, ctx: DetailsContext): Source[] {
  const { index } = ctx;
  const feature = index.siteById.get(id) ?? index.companyById.get(id);
  const ids = [
    ...(feature?.properties.sources ?? []),
    ...(index.timelineBySite.get(id) ?? []).flatMap((t) => t.sources),
    ...(index.figuresBySubject.get(id) ?? []).flatMap((f) => f.sources ?? []),
    ...(index.relationsByEnd.get(id) ?? []).flatMap((r) => r.sources),
  ];
  return [...new Set(ids)].flatMap((sourceId) => {
    const source = index.sourceById.get(sourceId);
    return source ? [source] : [];
  });
}

function statusSection(id: string, ctx: DetailsContext): HTMLElement | null {
  const { index, i18n, doc } = ctx;
  const timeline = index.timelineBySite.get(id) ?? [];
  const current = currentStatus(index, id);
  if (!current) return null;
  const entry = (t: (typeof timeline)[number]) =>
    el(
      doc,
      "li",
      { class: `timeline-entry status-${t.status}` },
      el(doc, "strong", { text: i18n.t(`stage.${t.stage}`) }),
      ` · ${formatDate(i18n, t.date)}: ${i18n.text(t.text)}`,
      t.status !== "confirmed"
        ? el(doc, "span", { class: "badge", text: i18n.t(`status.${t.status}`) })
        : null,
    );
  const earlier = timeline.slice(0, -1).reverse();
  return el(
    doc,
    "section",
    { class: "status" },
    el(doc, "h3", { text: i18n.t("popup.status") }),
    el(doc, "ul", { class: "timeline current" }, entry(current)),
    earlier.length > 0
      ? el(
          doc,
          "details",
          {},
          el(doc, "summary", { text: i18n.t("popup.earlier") }),
          el(doc, "ul", { class: "timeline" }, ...earlier.map(entry)),
        )
      : null,
  );
}

/** The popup content for a site or company id; null for an unknown id. */
export function detailsContent(id: string, ctx: DetailsContext): HTMLElement | null {
  const { index, i18n, doc } = ctx;
  const site = index.siteById.get(id);
  const company = index.companyById.get(id);
  const feature = site ?? company;
  if (!feature) return null;
  const props = feature.properties;
  const figures = index.figuresBySubject.get(id) ?? [];
  const relations = index.relationsByEnd.get(id) ?? [];
  const headingId = `details-${id}`;
  const approximate = props.precision !== "exact";
  const address = company?.properties.address;
  return el(
    doc,
    "article",
    { class: `details ${site ? "site" : "company"}`, attrs: { "aria-labelledby": headingId, "data-id": id } },
    el(doc, "h2", { text: i18n.text(props.name), attrs: { id: headingId } }),
    el(doc, "p", {
      class: "kind",
      text: `${i18n.t(site ? "kind.site" : "kind.hq")} · ${i18n.text(props.place)}`,
    }),
    address ? el(doc, "p", { class: "address", text: `${i18n.t("popup.address")}: ${address}` }) : null,
    approximate
      ? el(
          doc,
          "p",
          { class: "approximate" },
          el(doc, "strong", { text: `${i18n.t("popup.approximate")}. ` }),
          props.precisionNote ? i18n.text(props.precisionNote) : "",
        )
      : null,
    el(doc, "p", { class: "description", text: i18n.text(props.description) }),
    site ? statusSection(id, ctx) : null,
    figureSection(
      i18n.t("popup.capacity"),
      figures.filter((f) => CAPACITY_KINDS.includes(f.kind)),
      ctx,
      "capacity",
    ),
    figureSection(
      i18n.t("popup.money"),
      figures.filter((f) => MONEY_KINDS.includes(f.kind)),
      ctx,
      "money",
    ),
    figureSection(
      i18n.t("popup.other"),
      figures.filter((f) => !CAPACITY_KINDS.includes(f.kind) && !MONEY_KINDS.includes(f.kind)),
      ctx,
      "other",
    ),
    relations.length > 0
      ? el(
          doc,
          "section",
          { class: "relations" },
          el(doc, "h3", { text: i18n.t(site ? "popup.companies" : "popup.relations") }),
          el(doc, "ul", {}, ...relations.map((r) => relationItem(r, id, ctx))),
        )
      : null,
    el(
      doc,
      "section",
      { class: "sources" },
      el(doc, "h3", { text: i18n.t("popup.sources") }),
      el(doc, "ol", {}, ...sourcesFor(id, ctx).map((s) => sourceItem(s, ctx))),
    ),
  );
}
