/**
 * The standalone page's Embed button. It is in index.html from the start, so that it takes its room before any
 * script runs and nothing below it moves when the script arrives. It follows the map's selection through the
 * element's `select` event, and loads the dialog (embed-dialog.ts), which only editors use, at its first click.
 */
import type { AiInfraMapElement } from "../element/element.ts";
import type { EmbedDialog } from "./embed-dialog.ts";

export function mountEmbedButton(map: AiInfraMapElement, button: HTMLButtonElement): void {
  let selected: string | null = map.options?.site ?? null;
  map.addEventListener("select", (event) => {
    selected = (event as CustomEvent<{ id: string | null }>).detail.id;
  });
  let dialog: Promise<EmbedDialog> | null = null;
  button.addEventListener("click", () => {
    dialog ??= import("./embed-dialog.ts").then(({ createEmbedDialog }) => createEmbedDialog(map, button));
    dialog.then(
      (loaded) => loaded.open(selected),
      (error: unknown) => {
        // A dialog that could not be loaded is asked for again at the next click.
        dialog = null;
        console.error(error);
      },
    );
  });
}
