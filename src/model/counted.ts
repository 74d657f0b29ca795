import type { I18n, MessageKey } from "../i18n/index.ts";

/**
 * "drei Rechenzentren", "eine Korrektur", "15 Beziehungen": a count with its noun, one to twelve in words as a
 * news text writes them. The message for one writes its word itself, which takes the noun's gender.
 */
export function counted(
  i18n: I18n,
  noun: "site" | "hq" | "relation" | "change" | "correction",
  count: number,
): string {
  const word = count >= 2 ? i18n.t("count.words").split("|")[count - 2] : undefined;
  return i18n.t(`count.${noun}.${count === 1 ? "one" : "other"}` as MessageKey, {
    count: word ?? i18n.number(count),
  });
}
