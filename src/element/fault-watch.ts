/**
 * The faults that come while the map runs rather than while it loads: the interface font's files, and the live
 * map's own faults, among them the graphics context the browser may take away and give back. This module
 * decides what each one means (which kind, whether it stops the map, when the map is whole again); the
 * element's report, shown by fault.ts, does the telling.
 */

import type { FaultKind } from "../contract/faults.ts";
import { type FontStatus, UI_FONT_FAMILY } from "../map/fonts.ts";
import type { MapFault } from "../map/map-faults.ts";

/** How the element reports a fault: a fatal one stops the map until a retry (or the context comes back). */
export type ReportFault = (kind: FaultKind, error: unknown, fatal: boolean) => void;

/**
 * The interface font is the map's label font too: if its files fail, both fall back to system fonts. The
 * failure may have happened already, while the picture was showing. The watch ends when `signal` aborts.
 */
export function watchFont(status: FontStatus, signal: AbortSignal, report: ReportFault): void {
  const fontFailed = () =>
    report("font", new Error(`ai-infra-map: the font ${UI_FONT_FAMILY} could not be loaded`), false);
  if (status.failed) fontFailed();
  status.addEventListener("failed", fontFailed, { signal });
}

export interface MapFaultWatch {
  /** A fault of the running map: a lost graphics context stops it until the browser gives it back. */
  onFault(fault: MapFault): void;
  /** Forgets a lost context: the map was stopped, and a new one starts with a context of its own. */
  reset(): void;
}

/**
 * Follows the running map's faults. `showsError` tells whether the element still shows the fault that stopped
 * it; `recovered` clears it once the browser has given the context back.
 */
export function createMapFaultWatch(hooks: {
  report: ReportFault;
  showsError: () => boolean;
  recovered: () => void;
}): MapFaultWatch {
  let contextLost = false;
  return {
    onFault(fault) {
      if (fault.kind === "context-restored") {
        // The browser gave the graphics context back and MapLibre redraws: the map is whole again.
        if (contextLost && hooks.showsError()) {
          contextLost = false;
          hooks.recovered();
        }
        return;
      }
      if (fault.kind === "context-lost") {
        contextLost = true;
        hooks.report(
          "context-lost",
          new Error("ai-infra-map: the browser took the WebGL context away"),
          true,
        );
        return;
      }
      hooks.report(fault.kind, fault.error, false);
    },
    reset() {
      contextLost = false;
    },
  };
}
