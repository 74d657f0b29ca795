/**
 * Choices a reader makes on the static picture before the app has arrived. The picture's sites are links from
 * the first paint (to #aim-<id>, the list's entries): a tap on one before any script had arrived followed the
 * link, and a click or Enter on one while the app is still on its way is caught here instead of followed.
 * Neither is lost: the element keeps the choice and opens it as soon as the app answers. The app needs no
 * MapLibre for that, so the wait is short.
 */

/**
 * A choice made before the app could answer: a site by id (the page's select(), Enter on a link, a tap before
 * any script), or the point a finger tapped, which the picture then resolves as it resolves any tap (two marks
 * under one finger get the chooser).
 */
export type EarlyChoice = { id: string | null } | { x: number; y: number };

/** The site a tap before any script chose: the #aim-<id> its link left in the address, if the picture has it. */
export function tappedBeforeScript(picture: ParentNode, hash: string): string | null {
  const id = /^#aim-([\w-]+)$/.exec(hash)?.[1];
  if (!id || !picture.querySelector(`.picture-target[data-id="${id}"]`)) return null;
  return id;
}

/**
 * Until `signal` aborts, a click or Enter on one of the picture's links is kept from following the link and
 * handed to `choose` instead.
 */
export function catchEarlyChoices(
  host: HTMLElement,
  signal: AbortSignal,
  choose: (choice: EarlyChoice) => void,
): void {
  host.addEventListener(
    "click",
    (event) => {
      const target = event
        .composedPath()
        .find(
          (node): node is HTMLElement =>
            node instanceof HTMLElement && node.classList.contains("picture-target"),
        );
      const id = target?.dataset.id;
      if (!id) return;
      event.preventDefault();
      // Enter on a link (a click without a pointer) means that link; a tap means the point it touched.
      choose(event.detail === 0 ? { id } : { x: event.clientX, y: event.clientY });
    },
    { signal },
  );
}

/** Hands a tap made before the app arrived to the picture, which now answers taps, at the same point. */
export function tapAgain(host: HTMLElement, { x, y }: { x: number; y: number }): void {
  const under = host.shadowRoot?.elementFromPoint(x, y) ?? host.ownerDocument.elementFromPoint(x, y);
  under?.dispatchEvent(
    new MouseEvent("click", {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      detail: 1,
    }),
  );
}
