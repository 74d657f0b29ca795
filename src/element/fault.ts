/**
 * Fault reporting: one sentence for the reader in their language, with a retry, under the map;
 * an `error` event for the page; the console for the developer. A fatal fault (no data, no WebGL, no script)
 * leaves the picture and the list; a passing one (a font, a detail file) leaves the map running too.
 */

import type { FaultKind } from "../contract/faults.ts";
import { el } from "../dom/dom.ts";
import type { I18n } from "../i18n/index.ts";

export interface FaultReporterOptions {
  doc: Document;
  onRetry(): void;
  /** A fatal fault: the element goes to state "error". */
  onFatal(): void;
  /** Tells the page (the element's `error` event). */
  dispatch(detail: { kind: FaultKind; error: unknown }): void;
}

export interface FaultReporter {
  /** The message and retry button, hidden until a fault. */
  element: HTMLElement;
  /**
   * Sets the language of what the reporter says; also clears any fault shown (a fresh start). Without words
   * (their file could not be loaded) a fault is told to the page and the console, and the reader keeps the
   * picture and the build's list, with no sentence rather than a key.
   */
  begin(i18n: I18n | null): void;
  report(kind: FaultKind, error: unknown, fatal: boolean): void;
  /** Hides the message again (the browser gave the graphics context back). */
  clear(): void;
  readonly shown: boolean;
  destroy(): void;
}

export function createFaultReporter(options: FaultReporterOptions): FaultReporter {
  const { doc } = options;
  const listeners = new AbortController();
  const message = el(doc, "p", { class: "map-message", attrs: { role: "alert" } });
  const retry = el(doc, "button", { class: "retry", attrs: { type: "button" } });
  retry.addEventListener("click", () => options.onRetry(), { signal: listeners.signal });
  const element = el(doc, "div", { class: "map-fault" }, message, retry);
  element.hidden = true;
  let i18n: I18n | null = null;
  /** Only the first fault of a start is an event, unless a later one is fatal. */
  let reported = false;
  return {
    element,
    begin(next) {
      i18n = next;
      retry.textContent = next?.t("app.error.retry") ?? "";
      message.textContent = "";
      element.hidden = true;
      reported = false;
    },
    report(kind, error, fatal) {
      if (fatal) options.onFatal();
      if (i18n) {
        message.textContent = i18n.t(`app.error.${kind}`);
        element.hidden = false;
      }
      if (fatal) console.error(error);
      else console.warn(error);
      if (!reported || fatal) options.dispatch({ kind, error });
      reported = true;
    },
    clear() {
      element.hidden = true;
    },
    get shown() {
      return !element.hidden;
    },
    destroy() {
      listeners.abort();
    },
  };
}
