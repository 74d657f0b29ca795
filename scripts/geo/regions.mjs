/**
 * What the basemap pipeline selects: the story regions that get high-resolution land, the GeoNames places
 * labelled in each, and the country labels in both languages.
 */

/** Natural Earth 50m boxes (more detail than 110m from country to region zoom); `keep` is mapshaper's share of vertices. */
export const CONTINENTS = [
  { id: "europe", bbox: [-30, 34, 45, 75], keep: "70%" },
  { id: "north-america", bbox: [-170, 15, -50, 75], keep: "50%" },
];

/** Regions with high-resolution land, as [west, south, east, north]; each is loaded only when in view. */
export const BASEMAP_REGIONS = [
  { id: "london-essex", bbox: [-0.9, 51.25, 1.3, 52.05], simplifyMetres: 25 },
  { id: "north-east-england", bbox: [-2.2, 54.6, -0.95, 55.35], simplifyMetres: 25 },
  { id: "ofoten", bbox: [15.6, 67.9, 19.2, 68.95], simplifyMetres: 40 },
  { id: "oslofjord", bbox: [10.0, 59.45, 11.3, 60.15], simplifyMetres: 25 },
  { id: "sf-bay", bbox: [-123.1, 37.05, -121.6, 38.15], simplifyMetres: 30 },
  { id: "seattle", bbox: [-122.85, 47.2, -121.7, 48.05], simplifyMetres: 30 },
];

/** GeoNames places by country and box, never by name; minPopulation sets how dense each region's labels are. */
export const PLACE_REGIONS = [
  { country: "GB", bbox: [-8.7, 49.8, 1.8, 60.9], minPopulation: 250_000 },
  { country: "GB", bbox: [-0.9, 51.25, 1.3, 52.05], minPopulation: 25_000 },
  { country: "GB", bbox: [-2.2, 54.6, -0.95, 55.35], minPopulation: 20_000 },
  { country: "NO", bbox: [4.4, 57.9, 31.3, 71.3], minPopulation: 30_000 },
  { country: "NO", bbox: [15.6, 67.9, 19.2, 68.95], minPopulation: 1_000 },
  { country: "NO", bbox: [10.0, 59.45, 11.3, 60.15], minPopulation: 20_000 },
  { country: "SE", bbox: [15.6, 67.9, 21, 68.95], minPopulation: 1_000 },
  { country: "US", bbox: [-123.1, 37.05, -121.6, 38.15], minPopulation: 90_000 },
  { country: "US", bbox: [-122.85, 47.2, -121.7, 48.05], minPopulation: 50_000 },
  { country: "US", bbox: [-125, 24.4, -66.9, 49.4], minPopulation: 3_000_000 },
  ...["IE", "FR", "DE", "NL", "BE", "DK", "SE", "FI", "IS", "ES", "PT", "IT", "PL", "CA", "AT", "CH"].map(
    (country) => ({
      country,
      bbox: [-180, -90, 180, 90],
      minPopulation: 0,
      capitalsOnly: true,
    }),
  ),
];

/**
 * Country labels with their German and English names, by world-atlas (ISO 3166 numeric) id. `at` overrides the
 * centroid where it would sit awkwardly (Norway's centroid falls near the Swedish border).
 */
export const COUNTRY_LABELS = {
  826: { de: "Vereinigtes Königreich", en: "United Kingdom", rank: 1 },
  578: { de: "Norwegen", en: "Norway", rank: 1, at: [9.5, 61.5] },
  840: { de: "USA", en: "United States", rank: 1 },
  752: { de: "Schweden", en: "Sweden", rank: 2 },
  246: { de: "Finnland", en: "Finland", rank: 2 },
  208: { de: "Dänemark", en: "Denmark", rank: 2 },
  276: { de: "Deutschland", en: "Germany", rank: 2 },
  250: { de: "Frankreich", en: "France", rank: 2 },
  372: { de: "Irland", en: "Ireland", rank: 2 },
  528: { de: "Niederlande", en: "Netherlands", rank: 3 },
  352: { de: "Island", en: "Iceland", rank: 2 },
  724: { de: "Spanien", en: "Spain", rank: 2 },
  380: { de: "Italien", en: "Italy", rank: 2 },
  616: { de: "Polen", en: "Poland", rank: 2 },
  124: { de: "Kanada", en: "Canada", rank: 1 },
  484: { de: "Mexiko", en: "Mexico", rank: 2 },
  643: { de: "Russland", en: "Russia", rank: 1 },
};

/**
 * German names of places GeoNames gives in English or the local form. Only names that differ are listed;
 * every other place keeps its GeoNames name in both languages.
 */
export const GERMAN_EXONYMS = {
  Warsaw: "Warschau",
  Copenhagen: "Kopenhagen",
  Rome: "Rom",
  Lisbon: "Lissabon",
  Brussels: "Brüssel",
  Vienna: "Wien",
  Reykjavik: "Reykjavík",
  Reykjavík: "Reykjavík",
  Bern: "Bern",
};
