/**
 * The "Embed" button of the standalone page: a dialog that shows both embed snippets with the map's current
 * options (language, selection, theme), each with a copy button. The editor chooses the kind (live, the default,
 * or this version, pinned) and the date the map shows (the article's, the latest, or the one shown now).
 * Snippets are shown in read-only text fields, so their markup stays text.
 */

import { assetUrl } from "../assets.ts";
import type { AppOptions } from "../contract/options.ts";
import { el } from "../dom/dom.ts";
import type { AiInfraMapElement } from "../element/element.ts";
import { createI18n, type I18n } from "../i18n/index.ts";
import {
  type Channel,
  type ChannelBases,
  channelBases,
  elementSnippet,
  iframeSnippet,
  type SnippetOptions,
} from "./embed-snippets.ts";

export interface EmbedDialog {
  destroy(): void;
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
    const [staticList, articleDate] = await Promise.all([
      fetchText(win, new URL(`static/list-${snippetOptions.lang}.html`, snippetOptions.bases.pinned)),
      fetchText(win, assetUrl("data/edition.json")).then(articleDateOf),
    ]);
    const content = { snippetOptions, staticList, articleDate };
    dialog.replaceChildren(...dialogContent(dialog, content, i18n(), signal));
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

/** The snippets' options: the map's as they are now, with the reader's latest selection, and a live base. */
function snippetOptionsOf(current: Readonly<AppOptions> | null, selected: string | null, pageUrl: string) {
  const bases = channelBases(pageUrl, __APP_VERSION__);
  return {
    bases,
    base: bases.live,
    lang: current?.lang ?? "de",
    site: selected,
    theme: current?.theme ?? "auto",
    asOf: current?.asOf ?? null,
    downloads: current?.downloads ?? true,
  } satisfies SnippetOptions & { bases: ChannelBases };
}

type DialogOptions = ReturnType<typeof snippetOptionsOf>;

/** A file of the build as text, or "" when it cannot be read: the element snippet's list without JavaScript. */
function fetchText(win: Window, url: URL | string): Promise<string> {
  return win
    .fetch(url)
    .then((response) => (response.ok ? response.text() : ""))
    .then((text) => text.trim())
    .catch(() => "");
}

/** The article's date from data/edition.json (the browser has it cached from the map's start), or null. */
function articleDateOf(text: string): string | null {
  try {
    const date = (JSON.parse(text) as { articleDate?: unknown }).articleDate;
    return typeof date === "string" ? date : null;
  } catch {
    return null;
  }
}

/** The dates a snippet may show: the article's, the latest (null), and the one shown now if it is another. */
function dateChoices(t: I18n, articleDate: string | null, shown: string | null | undefined) {
  const choices: { value: string; label: string }[] = [];
  if (articleDate) {
    choices.push({ value: articleDate, label: t.t("embed.dateArticle", { date: t.dateText(articleDate) }) });
  }
  choices.push({ value: "", label: t.t("embed.dateLatest") });
  if (shown && shown !== articleDate) {
    choices.push({ value: shown, label: t.t("embed.dateShown", { date: t.dateText(shown) }) });
  }
  return choices;
}

/**
 * A group of radio buttons in a fieldset; `change` gets the chosen value. Native radios: arrow keys move
 * between them and a screen reader names the group by its legend.
 */
function choiceGroup(
  doc: Document,
  group: { name: string; legend: string; checked: string; choices: { value: string; label: string }[] },
  change: (value: string) => void,
  signal: AbortSignal,
): HTMLFieldSetElement {
  const items = group.choices.map(({ value, label }, index) => {
    const id = `embed-${group.name}-${index}`;
    const input = el(doc, "input", { attrs: { type: "radio", name: `embed-${group.name}`, id, value } });
    input.checked = value === group.checked;
    input.addEventListener("change", () => change(value), { signal });
    return el(
      doc,
      "p",
      { class: "embed-option" },
      input,
      el(doc, "label", { text: label, attrs: { for: id } }),
    );
  });
  return el(doc, "fieldset", { class: "embed-choice" }, el(doc, "legend", { text: group.legend }), ...items);
}

/** The kind of snippet (live by default, or pinned to this version) and the date it shows. */
function snippetChoices(
  doc: Document,
  context: { snippetOptions: DialogOptions; articleDate: string | null; t: I18n; signal: AbortSignal },
  update: () => void,
): [HTMLFieldSetElement, HTMLFieldSetElement] {
  const { snippetOptions, articleDate, t, signal } = context;
  const kinds = [
    { value: "live", label: t.t("embed.live") },
    { value: "pinned", label: t.t("embed.pinned", { version: __APP_VERSION__ }) },
  ];
  const kind = choiceGroup(
    doc,
    { name: "kind", legend: t.t("embed.kind"), checked: "live", choices: kinds },
    (value) => {
      snippetOptions.base = snippetOptions.bases[value as Channel];
      update();
    },
    signal,
  );
  const dates = dateChoices(t, articleDate, snippetOptions.asOf);
  const date = choiceGroup(
    doc,
    { name: "date", legend: t.t("embed.date"), checked: snippetOptions.asOf ?? "", choices: dates },
    (value) => {
      snippetOptions.asOf = value || null;
      update();
    },
    signal,
  );
  return [kind, date];
}

/** The dialog's title, the kind and date of the snippets, the downloads option, both snippets and its close. */
function dialogContent(
  dialog: HTMLDialogElement,
  content: { snippetOptions: DialogOptions; staticList: string; articleDate: string | null },
  t: I18n,
  signal: AbortSignal,
): HTMLElement[] {
  const { snippetOptions, staticList, articleDate } = content;
  const doc = dialog.ownerDocument;
  const status = el(doc, "p", { class: "embed-status", attrs: { role: "status" } });
  const close = el(doc, "button", { text: t.t("embed.close"), attrs: { type: "button" } });
  close.addEventListener("click", () => dialog.close(), { signal });
  const field = (id: string, label: string) => snippetField(doc, { id, label, status, t, signal });
  const iframe = field("embed-iframe", t.t("embed.iframe"));
  const element = field("embed-element", t.t("embed.element"));
  const settings = el(doc, "p", { class: "embed-settings" });
  // Every choice rewrites both snippets and the settings line at once.
  const update = () => {
    fieldOf(iframe).value = iframeSnippet(snippetOptions);
    fieldOf(element).value = elementSnippet(snippetOptions, staticList);
    settings.textContent = t.t("embed.settings", {
      lang: snippetOptions.lang,
      site: snippetOptions.site ?? t.t("embed.none"),
      theme: snippetOptions.theme,
      asOf: snippetOptions.asOf ? t.dateText(snippetOptions.asOf) : t.t("embed.latest"),
    });
  };
  update();
  const [kind, date] = snippetChoices(doc, { snippetOptions, articleDate, t, signal }, update);
  // The editor decides whether readers may download the picture and the data; both snippets follow at once.
  const downloads = el(doc, "input", { attrs: { type: "checkbox", id: "embed-downloads" } });
  downloads.checked = snippetOptions.downloads !== false;
  downloads.addEventListener(
    "change",
    () => {
      snippetOptions.downloads = downloads.checked;
      update();
    },
    { signal },
  );
  return [
    el(doc, "h2", { text: t.t("embed.title"), attrs: { id: "embed-title" } }),
    kind,
    date,
    settings,
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
  field: { id: string; label: string; status: HTMLElement; t: I18n; signal: AbortSignal },
): HTMLElement {
  const { id, label, status, t, signal } = field;
  const text = el(doc, "textarea", {
    class: "embed-snippet",
    attrs: { id, readonly: "", rows: "8", spellcheck: "false", "aria-labelledby": `${id}-label` },
  });
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
