/**
 * The details of a site or company as DOM, drawn from the view model's details (src/model/details.ts). Built
 * with an injected document and text nodes only, so it runs under jsdom and no data can inject markup.
 */
import { el, richNodes } from "../dom/dom.ts";
import type {
  DetailsModel,
  FigureItem,
  FigureSection,
  RelationItem,
  SourceItem,
  TimelineItem,
} from "../model/details.ts";

function figureItem(doc: Document, figure: FigureItem): HTMLLIElement {
  const classes = [
    "figure",
    `status-${figure.status}`,
    figure.fromArticle ? "from-article" : "",
    figure.current ? "" : "superseded",
  ]
    .filter(Boolean)
    .join(" ");
  return el(
    doc,
    "li",
    { class: classes, attrs: { "data-figure": figure.id } },
    el(doc, "span", { class: "figure-label", text: figure.label }),
    " ",
    el(doc, "strong", { class: "figure-value", text: figure.value }),
    figure.badge !== null ? el(doc, "span", { class: "badge", text: figure.badge }) : null,
    el(doc, "span", { class: "figure-meta", text: figure.meta }),
    figure.note !== null ? el(doc, "span", { class: "figure-note" }, ...richNodes(doc, figure.note)) : null,
  );
}

function figureSection(doc: Document, section: FigureSection): HTMLElement {
  return el(
    doc,
    "section",
    { class: section.className },
    el(doc, "h3", { text: section.title }),
    el(doc, "ul", { class: "figures" }, ...section.figures.map((f) => figureItem(doc, f))),
  );
}

function timelineEntry(doc: Document, entry: TimelineItem): HTMLLIElement {
  return el(
    doc,
    "li",
    { class: `timeline-entry status-${entry.status}` },
    el(doc, "strong", { text: entry.stage }),
    ...richNodes(doc, entry.text),
    entry.badge !== null ? el(doc, "span", { class: "badge", text: entry.badge }) : null,
  );
}

function statusSection(doc: Document, status: NonNullable<DetailsModel["status"]>): HTMLElement {
  return el(
    doc,
    "section",
    { class: "status" },
    el(doc, "h3", { text: status.title }),
    el(doc, "ul", { class: "timeline current" }, timelineEntry(doc, status.current)),
    status.earlier.length > 0
      ? el(
          doc,
          "details",
          {},
          el(doc, "summary", { text: status.earlierTitle }),
          el(doc, "ul", { class: "timeline" }, ...status.earlier.map((entry) => timelineEntry(doc, entry))),
        )
      : null,
    status.schedule !== null
      ? el(
          doc,
          "div",
          { class: "schedule" },
          el(doc, "h4", { text: status.schedule.title }),
          el(doc, "p", { class: "schedule-note", text: status.schedule.note }),
          el(doc, "ul", {}, ...status.schedule.items.map((item) => el(doc, "li", { text: item }))),
        )
      : null,
  );
}

function relationItem(doc: Document, relation: RelationItem): HTMLLIElement {
  const swatch = el(doc, "span", { class: "swatch company", attrs: { "aria-hidden": "true" } });
  swatch.style.background = relation.colour;
  return el(
    doc,
    "li",
    { class: `relation ${relation.state}`, attrs: { "data-relation": relation.id } },
    swatch,
    el(doc, "span", { class: "relation-name", text: relation.name }),
    ": ",
    el(doc, "span", { class: "relation-role", text: relation.role }),
    ` (${relation.period})`,
    relation.note !== null
      ? el(doc, "span", { class: "relation-note" }, ...richNodes(doc, relation.note))
      : null,
  );
}

function sourceItem(doc: Document, source: SourceItem): HTMLLIElement {
  if (source.url === null) {
    return el(
      doc,
      "li",
      { class: "source article" },
      el(doc, "span", { class: "source-title", text: source.title }),
      source.rest,
    );
  }
  const link = el(doc, "a", {
    class: "source-title",
    text: source.title,
    // A title as published, in its own language: marked, so a screen reader reads it as such.
    attrs: {
      href: source.url,
      target: "_blank",
      rel: "noopener noreferrer",
      ...(source.titleLang ? { lang: source.titleLang } : {}),
    },
  });
  return el(doc, "li", { class: "source" }, link, source.rest);
}

/** The details as an <article> labelled by its heading. */
export function renderDetails(doc: Document, model: DetailsModel): HTMLElement {
  return el(
    doc,
    "article",
    { class: `details ${model.kind}`, attrs: { "aria-labelledby": model.headingId, "data-id": model.id } },
    el(doc, "h2", { text: model.heading, attrs: { id: model.headingId } }),
    el(doc, "p", { class: "kind", text: model.kindLine }),
    model.address !== null ? el(doc, "p", { class: "address", text: model.address }) : null,
    model.approximate !== null
      ? el(
          doc,
          "p",
          { class: "approximate" },
          el(doc, "strong", { text: model.approximate.label }),
          ...richNodes(doc, model.approximate.note),
        )
      : null,
    model.since !== null ? el(doc, "p", { class: "since", text: model.since }) : null,
    el(doc, "p", { class: "description" }, ...richNodes(doc, model.description)),
    model.headline !== null ? el(doc, "p", { class: "headline", text: model.headline }) : null,
    model.noPower !== null ? el(doc, "p", { class: "no-power", text: model.noPower }) : null,
    model.status !== null ? statusSection(doc, model.status) : null,
    ...model.sections.map((section) => figureSection(doc, section)),
    model.relations !== null
      ? el(
          doc,
          "section",
          { class: "relations" },
          el(doc, "h3", { text: model.relations.title }),
          el(doc, "ul", {}, ...model.relations.items.map((r) => relationItem(doc, r))),
        )
      : null,
    el(
      doc,
      "section",
      { class: "sources" },
      el(doc, "h3", { text: model.sources.title }),
      el(doc, "ol", {}, ...model.sources.items.map((s) => sourceItem(doc, s))),
    ),
  );
}
