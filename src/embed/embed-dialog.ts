/**
 * The "Embed" button of the standalone page: a dialog that shows both embed snippets with the map's current
 * options (language, selection, theme) and this build's version, each with a copy button. Snippets are shown
 * in read-only text fields, so their markup stays text.
 */

import type { AppOptions } from "../contract/options.ts";
import { el } from "../dom/dom.ts";
import type { AiInfraMapElement } from "../element/element.ts";
import { createI18n } from "../i18n/index.ts";
import { elementSnippet, iframeSnippet, type SnippetOptions } from "./embed-snippets.ts";

export interface EmbedDialog {
  destroy(): void;
}

/** The build's own directory: where this page was served from, which for a release is …/v/<version>/. */
export function buildBase(pageUrl: string): string {
  return new URL("./", pageUrl).href;
}

/**
 * Adds the button after `anchor` and the dialog to the document. The dialog reads the element's options when it
 * opens and follows its selection through the element's `select` event.
 */
export function mountEmbedDialog(map: AiInfraMapElement, anchor: Element): EmbedDialog {
  const doc = map.ownerDocument;
  const win = doc.defaultView ?? window;
  const controller = new AbortController();
  const { signal } = controller;
  const options = (): Readonly<AppOptions> | null => map.options;
  let selected: string | null = options()?.site ?? null;
  const i18n = () => createI18n(options()?.lang ?? "de");

  // The page may carry the button already (index.html does, so that it takes its room before any script runs
  // and nothing below it moves when the script arrives); otherwise it is made here.
  const existing = anchor.nextElementSibling;
  const button =
    existing instanceof HTMLButtonElement && existing.classList.contains("embed-button")
      ? existing
      : el(doc, "button", { class: "embed-button", attrs: { type: "button", "aria-haspopup": "dialog" } });
  button.textContent = i18n().t("embed.button");
  const dialog = el(doc, "dialog", { class: "embed-dialog", attrs: { "aria-labelledby": "embed-title" } });
  if (button !== existing) anchor.after(button);
  doc.body.append(dialog);

  map.addEventListener(
    "select",
    (event) => {
      selected = (event as CustomEvent<{ id: string | null }>).detail.id;
    },
    { signal },
  );

  const snippetField = (id: string, label: string, value: string, status: HTMLElement) => {
    const field = el(doc, "textarea", {
      class: "embed-snippet",
      attrs: { id, readonly: "", rows: "8", spellcheck: "false", "aria-labelledby": `${id}-label` },
    });
    field.value = value;
    const copy = el(doc, "button", { text: i18n().t("embed.copy"), attrs: { type: "button" } });
    copy.addEventListener(
      "click",
      () => {
        field.select();
        const done = (key: "embed.copied" | "embed.copyFailed") => {
          status.textContent = i18n().t(key);
        };
        // The clipboard needs a secure context and permission; where it is refused, the text stays selected.
        const clipboard = win.navigator.clipboard;
        if (!clipboard) return done("embed.copyFailed");
        clipboard.writeText(field.value).then(
          () => done("embed.copied"),
          () => done("embed.copyFailed"),
        );
      },
      { signal },
    );
    return el(doc, "section", {}, el(doc, "h3", { text: label, attrs: { id: `${id}-label` } }), field, copy);
  };
  /** The textarea of a snippet field, to write a changed snippet into. */
  const fieldOf = (section: HTMLElement) => section.querySelector("textarea") as HTMLTextAreaElement;

  const open = async () => {
    const current = options();
    const t = i18n();
    const snippetOptions: SnippetOptions = {
      base: buildBase(doc.baseURI),
      lang: current?.lang ?? "de",
      site: selected,
      theme: current?.theme ?? "auto",
      asOf: current?.asOf ?? null,
      downloads: current?.downloads ?? true,
    };
    // The element snippet carries the list of sites as its content without JavaScript; the build emits it.
    const listUrl = new URL(`static/list-${snippetOptions.lang}.html`, snippetOptions.base);
    const staticList = await win
      .fetch(listUrl)
      .then((response) => (response.ok ? response.text() : ""))
      .catch(() => "");
    const status = el(doc, "p", { class: "embed-status", attrs: { role: "status" } });
    const close = el(doc, "button", { text: t.t("embed.close"), attrs: { type: "button" } });
    close.addEventListener("click", () => dialog.close(), { signal });
    const iframe = snippetField("embed-iframe", t.t("embed.iframe"), iframeSnippet(snippetOptions), status);
    const element = snippetField(
      "embed-element",
      t.t("embed.element"),
      elementSnippet(snippetOptions, staticList.trim()),
      status,
    );
    // The editor decides whether readers may download the picture and the data; both snippets follow at once.
    const downloads = el(doc, "input", { attrs: { type: "checkbox", id: "embed-downloads" } });
    downloads.checked = snippetOptions.downloads !== false;
    downloads.addEventListener(
      "change",
      () => {
        snippetOptions.downloads = downloads.checked;
        fieldOf(iframe).value = iframeSnippet(snippetOptions);
        fieldOf(element).value = elementSnippet(snippetOptions, staticList.trim());
      },
      { signal },
    );
    dialog.replaceChildren(
      el(doc, "h2", { text: t.t("embed.title"), attrs: { id: "embed-title" } }),
      el(doc, "p", { text: t.t("embed.intro", { version: __APP_VERSION__ }) }),
      el(doc, "p", {
        class: "embed-settings",
        text: t.t("embed.settings", {
          lang: snippetOptions.lang,
          site: snippetOptions.site ?? t.t("embed.none"),
          theme: snippetOptions.theme,
          asOf: snippetOptions.asOf ?? t.t("embed.latest"),
        }),
      }),
      el(
        doc,
        "p",
        { class: "embed-option" },
        downloads,
        el(doc, "label", { text: t.t("embed.downloads"), attrs: { for: "embed-downloads" } }),
      ),
      iframe,
      element,
      status,
      close,
    );
    if (!dialog.open) dialog.showModal();
  };
  button.addEventListener("click", () => void open(), { signal });
  // Focus returns to the button when the dialog closes, so keyboard readers are where they started.
  dialog.addEventListener("close", () => button.focus(), { signal });

  return {
    destroy() {
      controller.abort();
      if (dialog.open) dialog.close();
      dialog.remove();
      // A button the page brought stays the page's.
      if (button !== existing) button.remove();
    },
  };
}
