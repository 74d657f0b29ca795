/**
 * The element's style sheet, one file per component beside its module, joined in the order the cascade needs:
 * the element's own base and layout first, then the panel and its parts, the map's controls, the details, the
 * picture, and what comes later to win over them (print, reduced motion, the story, the fault, the markers).
 * Joined by `+` so that the build folds the texts into one string.
 */
import details from "../details/details.css?inline";
import surface from "../details/surface.css?inline";
import downloads from "../download/downloads.css?inline";
import mapControls from "../map/map-controls.css?inline";
import markers from "../map/markers.css?inline";
import chart from "../panel/chart.css?inline";
import credits from "../panel/credits.css?inline";
import legend from "../panel/legend.css?inline";
import panel from "../panel/panel.css?inline";
import relationsTable from "../panel/relations-table.css?inline";
import sideList from "../panel/side-list.css?inline";
import timeControl from "../panel/time-control.css?inline";
import picture from "../picture/picture.css?inline";
import pictureTargets from "../picture/picture-targets.css?inline";
import story from "../story/story.css?inline";
import base from "./base.css?inline";
import fault from "./fault.css?inline";
import heading from "./heading.css?inline";
import shell from "./shell.css?inline";

export default base +
  shell +
  panel +
  sideList +
  legend +
  chart +
  mapControls +
  surface +
  pictureTargets +
  details +
  picture +
  fault +
  credits +
  downloads +
  heading +
  timeControl +
  story +
  markers +
  relationsTable;
