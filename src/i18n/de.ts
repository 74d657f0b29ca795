/** German interface strings (the default language). Keys are shared with en.ts, which TypeScript enforces. */
export const de = {
  "app.title": "KI-Rechenzentren: Nscale, OpenAI, Nvidia, Aker und Microsoft",
  "app.mapLabel": "Karte der KI-Rechenzentren und Firmensitze",
  "app.loading": "Karte wird geladen …",
  "app.error.webgl":
    "Die interaktive Karte kann in diesem Browser nicht angezeigt werden (WebGL fehlt). Die Liste unten funktioniert weiterhin.",
  "app.error.data": "Die Kartendaten konnten nicht geladen werden.",
  "app.error.retry": "Erneut versuchen",
  "kind.site": "Rechenzentrum",
  "kind.hq": "Firmensitz",
  "qualifier.about": "etwa",
  "qualifier.over": "über",
  "qualifier.up-to": "bis zu",
  "qualifier.at-least": "mindestens",
  "qualifier.initially": "zunächst",
  "qualifier.additional": "zusätzlich",
  "unit.MW": "MW",
  "unit.GPU": "GPUs",
  "unit.acre": "Acres",
  "unit.job": "Arbeitsplätze",
  "unit.rack": "Racks",
  "money.billion": "Mrd.",
  "money.million": "Mio.",
  "date.onOrBefore": "spätestens {date}",
  "date.quarter": "{quarter}. Quartal {year}",
  "figure.lowerBound": "mindestens {value}",
  "relation.until": "bis {date}",
  "attribution.data": "Daten: eigene Recherche, Quellen in den Details",
} as const;

export type MessageKey = keyof typeof de;
