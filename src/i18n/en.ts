import type { MessageKey } from "./de.ts";

/** English interface strings. */
export const en: Record<MessageKey, string> = {
  "app.title": "AI data centres: Nscale, OpenAI, Nvidia, Aker and Microsoft",
  "app.mapLabel": "Map of the AI data centres and company headquarters",
  "app.loading": "Loading map …",
  "app.error.webgl":
    "The interactive map cannot be shown in this browser (WebGL is missing). The list below still works.",
  "app.error.data": "The map data could not be loaded.",
  "app.error.retry": "Try again",
  "kind.site": "Data centre",
  "kind.hq": "Headquarters",
  "qualifier.about": "about",
  "qualifier.over": "over",
  "qualifier.up-to": "up to",
  "qualifier.at-least": "at least",
  "qualifier.initially": "initially",
  "qualifier.additional": "additional",
  "unit.MW": "MW",
  "unit.GPU": "GPUs",
  "unit.acre": "acres",
  "unit.job": "jobs",
  "unit.rack": "racks",
  "money.billion": "bn",
  "money.million": "m",
  "date.onOrBefore": "on or before {date}",
  "date.quarter": "Q{quarter} {year}",
  "figure.lowerBound": "at least {value}",
  "relation.until": "until {date}",
  "attribution.data": "Data: own research, sources in the details",
};
