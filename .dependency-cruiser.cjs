/**
 * The direction of flow, enforced (npm test runs `depcruise`): data → model → views → app. Each rule names
 * the layer it protects; a violation fails the test command with the importing and the imported file.
 *
 *   src/data/                      pure, typed records: no language, no theme, no DOM, no MapLibre
 *   src/i18n/, src/theme.ts        the reader's language and the themes' colours: may read data's vocabulary
 *   src/model/                     the view model: data + language + theme + date, pure (no DOM, no MapLibre)
 *   src/contract/                  what the app's parts agree on: the options and how attributes become options,
 *                                  the kinds of fault, the embed's messages; may read data and language only
 *   src/map|panel|details|state|download|picture|a11y|story/   the views; src/map/create-map.ts is the only
 *                                  one on the Map; src/map/inset/ is the map's overview inset
 *   src/dom/, src/geometry/        shared helpers: DOM builders and markup escaping; the picture's frame and the
 *                                  Web Mercator fit (the view model may read geometry/bounds.ts)
 *   src/app/, src/element/, src/embed/, src/main.ts, src/assets.ts
 *                                  in this order from the bottom: the pipeline (app/) knows no element, the
 *                                  element knows no embed; main.ts and the embed's entries sit on top
 *                                  the app: the pipeline, the custom element (shell, faults, options), the embeds
 *                                  and the entries
 *
 * src/build-time/ (and src/data/winding.ts, which it uses) run only at build time, in scripts/; they alone in src/
 * may use d3-geo, which the browser's bundle leaves out (src/geometry/mercator.ts does its few sums instead).
 */
const APP = "^src/(app|element|embed)/|^src/(main|assets)\\.ts$";
const VIEWS = "^src/(map|panel|details|state|download|picture|a11y|story)/";
const NOT_TYPES = { dependencyTypesNot: ["type-only"] };

module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment:
        "An import cycle ties modules that should stand in order; break it by moving the shared part down.",
      severity: "error",
      from: { path: "^(src|scripts|bench)/" },
      to: { circular: true },
    },
    {
      name: "data-knows-no-presentation",
      comment: "src/data/ is pure data: it may not import language, theme, view model, views or the app.",
      severity: "error",
      from: { path: "^src/data/" },
      to: { path: "^src/(?!data/)" },
    },
    {
      name: "data-has-no-dom-or-map",
      severity: "error",
      from: { path: "^src/data/" },
      to: { path: "node_modules/(maplibre-gl|d3-selection)/" },
    },
    {
      name: "language-and-theme-read-only-data",
      comment: "i18n and theme are inputs of the view model; they may not reach up into it or past it.",
      severity: "error",
      from: { path: "^src/(i18n/|theme\\.ts$)" },
      to: { path: "^src/(?!data/|i18n/|theme\\.ts$)" },
    },
    {
      name: "model-is-pure",
      comment: "The view model may read data, language and theme only: no views, no app, no DOM helpers.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/(?!data/|i18n/|theme\\.ts$|model/|geometry/bounds\\.ts$)" },
    },
    {
      name: "model-has-no-dom-or-map",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "node_modules/(maplibre-gl|d3-selection)/" },
    },
    {
      name: "helpers-stand-below-everything",
      comment:
        "src/dom/ and src/geometry/ are shared helpers (DOM builders, the picture's frame, Web Mercator): they may use each other, never a stage.",
      severity: "error",
      from: { path: "^src/(dom|geometry)/" },
      to: { path: "^src/(?!dom/|geometry/)" },
    },
    {
      name: "contracts-stand-low",
      comment:
        "src/contract/ is what the parts agree on (options, fault kinds, the embed's messages): it reads data and language only, so views and app alike may import it.",
      severity: "error",
      from: { path: "^src/contract/" },
      to: { path: "^src/(?!data/|i18n/|contract/)" },
    },
    {
      name: "the-pipeline-knows-no-element",
      comment:
        "src/app/ is mounted by the element and knows nothing of it or of the embeds: what they share lives in src/contract/.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: "^src/(element|embed)/|^src/main\\.ts$" },
    },
    {
      name: "the-element-knows-no-embed",
      comment:
        "The element stands below the embeds that load it (embed.ts, embed-host.ts, the iframe page): the story messages and the story attribute's values are in src/contract/messages.ts.",
      severity: "error",
      from: { path: "^src/element/" },
      to: { path: "^src/embed/|^src/main\\.ts$" },
    },
    {
      name: "views-do-not-import-the-app",
      comment: "Views take a view model and a store; the app wires them, never the other way round.",
      severity: "error",
      from: { path: VIEWS },
      to: { path: APP },
    },
    {
      name: "only-the-adapter-touches-maplibre",
      comment:
        "src/map/create-map.ts is the one module on maplibregl's values; its parts in src/map/adapter/ and everything else see the Map through types only (MapView, or maplibre-gl's types).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/map/create-map\\.ts$" },
      to: { path: "node_modules/maplibre-gl/", pathNot: "\\.css$", ...NOT_TYPES },
    },
    {
      name: "d3-geo-only-at-build-time",
      comment:
        "d3-geo draws the static picture and the inset's land at build time; the browser uses src/geometry/mercator.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/build-time/|^src/data/winding\\.ts$" },
      to: { path: "node_modules/d3-geo/" },
    },
    {
      name: "build-time-modules-stay-out-of-the-browser",
      comment:
        "src/build-time/ and src/data/winding.ts bring d3-geo with them: no module the browser loads may import them.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/build-time/" },
      to: { path: "^src/(build-time/|data/winding\\.ts$)" },
    },
    {
      name: "the-schemas-stay-out-of-the-browser",
      comment:
        "src/data/schema.ts brings valibot: only the build's validator (parse, read, entries, records/) may import it for more than its types; the browser checks shapes with src/data/shape.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/data/(schema|parse|read|entries)\\.ts$|^src/data/records/" },
      to: { path: "^src/data/schema\\.ts$|node_modules/valibot/", ...NOT_TYPES },
    },
    {
      name: "src-stands-alone",
      comment: "The app never imports the build scripts, the bench or the tests.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(scripts|bench|tests)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count for cycles and layers too: a type pointing upward is a design pointing upward.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".json"],
    },
    exclude: { path: "^(dist|public|geo)/|^scripts/geo/node_modules/" },
  },
};
