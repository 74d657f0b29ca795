/**
 * The iframe embed's one message: the map's page tells its host how tall it is. Shared by the page that sends
 * it (iframe-height.ts) and the host script that reads it (embed-host.ts); importing this module has no side effects.
 *
 *   { type: "ai-infra-map:height", version: 1, height: <px, 50 to 5000> }
 */
export const HEIGHT_MESSAGE = "ai-infra-map:height";

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  version: 1;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === HEIGHT_MESSAGE &&
    message.version === 1 &&
    typeof message.height === "number" &&
    Number.isFinite(message.height) &&
    message.height >= 50 &&
    message.height <= 5000
  );
}

/**
 * Story mode in an iframe: the host page holds the article's steps, so embed-host.js watches them and tells
 * the map which step the reader is at, with every step's attributes (each step leaves what it does not name
 * as the one before, so the map needs them all). The map asks the host to scroll to a step when its step
 * buttons are used. Both are validated on arrival and rebuilt field by field: unknown fields are dropped,
 * and a step's attributes are only ever compared by the map, never rendered as markup.
 *
 *   { type: "ai-infra-map:story", version: 1, index, steps: [{ id, attributes: { "data-as-of": … } }] }
 *   { type: "ai-infra-map:go", version: 1, index }     (map → host)
 *   { type: "ai-infra-map:listening", version: 1 }      (map → host: it has started; tell it the step again)
 *
 * Such a map has the `story` attribute STORY_FROM_HOST (src/contract/options.ts).
 */

export const STORY_MESSAGE = "ai-infra-map:story";
export const GO_MESSAGE = "ai-infra-map:go";
export const LISTENING_MESSAGE = "ai-infra-map:listening";

export function isListeningMessage(data: unknown): boolean {
  return isRecord(data) && data.type === LISTENING_MESSAGE && data.version === 1;
}

/** The step attributes a message may carry: those the authoring contract defines. */
export const STEP_ATTRIBUTES = ["data-as-of", "data-site", "data-camera", "data-highlight"] as const;

export interface StoryMessage {
  type: typeof STORY_MESSAGE;
  version: 1;
  index: number;
  steps: { id: string | null; attributes: Partial<Record<(typeof STEP_ATTRIBUTES)[number], string>> }[];
}

export interface GoMessage {
  type: typeof GO_MESSAGE;
  version: 1;
  index: number;
}

const MAX_STEPS = 100;
const MAX_VALUE = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const shortText = (value: unknown): value is string => typeof value === "string" && value.length <= MAX_VALUE;
const isIndex = (value: unknown, length: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value < length;

/** The story message in the documented shape, rebuilt with nothing else in it; null for anything else. */
export function readStoryMessage(data: unknown): StoryMessage | null {
  if (!isRecord(data) || data.type !== STORY_MESSAGE || data.version !== 1 || !Array.isArray(data.steps))
    return null;
  if (data.steps.length === 0 || data.steps.length > MAX_STEPS || !isIndex(data.index, data.steps.length))
    return null;
  const steps: StoryMessage["steps"] = [];
  for (const step of data.steps) {
    if (!isRecord(step) || !isRecord(step.attributes)) return null;
    const id = step.id === null || step.id === undefined ? null : step.id;
    if (id !== null && !shortText(id)) return null;
    const attributes: StoryMessage["steps"][number]["attributes"] = {};
    for (const name of STEP_ATTRIBUTES) {
      const value = step.attributes[name];
      if (value === undefined) continue;
      if (!shortText(value)) return null;
      attributes[name] = value;
    }
    steps.push({ id, attributes });
  }
  return { type: STORY_MESSAGE, version: 1, index: data.index as number, steps };
}

export function isGoMessage(data: unknown, steps: number): data is GoMessage {
  return isRecord(data) && data.type === GO_MESSAGE && data.version === 1 && isIndex(data.index, steps);
}
