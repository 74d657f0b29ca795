/**
 * The "Embed" button of the standalone page: a dialog that shows both embed snippets with the map's current
 * options (language, selection, theme), each with a copy button. The editor chooses the kind (live, the default,
 * or this version, pinned) and the date the map shows (the article's, the latest, or the one shown now).
 * Snippets are shown in read-only text fields, so their markup stays text. Only editors use it: the page loads
 * this module at the button's first click (embed-button.ts).
 */

import { assetUrl } from "../assets.ts";
import type { AppOptions } from "../contract/options.ts";
import { el } from "../dom/dom.ts";
import type { AiInfraMapElement } from "../element/element.ts";
import { createI18n, type I18n, loadWords } from "../i18n/index.ts";
import {
  type Channel,
  type ChannelBases,
  channelBases,
  elementSnippet,
  iframeSnippet,
  type SnippetOptions,
} from "./embed-snippets.ts";

export interface EmbedDialog {
  /** Opens the dialog with the element's options as they are now and the reader's latest selection. */
  open(selected: string | null): Promise<void>;
}

/** Adds the dialog to the document; it reads the element's options each time it opens. */
export function createEmbedDialog(map: AiInfraMapElement, button: HTMLButtonElement): EmbedDialog {
  const doc = map.ownerDocument;
  const win = doc.defaultView ?? window;
  const dialog = el(doc, "dialog", { class: "embed-dialog", attrs: { "aria-labelledby": "embed-title" } });
  doc.body.append(dialog);
  // Focus returns to the button when the dialog closes, so keyboard readers are where they started.
  dialog.addEventListener("close", () => button.focus());
  return {
    async open(selected) {
      const snippetOptions = snippetOptionsOf(map.options, selected, doc.baseURI);
      const [staticList, articleDate] = await Promise.all([
        fetchText(win, assetUrl(`static/list-${snippetOptions.lang}.html`)),
        fetchArticleDate(win),
        loadWords(snippetOptions.lang),
      ]);
      const content = { snippetOptions, staticList, articleDate };
      dialog.replaceChildren(...dialogContent(dialog, content, createI18n(snippetOptions.lang)));
      if (!dialog.open) dialog.showModal();
    },
  };
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

/**
 * A file of this build (resolved like the app's own files, so also on the dev server) as text, or "" when it
 * cannot be read: the element snippet's list without JavaScript.
 */
function fetchText(win: Window, url: string): Promise<string> {
  return win
    .fetch(url)
    .then((response) => (response.ok ? response.text() : ""))
    .then((text) => text.trim())
    .catch(() => "");
}

/** The article's date from data/edition.json (the browser has it cached from the map's start), or null. */
function fetchArticleDate(win: Window): Promise<string | null> {
  return win
    .fetch(assetUrl("data/edition.json"))
    .then((response) => response.json() as Promise<{ articleDate?: unknown }>)
    .then(({ articleDate }) => (typeof articleDate === "string" ? articleDate : null))
    .catch(() => null);
}

/**
 * The dates a snippet may show: the article's, the latest (""), and the one shown now if it is another. The
 * time control's words name them, so the dialog and the map say the same.
 */
function dateChoices(t: I18n, articleDate: string | null, shown: string | null | undefined) {
  const choice = (value: string, label: string) => ({ value, label });
  return [
    ...(articleDate ? [choice(articleDate, `${t.t("time.article")} (${t.dateText(articleDate)})`)] : []),
    choice("", t.t("time.edition")),
    ...(shown && shown !== articleDate ? [choice(shown, t.dateText(shown))] : []),
  ];
}

/** An input with its label, in a paragraph: a radio button of a choice or the downloads' checkbox. */
function option(doc: Document, input: Record<string, string>, label: string, checked: boolean): HTMLElement {
  const box = el(doc, "input", { attrs: input });
  box.checked = checked;
  return el(
    doc,
    "p",
    { class: "embed-option" },
    box,
    el(doc, "label", { text: label, attrs: { for: input.id ?? "" } }),
  );
}

/** Radio buttons in a fieldset: arrow keys move between them, and a screen reader names them by the legend. */
function choiceGroup(
  doc: Document,
  name: string,
  legend: string,
  choices: { value: string; label: string }[],
  checked: string,
): HTMLFieldSetElement {
  const items = choices.map(({ value, label }, index) =>
    option(doc, { type: "radio", name, value, id: `embed-${name}-${index}` }, label, value === checked),
  );
  return el(doc, "fieldset", { class: "embed-choice" }, el(doc, "legend", { text: legend }), ...items);
}

/** The dialog's title, its form (the kind and date of the snippets, the downloads option, both snippets) and close. */
function dialogContent(
  dialog: HTMLDialogElement,
  content: { snippetOptions: DialogOptions; staticList: string; articleDate: string | null },
  t: I18n,
): HTMLElement[] {
  const { snippetOptions, staticList, articleDate } = content;
  const doc = dialog.ownerDocument;
  const status = el(doc, "p", { class: "embed-status", attrs: { role: "status" } });
  const close = el(doc, "button", { text: t.t("embed.close"), attrs: { type: "button" } });
  close.addEventListener("click", () => dialog.close());
  const field = (id: string, label: string) => snippetField(doc, { id, label, status, t });
  const iframe = field("embed-iframe", t.t("embed.iframe"));
  const element = field("embed-element", t.t("embed.element"));
  const kinds = [
    { value: "live", label: t.t("embed.live") },
    { value: "pinned", label: t.t("embed.pinned", { version: __APP_VERSION__ }) },
  ];
  // A form, so that one listener reads every choice; "dialog", so that Enter on a choice never leaves the page.
  const form = el(
    doc,
    "form",
    { attrs: { method: "dialog" } },
    choiceGroup(doc, "kind", t.t("embed.kind"), kinds, "live"),
    choiceGroup(
      doc,
      "date",
      t.t("time.heading"),
      dateChoices(t, articleDate, snippetOptions.asOf),
      snippetOptions.asOf ?? "",
    ),
    // The editor decides whether readers may download the picture and the data.
    option(
      doc,
      { type: "checkbox", name: "downloads", id: "embed-downloads" },
      t.t("embed.downloads"),
      snippetOptions.downloads,
    ),
    iframe,
    element,
    status,
    close,
  );
  // Every choice rewrites both snippets at once; the options they carry (language, selection, theme) show in them.
  const update = () => {
    const chosen = new FormData(form);
    snippetOptions.base = snippetOptions.bases[chosen.get("kind") as Channel];
    snippetOptions.asOf = (chosen.get("date") as string) || null;
    snippetOptions.downloads = chosen.has("downloads");
    fieldOf(iframe).value = iframeSnippet(snippetOptions);
    fieldOf(element).value = elementSnippet(snippetOptions, staticList);
  };
  form.addEventListener("input", update);
  update();
  return [el(doc, "h2", { text: t.t("embed.title"), attrs: { id: "embed-title" } }), form];
}

/** The textarea of a snippet field, to write a changed snippet into. */
const fieldOf = (section: HTMLElement) => section.querySelector("textarea") as HTMLTextAreaElement;

/** A snippet in a read-only field, with its heading and a copy button that says in `status` how it went. */
function snippetField(
  doc: Document,
  field: { id: string; label: string; status: HTMLElement; t: I18n },
): HTMLElement {
  const { id, label, status, t } = field;
  const text = el(doc, "textarea", {
    class: "embed-snippet",
    attrs: { id, readonly: "", rows: "8", spellcheck: "false", "aria-labelledby": `${id}-label` },
  });
  const copy = el(doc, "button", { text: t.t("embed.copy"), attrs: { type: "button" } });
  const done = (key: "embed.copied" | "embed.copyFailed") => {
    status.textContent = t.t(key);
  };
  copy.addEventListener("click", () => {
    text.select();
    // The clipboard needs a secure context and permission; where it is refused, the text stays selected.
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (!clipboard) return done("embed.copyFailed");
    clipboard.writeText(text.value).then(
      () => done("embed.copied"),
      () => done("embed.copyFailed"),
    );
  });
  return el(doc, "section", {}, el(doc, "h3", { text: label, attrs: { id: `${id}-label` } }), text, copy);
}
