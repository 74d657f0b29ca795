/**
 * The closed vocabularies of the data model. Every word here is checked by the validator, named in the
 * interface through i18n, and styled by the theme; adding one is a deliberate change in three places.
 */

/** What a company is to a site, or to another company. One vocabulary for every relation. */
export const ROLES = [
  "owner",
  "developer",
  "operator",
  "joint-venture-partner",
  "anchor-customer",
  "customer",
  "capacity-buyer",
  "chip-supplier",
  "investor",
  "lender",
  "partner",
] as const;
export type Role = (typeof ROLES)[number];

/** What a figure measures. */
export const FIGURE_KINDS = [
  "power",
  "gpus",
  "investment",
  "funding",
  "valuation",
  "contract",
  "loan",
  "pledge",
  "jobs",
  "area",
  "racks",
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Languages a source can be quoted in, and a page written in. */
export const QUOTE_LANGS = ["de", "en", "no"] as const;
export type QuoteLang = (typeof QUOTE_LANGS)[number];

/** Units of counted or measured figures; money carries a currency instead. */
export const UNITS = ["MW", "GPU", "superchip", "acre", "job", "rack"] as const;
export type Unit = (typeof UNITS)[number];

export const CURRENCIES = ["USD", "GBP", "NOK", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** How the source hedged its number ("about 23,000", "over 24,000", "up to 90 MW"). */
export const QUALIFIERS = [
  "about",
  "over",
  "just-over",
  "up-to",
  "at-least",
  "initially",
  "additional",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How far a figure can be trusted; "calculated" figures are arithmetic on other figures. */
export const FIGURE_STATUSES = ["confirmed", "reported", "unconfirmed", "calculated"] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/**
 * What a number is (rule 5 of issue 28): a count of what is installed, or a target to reach by a date, a plan,
 * chips to be delivered, a potential, or an offtake a buyer will explore. Only installed counts are drawn solid.
 * A share for one buyer is said by the figure's `buyer`, a programme's figure by its `programme`, a part of a
 * larger figure (equity within an investment) by its `partOf`.
 */
export const FIGURE_SENSES = [
  "installed",
  "target",
  "planned",
  "delivery",
  "potential",
  "possible-offtake",
] as const;
export type FigureSense = (typeof FIGURE_SENSES)[number];

/** Milestones a site's schedule names; sources that give different dates for one are shown as disagreeing. */
export const MILESTONES = ["opening", "gpu-delivery", "go-live"] as const;
export type Milestone = (typeof MILESTONES)[number];

/**
 * What kind of statement a source page carries. With an originator: whose press release, notice or post it is;
 * without one, what the publisher's own page is (a secondary article, a copy of Wikipedia).
 */
export const ORIGINATOR_FORMS = [
  "press-release",
  "joint-press-release",
  "stock-exchange-notice",
  "notice",
  "post-on-x",
  "investor-pages",
] as const;
export const PAGE_FORMS = [
  "secondary-article",
  "secondary",
  "local-history-blog",
  "wiki-copy",
  "investigation-summary",
  "news-mirror",
] as const;
/**
 * Either kind. A type only: a joined list here would be a spread the bundler keeps for its possible side
 * effects, and with it both lists, in the browser, which reads no form's name (the schema joins them).
 */
export type SourceForm = (typeof ORIGINATOR_FORMS)[number] | (typeof PAGE_FORMS)[number];

/** How a page relays its originator's statement: reported by it, quoted by it, a copy on it, or via it. */
export const RELAYS = ["reported-by", "quoted-by", "copy-on", "via"] as const;
export type Relay = (typeof RELAYS)[number];

/** Which phase of a project a capacity figure describes; that it is planned is its sense (FIGURE_SENSES). */
export const PHASES = ["first-phase", "initial"] as const;
export type Phase = (typeof PHASES)[number];

/** How precisely a point marks the real place; anything but "exact" is shown as approximate. */
export const PRECISIONS = ["exact", "street", "area", "town", "city"] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Radius in metres that each precision stands for, used for the precision halo. */
export const PRECISION_RADIUS_M: Readonly<Record<Precision, number>> = {
  exact: 0,
  street: 300,
  area: 5000,
  town: 5000,
  city: 10000,
};

/**
 * What a relation rests on: an agreement (a contract, a purchase), or only an announcement that names the
 * company (OpenAI as Kvandal's "anchor customer", which never became an offtake agreement). Without a basis the
 * relation is as its role says.
 */
export const RELATION_BASES = ["agreement", "announcement"] as const;
export type RelationBasis = (typeof RELATION_BASES)[number];

/** Timeline stages after which a site's relations are no longer active: a paused programme's partners. */
export const PAUSING_STAGES: readonly Stage[] = ["paused"];

/** Steps in a site's timeline. */
export const STAGES = [
  "acquired",
  "announced",
  "contracted",
  "restated",
  "expanded",
  "anchor-withdrew",
  "conflicting",
  "paused",
] as const;
export type Stage = (typeof STAGES)[number];

/** Roles grouped by what the relation means for a reader; each family has one line style. */
export const ROLE_FAMILY: Readonly<Record<Role, RoleFamily>> = {
  owner: "build",
  developer: "build",
  operator: "build",
  "joint-venture-partner": "build",
  "anchor-customer": "buy",
  customer: "buy",
  "capacity-buyer": "buy",
  "chip-supplier": "supply",
  investor: "finance",
  lender: "finance",
  partner: "build",
};
export type RoleFamily = "build" | "buy" | "supply" | "finance";
export const ROLE_FAMILIES: readonly RoleFamily[] = ["build", "buy", "supply", "finance"];
