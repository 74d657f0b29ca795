/**
 * The two download buttons under the credits: "Bild herunterladen" (the map as a PNG) and "Daten herunterladen"
 * (the figures as CSV). Real buttons with their names as text; what they produce is the app's business. A
 * failure is said in a status line, so that no click ends in silence.
 */
import { el } from "../dom/dom.ts";
import type { I18n } from "../i18n/index.ts";

export interface DownloadControlsOptions {
  container: HTMLElement;
  i18n: I18n;
  /** Makes the picture and hands it to the reader; rejects when it cannot. */
  onImage(): Promise<void>;
  /** Makes the table and hands it to the reader; rejects when it cannot. */
  onData(): Promise<void>;
}

export interface DownloadControls {
  destroy(): void;
}

export function createDownloadControls(options: DownloadControlsOptions): DownloadControls {
  const { container, i18n } = options;
  const doc = container.ownerDocument;
  const status = el(doc, "span", { class: "download-status", attrs: { role: "status" } });
  const button = (key: "download.image" | "download.data", action: () => unknown) => {
    const control = el(doc, "button", { class: "download", text: i18n.t(key), attrs: { type: "button" } });
    control.addEventListener("click", async () => {
      // A second click while the picture is being made would make it twice. The button stays focusable
      // (aria-disabled, not disabled), so a keyboard reader's focus does not fall out of the map.
      if (control.getAttribute("aria-disabled")) return;
      control.setAttribute("aria-disabled", "true");
      status.textContent = "";
      try {
        await action();
      } catch (error) {
        console.warn("ai-infra-map: the download failed", error);
        status.textContent = i18n.t("download.failed");
      } finally {
        control.removeAttribute("aria-disabled");
      }
    });
    return control;
  };
  container.replaceChildren(
    button("download.image", options.onImage),
    button("download.data", options.onData),
    status,
  );
  return {
    destroy: () => container.replaceChildren(),
  };
}
