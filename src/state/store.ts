/**
 * The one store of a map instance: which feature is selected, which is hovered, and which company a story step
 * highlights. Map clicks, list clicks, the keyboard, the URL and story steps all change state through the same
 * select(id), so every view agrees on it.
 */

/** Where a change came from; views use it to decide about focus and camera (not about what to show). */
export type ChangeSource = "map" | "list" | "url" | "restore" | "api" | "popup" | "story";

export interface State {
  selectedId: string | null;
  hoverId: string | null;
  /** A company whose relations stand out while the rest recede (a story step's data-highlight); or null. */
  highlightId: string | null;
  /** What caused the latest change of selectedId. */
  selectionSource: ChangeSource;
}

/** The feature whose links stand out: the hovered one, else the story's highlighted company, else the selected. */
export function emphasisOf(state: State): string | null {
  return state.hoverId ?? state.highlightId ?? state.selectedId;
}

export type Listener = (state: State, previous: State) => void;

export interface Store {
  get(): State;
  select(id: string | null, source?: ChangeSource): void;
  hover(id: string | null): void;
  highlight(id: string | null): void;
  /** Calls the listener after every change; returns the function that unsubscribes it. */
  subscribe(listener: Listener): () => void;
}

export function createStore(isKnown: (id: string) => boolean = () => true): Store {
  let state: State = { selectedId: null, hoverId: null, highlightId: null, selectionSource: "api" };
  const listeners = new Set<Listener>();
  const set = (next: State) => {
    // The same selection made by someone else is news too: a reader choosing what a story step chose asks for
    // its details (popups.ts).
    const sameSelection =
      next.selectedId === state.selectedId &&
      (next.selectedId === null || next.selectionSource === state.selectionSource);
    if (sameSelection && next.hoverId === state.hoverId && next.highlightId === state.highlightId) return;
    const previous = state;
    state = next;
    // A copy, so a listener that unsubscribes during the call does not skip another.
    for (const listener of [...listeners]) listener(state, previous);
  };
  return {
    get: () => state,
    select(id, source = "api") {
      const selectedId = id !== null && isKnown(id) ? id : null;
      set({ ...state, selectedId, selectionSource: source });
    },
    hover(id) {
      set({ ...state, hoverId: id !== null && isKnown(id) ? id : null });
    },
    highlight(id) {
      set({ ...state, highlightId: id !== null && isKnown(id) ? id : null });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
