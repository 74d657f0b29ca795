/**
 * The "Embed" button of the standalone page: a dialog that shows both embed snippets with the map's current
 * options (language, selection, theme) and this build's version, each with a copy button. Snippets are shown
 * in read-only text fields, so their markup stays text.
 */

import type { AppOptions } from "../contract/options.ts";
import { el } from "../dom/dom.ts";
import type { AiInfraMapElement } from "../element/element.ts";
import { createI18n, type I18n } from "../i18n/index.ts";
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
  const { button, existing } = embedButton(anchor);
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
  const open = async () => {
    const snippetOptions = snippetOptionsOf(options(), selected, doc.baseURI);
    const staticList = await fetchStaticList(win, snippetOptions);
    dialog.replaceChildren(...dialogContent(dialog, snippetOptions, staticList, i18n(), signal));
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

/**
 * The page may carry the button already (index.html does, so that it takes its room before any script runs and
 * nothing below it moves when the script arrives); otherwise it is made here.
 */
function embedButton(anchor: Element) {
  const existing = anchor.nextElementSibling;
  const button =
    existing instanceof HTMLButtonElement && existing.classList.contains("embed-button")
      ? existing
      : el(anchor.ownerDocument, "button", {
          class: "embed-button",
          attrs: { type: "button", "aria-haspopup": "dialog" },
        });
  return { button, existing };
}

/** The snippets' options: the map's as they are now, with the reader's latest selection. */
function snippetOptionsOf(current: Readonly<AppOptions> | null, selected: string | null, pageUrl: string) {
  return {
    base: buildBase(pageUrl),
    lang: current?.lang ?? "de",
    site: selected,
    theme: current?.theme ?? "auto",
    asOf: current?.asOf ?? null,
    downloads: current?.downloads ?? true,
  } satisfies SnippetOptions;
}

/** The element snippet carries the list of sites as its content without JavaScript; the build emits it. */
function fetchStaticList(win: Window, options: SnippetOptions): Promise<string> {
  const listUrl = new URL(`static/list-${options.lang}.html`, options.base);
  return win
    .fetch(listUrl)
    .then((response) => (response.ok ? response.text() : ""))
    .then((text) => text.trim())
    .catch(() => "");
}

/** The dialog's title, settings, the downloads option, both snippets with their copy buttons, and its close. */
function dialogContent(
  dialog: HTMLDialogElement,
  snippetOptions: SnippetOptions,
  staticList: string,
  t: I18n,
  signal: AbortSignal,
): HTMLElement[] {
  const doc = dialog.ownerDocument;
  const status = el(doc, "p", { class: "embed-status", attrs: { role: "status" } });
  const close = el(doc, "button", { text: t.t("embed.close"), attrs: { type: "button" } });
  close.addEventListener("click", () => dialog.close(), { signal });
  const field = (id: string, label: string, value: string) =>
    snippetField(doc, { id, label, value, status, t, signal });
  const iframe = field("embed-iframe", t.t("embed.iframe"), iframeSnippet(snippetOptions));
  const element = field("embed-element", t.t("embed.element"), elementSnippet(snippetOptions, staticList));
  // The editor decides whether readers may download the picture and the data; both snippets follow at once.
  const downloads = el(doc, "input", { attrs: { type: "checkbox", id: "embed-downloads" } });
  downloads.checked = snippetOptions.downloads !== false;
  downloads.addEventListener(
    "change",
    () => {
      snippetOptions.downloads = downloads.checked;
      fieldOf(iframe).value = iframeSnippet(snippetOptions);
      fieldOf(element).value = elementSnippet(snippetOptions, staticList);
    },
    { signal },
  );
  return [
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
  ];
}

/** The textarea of a snippet field, to write a changed snippet into. */
const fieldOf = (section: HTMLElement) => section.querySelector("textarea") as HTMLTextAreaElement;

/** A snippet in a read-only field, with its heading and a copy button that says in `status` how it went. */
function snippetField(
  doc: Document,
  field: { id: string; label: string; value: string; status: HTMLElement; t: I18n; signal: AbortSignal },
): HTMLElement {
  const { id, label, status, t, signal } = field;
  const text = el(doc, "textarea", {
    class: "embed-snippet",
    attrs: { id, readonly: "", rows: "8", spellcheck: "false", "aria-labelledby": `${id}-label` },
  });
  text.value = field.value;
  const copy = el(doc, "button", { text: t.t("embed.copy"), attrs: { type: "button" } });
  const done = (key: "embed.copied" | "embed.copyFailed") => {
    status.textContent = t.t(key);
  };
  copy.addEventListener(
    "click",
    () => {
      text.select();
      // The clipboard needs a secure context and permission; where it is refused, the text stays selected.
      const clipboard = doc.defaultView?.navigator.clipboard;
      if (!clipboard) return done("embed.copyFailed");
      clipboard.writeText(text.value).then(
        () => done("embed.copied"),
        () => done("embed.copyFailed"),
      );
    },
    { signal },
  );
  return el(doc, "section", {}, el(doc, "h3", { text: label, attrs: { id: `${id}-label` } }), text, copy);
}
