/**
 * Escaping for markup written as strings: the build-time static picture and list, and the embed snippets.
 * Everything that reaches the live DOM goes through text nodes instead (src/dom/dom.ts).
 */
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for use in XML or HTML markup, in element content and in quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
