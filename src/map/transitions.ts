/**
 * A change of date on the live map, animated: circles grow or shrink to their new size, relations that begin
 * draw in, relations that end turn dashed and fade in as such, and a site label whose figure changes fades out
 * with the old figure and in with the new. About 700 ms in all, through feature-state values the layers read
 * (layers.ts: powerMw, fade, labelFade), set once a frame through the map adapter. With reduced motion nothing
 * moves: the new date is drawn at once. A new change stops the one under way where it stands, so fast
 * scrolling through a story never queues animations: only the latest date is animated to.
 */
import type { View } from "../model/view.ts";
import type { MapView } from "./create-map.ts";

/** How long the parts take, in ms: the old labels fade out, then everything moves to the new date. */
export const LABEL_FADE_MS = 250;
export const CHANGE_MS = 700;

/** What changes between two views of the same data, as the animation needs it. Pure. */
export interface TransitionPlan {
  /** Sites whose circle changes size (or appears), from and to power in MW. */
  growing: { id: string; from: number; to: number }[];
  /** Relations that appear, or turn from active to ended or paused: faded in in their new look. */
  fading: string[];
  /** Sites whose label changes (its headline figure): faded out and in again. */
  relabelled: string[];
}

export function transitionPlan(previous: View, next: View): TransitionPlan {
  const before = new Map(previous.map.sites.features.map((f) => [f.properties.id, f.properties]));
  const relationsBefore = new Map(
    previous.map.relations.features.map((f) => [f.properties.id, f.properties]),
  );
  const growing: TransitionPlan["growing"] = [];
  const relabelled: string[] = [];
  for (const { properties: site } of next.map.sites.features) {
    const old = before.get(site.id);
    const from = old?.hasPower ? old.powerMw : 0;
    if (site.hasPower && from !== site.powerMw) growing.push({ id: site.id, from, to: site.powerMw });
    if (old && old.label !== site.label) relabelled.push(site.id);
  }
  const fading = next.map.relations.features
    .map((f) => f.properties)
    .filter((relation) => {
      const old = relationsBefore.get(relation.id);
      return !old || old.inactive !== relation.inactive;
    })
    .map((relation) => relation.id);
  return { growing, fading, relabelled };
}

/** Whether a plan moves anything at all. */
const isEmpty = (plan: TransitionPlan) =>
  plan.growing.length === 0 && plan.fading.length === 0 && plan.relabelled.length === 0;

export interface Transitions {
  /**
   * Goes from the view shown to `next`: `draw` puts the new view's data on the map (once the old labels have
   * faded out), and resolves once the animation has ended or was stopped by a later change.
   */
  change(previous: View, next: View, draw: () => void): Promise<void>;
  /** Stops the change under way, leaving the new view drawn. */
  stop(): void;
}

export interface TransitionOptions {
  mapView: MapView;
  reducedMotion(): boolean;
  /** The page's frame clock. */
  frame(callback: (time: number) => void): number;
  cancelFrame(handle: number): void;
  now(): number;
}

/** Eases in and out, so a change starts and lands softly. */
const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

export function createTransitions(options: TransitionOptions): Transitions {
  const { mapView } = options;
  let running: { plan: TransitionPlan; handle: number; finish: () => void } | null = null;

  /** Takes every animation value off the map: the layers then read the data's own values. */
  const clear = (plan: TransitionPlan) => {
    for (const { id } of plan.growing) mapView.removeFeatureState("sites", id, "powerMw");
    for (const id of plan.relabelled) mapView.removeFeatureState("sites", id, "labelFade");
    for (const id of plan.fading) mapView.removeFeatureState("relations", id, "fade");
  };

  const stop = () => {
    if (!running) return;
    options.cancelFrame(running.handle);
    clear(running.plan);
    const { finish } = running;
    running = null;
    finish();
  };

  return {
    change(previous, next, draw) {
      stop();
      const plan = transitionPlan(previous, next);
      if (options.reducedMotion() || isEmpty(plan)) {
        draw();
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const start = options.now();
        const labelPhase = plan.relabelled.length > 0 ? LABEL_FADE_MS : 0;
        let drawn = false;
        const step = (time: number) => {
          if (!running) return;
          const elapsed = time - start;
          if (!drawn && elapsed >= labelPhase) {
            draw();
            drawn = true;
          }
          if (!drawn) {
            const out = 1 - ease(Math.min(1, elapsed / LABEL_FADE_MS));
            for (const id of plan.relabelled) mapView.setFeatureState("sites", id, { labelFade: out });
          } else {
            const t = ease(Math.min(1, (elapsed - labelPhase) / CHANGE_MS));
            for (const { id, from, to } of plan.growing)
              mapView.setFeatureState("sites", id, { powerMw: from + (to - from) * t });
            for (const id of plan.fading) mapView.setFeatureState("relations", id, { fade: t });
            for (const id of plan.relabelled) mapView.setFeatureState("sites", id, { labelFade: t });
            if (elapsed >= labelPhase + CHANGE_MS) {
              stop();
              return;
            }
          }
          if (running) running.handle = options.frame(step);
        };
        running = { plan, handle: options.frame(step), finish: resolve };
        // The first frame draws the old labels' first fade or the new date's start at once.
        if (labelPhase === 0) {
          draw();
          drawn = true;
          for (const { id, from } of plan.growing) mapView.setFeatureState("sites", id, { powerMw: from });
          for (const id of plan.fading) mapView.setFeatureState("relations", id, { fade: 0 });
        }
      });
    },
    stop,
  };
}
