/**
 * The iframe embed's one message: the map's page tells its host how tall it is. Shared by the page that sends
 * it (iframe-page.ts) and the host script that reads it (embed-host.ts); importing this module has no side effects.
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
