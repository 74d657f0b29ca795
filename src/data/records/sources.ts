/**
 * Checks of geo/sources.json beyond each record's shape: what a source says about its page must add up. Who is
 * relayed (`relay`) needs an originator; a form that is someone's statement (a press release) needs whose; a
 * form that describes the publisher's own page (a secondary article) has none.
 */
import { GEO_FILES } from "../files.ts";
import type { Source } from "../schema.ts";
import { ORIGINATOR_FORMS, PAGE_FORMS } from "../vocabulary.ts";
import type { CheckContext } from "./references.ts";

export function checkSources(sources: readonly Source[], ctx: CheckContext): void {
  const file = GEO_FILES.sources;
  for (const source of sources) {
    if (source.kind === "article") continue;
    const issue = (field: string, message: string) =>
      ctx.issues.push({ file, id: source.id, field, message });
    const form = source.form;
    if (source.relay && !source.originator)
      issue("relay", "needs an originator: whose statement does the page relay?");
    if (form && (ORIGINATOR_FORMS as readonly string[]).includes(form) && !source.originator)
      issue("form", `"${form}" is someone's statement: name whose in originator`);
    if (form && (PAGE_FORMS as readonly string[]).includes(form) && source.originator)
      issue("form", `"${form}" describes the publisher's own page, which has no originator`);
    if (source.originator && !source.relay && !form)
      issue(
        "relay",
        "is missing: say how the page relays its originator (reported-by, quoted-by, copy-on, via)",
      );
  }
}
