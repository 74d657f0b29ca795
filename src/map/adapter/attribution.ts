/**
 * The compact attribution opens by itself once the style's sources name their attributions, and would cover the
 * inset and the scale bar; the (i) button keeps it one click away, and an embed's credits line names every source
 * as well. It is closed in the same task that opened it (this listener runs after the control's), so it never
 * paints open and then jumps shut; after the first load the reader's own clicks decide.
 */

import type { Map as MaplibreMap } from "maplibre-gl";
import type { Subscriptions } from "./subscriptions.ts";

export function keepAttributionClosedUntilLoad(map: MaplibreMap, subscriptions: Subscriptions): void {
  const closeAttribution = () => {
    map.getContainer().querySelector(".maplibregl-ctrl-attrib")?.classList.remove("maplibregl-compact-show");
  };
  map.on("data", closeAttribution);
  subscriptions.once("load", () => {
    closeAttribution();
    map.off("data", closeAttribution);
  });
  subscriptions.add(() => map.off("data", closeAttribution));
}
