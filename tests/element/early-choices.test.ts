// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  catchEarlyChoices,
  type EarlyChoice,
  tapAgain,
  tappedBeforeScript,
} from "../../src/element/early-choices.ts";

/** An element with the build's picture in its light DOM: a link over each site's mark. */
function pictureHost() {
  const host = document.createElement("ai-infra-map");
  host.innerHTML = `<div slot="static"><svg></svg><a class="picture-target" data-id="loughton" href="#aim-loughton"><span>Loughton</span></a></div>`;
  document.body.append(host);
  return host;
}

const click = (target: Element, init: MouseEventInit) =>
  target.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true, ...init }));

describe("choices made on the picture before the app arrived", () => {
  it("include a tap before any script: the link's #aim-<id>, for a site the picture shows", () => {
    const host = pictureHost();
    expect(tappedBeforeScript(host, "#aim-loughton")).toBe("loughton");
    expect(tappedBeforeScript(host, "#aim-elsewhere")).toBeNull();
    expect(tappedBeforeScript(host, "#5/52/0")).toBeNull();
    expect(tappedBeforeScript(host, "")).toBeNull();
  });

  it("keep Enter on a link as that site and a tap as the point it touched, instead of following the link", () => {
    const host = pictureHost();
    const choices: EarlyChoice[] = [];
    const watch = new AbortController();
    catchEarlyChoices(host, watch.signal, (choice) => choices.push(choice));
    const label = host.querySelector("span") as Element;
    const enter = new MouseEvent("click", { bubbles: true, cancelable: true, detail: 0 });
    label.dispatchEvent(enter);
    click(label, { detail: 1, clientX: 120, clientY: 80 });
    expect(choices).toEqual([{ id: "loughton" }, { x: 120, y: 80 }]);
    expect(enter.defaultPrevented).toBe(true);
  });

  it("let other clicks through, and end with their signal", () => {
    const host = pictureHost();
    const choices: EarlyChoice[] = [];
    const watch = new AbortController();
    catchEarlyChoices(host, watch.signal, (choice) => choices.push(choice));
    expect(click(host, { detail: 1 })).toBe(true);
    watch.abort();
    expect(click(host.querySelector("span") as Element, { detail: 0 })).toBe(true);
    expect(choices).toEqual([]);
  });

  it("hand a tap again to whatever lies at its point now", () => {
    const host = pictureHost();
    const root = host.attachShadow({ mode: "open" });
    const surface = document.createElement("div");
    root.append(surface);
    root.elementFromPoint = () => surface;
    const received: MouseEvent[] = [];
    host.addEventListener("click", (event) => received.push(event));
    tapAgain(host, { x: 120, y: 80 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ clientX: 120, clientY: 80, detail: 1, composed: true });
  });
});
