/** What the reader is told when the map fails: one message per kind (app.error.<kind>). */
export type FaultKind = "data" | "webgl" | "basemap" | "map" | "font" | "context-lost";
