/**
 * The credits line under the map, drawn from the view model's credits: sources, the basemap's attribution, the
 * date the view shows ("Stand"), when the sources were checked, and one line counting the corrections that
 * opens to each with its date. Text nodes only.
 */
import { el, richNodes } from "../dom/dom.ts";
import type { CreditsModel } from "../model/credits.ts";

/** Renders (or re-renders) the credits into a container. */
export function renderCredits(container: HTMLElement, model: CreditsModel): void {
  const doc = container.ownerDocument;
  const open = container.querySelector("details")?.open;
  container.replaceChildren(
    el(
      doc,
      "p",
      { class: "credits-line" },
      model.line,
      el(doc, "span", { class: "credits-edition", text: model.asOf }),
      model.checked ? ` · ${model.checked}` : null,
    ),
    // One line with the count and the latest date, which opens to every correction: never silent, never a wall.
    // It stays open across another date, as the reader left it.
    ...(model.summary
      ? [
          el(
            doc,
            "details",
            { class: "credits-corrections", attrs: open ? { open: "" } : {} },
            el(doc, "summary", { text: model.summary }),
            ...model.corrections.map((correction) =>
              el(
                doc,
                "p",
                { class: "credits-correction" },
                el(doc, "strong", { text: correction.heading }),
                " ",
                ...richNodes(doc, correction.text),
              ),
            ),
          ),
        ]
      : []),
  );
}
