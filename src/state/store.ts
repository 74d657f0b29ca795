/**
 * The one owner of a map instance's view state: the date the story is shown as of, the language, the theme,
 * which feature is selected, which is hovered, which company a story step highlights, and the camera a step
 * asked for. It is the only writer: the element's attributes, the URL, the time control, story steps, the
 * public API, clicks and keys send it intents (the methods below), and every view, the element's attributes
 * and the URL included, reflect what it holds by subscribing. Nobody reads a reflection back.
 */
import type { Camera } from "../contract/camera.ts";
import type { Lang } from "../i18n/index.ts";
import type { ThemeName } from "../theme.ts";

/** Where a change came from; views use it to decide about focus and camera (not about what to show). */
export type ChangeSource =
  | "map"
  | "list"
  | "url"
  | "restore"
  | "api"
  | "popup"
  | "story"
  | "time"
  | "attribute"
  /** The line on the map about its date: to the latest and back (src/panel/date-notice.ts). */
  | "notice";

export interface State {
  /**
   * The date the views show the story as of, in the data's date forms ("2025-09-17", "2026-04"); null is the
   * latest (the edition's date). The one representation of "latest": no view writes the edition's date here.
   */
  asOf: string | null;
  /** What caused the latest change of asOf. */
  dateSource: ChangeSource;
  /** The language every word is in; fixed for the instance (a new language is a new instance). */
  lang: Lang;
  /** The effective theme (auto already resolved against the reader's colour scheme). */
  theme: ThemeName;
  selectedId: string | null;
  hoverId: string | null;
  /** A company whose relations stand out while the rest recede (a story step's data-highlight); or null. */
  highlightId: string | null;
  /** What caused the latest change of selectedId. */
  selectionSource: ChangeSource;
  /**
   * The latest camera a story step asked for, or null. Each request is a new object, so a view flies to it
   * once: it compares by identity with the one it last flew to.
   */
  camera: Camera | null;
}

/** The feature whose links stand out: the hovered one, else the story's highlighted company, else the selected. */
export function emphasisOf(state: State): string | null {
  return state.hoverId ?? state.highlightId ?? state.selectedId;
}

export type Listener = (state: State, previous: State) => void;

export interface Store {
  get(): State;
  /** Shows the story as of a date (null: the latest). */
  setAsOf(asOf: string | null, source: ChangeSource): void;
  setTheme(theme: ThemeName): void;
  select(id: string | null, source?: ChangeSource): void;
  hover(id: string | null): void;
  highlight(id: string | null): void;
  /** Asks the camera to look somewhere (a story step); the live map flies there once it can. */
  lookAt(camera: Camera): void;
  /** Calls the listener after every change; returns the function that unsubscribes it. */
  subscribe(listener: Listener): () => void;
}

export interface StoreStart {
  lang: Lang;
  theme: ThemeName;
  asOf: string | null;
}

const DEFAULT_START: StoreStart = { lang: "de", theme: "light", asOf: null };

/**
 * A store whose ids are checked by `isKnown` (a site or company at the date shown), so a bad URL or a step
 * naming a feature the date does not know cannot select a ghost.
 */
export function createStore(isKnown: (id: string) => boolean = () => true, start = DEFAULT_START): Store {
  let state: State = {
    asOf: start.asOf,
    dateSource: "attribute",
    lang: start.lang,
    theme: start.theme,
    selectedId: null,
    hoverId: null,
    highlightId: null,
    selectionSource: "api",
    camera: null,
  };
  const listeners = new Set<Listener>();
  const set = (next: State) => {
    if (!changed(state, next)) return;
    const previous = state;
    state = next;
    // A copy, so a listener that unsubscribes during the call does not skip another.
    for (const listener of [...listeners]) listener(state, previous);
  };
  const known = (id: string | null) => (id !== null && isKnown(id) ? id : null);
  return {
    get: () => state,
    setAsOf: (asOf, source) => set({ ...state, asOf: asOf || null, dateSource: source }),
    setTheme: (theme) => set({ ...state, theme }),
    select: (id, source = "api") => set({ ...state, selectedId: known(id), selectionSource: source }),
    hover: (id) => set({ ...state, hoverId: known(id) }),
    highlight: (id) => set({ ...state, highlightId: known(id) }),
    lookAt: (camera) => set({ ...state, camera }),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Whether a change is news. The same selection made by someone else is: a reader choosing what a story step
 * chose asks for its details (popups.ts). The same date from another source is not: nothing to show anew.
 */
function changed(state: State, next: State): boolean {
  const sameSelection =
    next.selectedId === state.selectedId &&
    (next.selectedId === null || next.selectionSource === state.selectionSource);
  return (
    !sameSelection ||
    next.asOf !== state.asOf ||
    next.theme !== state.theme ||
    next.hoverId !== state.hoverId ||
    next.highlightId !== state.highlightId ||
    next.camera !== state.camera
  );
}
