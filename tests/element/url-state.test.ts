// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { clearTapHash, followLanguage, ownsUrl, writeUrlState } from "../../src/element/url-state.ts";

function host(owns: boolean) {
  const element = document.createElement("ai-infra-map");
  if (owns) element.setAttribute("url-state", "");
  return element;
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
  document.documentElement.lang = "";
});

describe("the page's URL and language", () => {
  it("belong to the element only with the url-state attribute", () => {
    expect(ownsUrl(host(true))).toBe(true);
    expect(ownsUrl(host(false))).toBe(false);
  });

  it("keep the selection and the date in the query, and the camera hash MapLibre wrote", () => {
    window.history.replaceState({ kept: 1 }, "", "/?lang=en&site=old#5/52/0");
    writeUrlState(host(true), "loughton", "2026-04");
    expect(window.location.search).toBe("?lang=en&site=loughton&as-of=2026-04");
    expect(window.location.hash).toBe("#5/52/0");
    expect(window.history.state).toEqual({ kept: 1 });
    writeUrlState(host(true), null, null);
    expect(window.location.search).toBe("?lang=en");
  });

  it("are left alone by an element embedded in an article", () => {
    window.history.replaceState(null, "", "/article?page=2#aim-loughton");
    const element = host(false);
    writeUrlState(element, "loughton", "2026-04");
    clearTapHash(element, window);
    followLanguage(element, "en");
    expect(window.location.href).toBe("http://localhost:3000/article?page=2#aim-loughton");
    expect(document.documentElement.lang).toBe("");
  });

  it("lose the hash an early tap's link left, and take the map's language", () => {
    window.history.replaceState(null, "", "/?lang=en#aim-loughton");
    clearTapHash(host(true), window);
    expect(window.location.href).toBe("http://localhost:3000/?lang=en");
    followLanguage(host(true), "en");
    expect(document.documentElement.lang).toBe("en");
  });
});
