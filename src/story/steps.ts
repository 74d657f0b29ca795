/**
 * The steps of a story as the article's markup writes them, and the map state each one leaves. The authoring
 * contract (README, "Story mode"): a step is any element with `data-aim-step` inside the container the map's
 * `story` attribute names; all its attributes are optional:
 *
 * - `data-as-of`: a date in the data's forms ("2025-09-17", "2026-04", "2027-Q1"), or "latest";
 * - `data-site`: a site or company id whose details open, or "none" to close them;
 * - `data-camera`: "overview", "europe", "uk", a site or company id, or "lng,lat,zoom";
 * - `data-highlight`: a company id whose relations stand out while the rest recede, or "none".
 *
 * A step leaves what it does not name as the step before left it. A value the map does not know is warned
 * about and ignored, never an error: an editor's typo must not break a published story. Pure: attribute
 * values in, plain data out; values are text and only ever compared, never rendered as markup.
 */
import { type Camera, NAMED_CAMERAS, type NamedCamera } from "../contract/camera.ts";
import { parseDateValue } from "../data/dates.ts";

/** What one step says; a field it leaves out is undefined ("as before"), null is "none"/"latest". */
export interface Step {
  index: number;
  /** The step element's id attribute, for the storystep event and links; null without one. */
  id: string | null;
  asOf?: string | null;
  site?: string | null;
  camera?: Camera;
  highlight?: string | null;
}

/**
 * The map state after a step: each field as this step or the last earlier one that named it set it; a field
 * no step has named yet is undefined, and the map keeps what the reader or its attributes made of it.
 */
export interface StoryState {
  asOf?: string | null;
  site?: string | null;
  camera?: Camera;
  highlight?: string | null;
}

/** What the map knows, to tell a valid value from a typo. */
export interface StepContext {
  isSite(id: string): boolean;
  isCompany(id: string): boolean;
  warn(message: string): void;
}

const ZOOM_RANGE = { min: 0, max: 18 } as const;

function readCamera(text: string, ctx: StepContext, where: string): Camera | undefined {
  if ((NAMED_CAMERAS as readonly string[]).includes(text))
    return { kind: "named", name: text as NamedCamera };
  if (ctx.isSite(text) || ctx.isCompany(text)) return { kind: "feature", id: text };
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length === 3 && parts.every((part) => /^-?\d+(\.\d+)?$/.test(part))) {
    const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
    if (Math.abs(lng) <= 180 && Math.abs(lat) <= 85 && zoom >= ZOOM_RANGE.min && zoom <= ZOOM_RANGE.max)
      return { kind: "point", center: [lng, lat], zoom };
  }
  ctx.warn(
    `ai-infra-map: ${where} data-camera "${text}" is no view (use ${NAMED_CAMERAS.join(", ")}, a site or company id, or lng,lat,zoom); ignored`,
  );
  return undefined;
}

/** One step's attributes, read and checked; what does not hold is left out with a warning. */
export function readStep(
  attributes: Readonly<Record<string, string | undefined>>,
  index: number,
  ctx: StepContext,
): Step {
  const step: Step = { index, id: attributes.id?.trim() || null };
  const where = `story step ${index + 1}${step.id ? ` (#${step.id})` : ""}:`;
  const value = (name: string) => {
    const raw = attributes[name]?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };
  const asOf = value("data-as-of");
  if (asOf === "latest") step.asOf = null;
  else if (asOf !== undefined) {
    if (parseDateValue(asOf)) step.asOf = asOf;
    else
      ctx.warn(
        `ai-infra-map: ${where} data-as-of "${asOf}" is not a date (use 2025-09-17, 2026-04, 2027-Q1 or latest); ignored`,
      );
  }
  const site = value("data-site");
  if (site === "none") step.site = null;
  else if (site !== undefined) {
    if (ctx.isSite(site) || ctx.isCompany(site)) step.site = site;
    else ctx.warn(`ai-infra-map: ${where} data-site "${site}" is no site or company; ignored`);
  }
  const camera = value("data-camera");
  if (camera !== undefined) {
    const read = readCamera(camera, ctx, where);
    if (read) step.camera = read;
  }
  const highlight = value("data-highlight");
  if (highlight === "none") step.highlight = null;
  else if (highlight !== undefined) {
    if (ctx.isCompany(highlight)) step.highlight = highlight;
    else ctx.warn(`ai-infra-map: ${where} data-highlight "${highlight}" is no company; ignored`);
  }
  return step;
}

/**
 * The state after step `index`: each field as the last step up to it that named it set it. Scrolling back
 * therefore restores exactly what the earlier step showed, whichever step came in between.
 */
export function stateAt(steps: readonly Step[], index: number): StoryState {
  const state: StoryState = {};
  for (const step of steps.slice(0, index + 1)) {
    if (step.asOf !== undefined) state.asOf = step.asOf;
    if (step.site !== undefined) state.site = step.site;
    if (step.camera !== undefined) state.camera = step.camera;
    if (step.highlight !== undefined) state.highlight = step.highlight;
  }
  return state;
}
