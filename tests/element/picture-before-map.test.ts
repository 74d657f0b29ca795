// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { dressPicture } from "../../src/element/picture-before-map.ts";

const showPictureIn = vi.fn(async () => {});
vi.mock("../../src/picture/picture-language.ts", () => ({ showPictureIn }));

function host(picture: string) {
  const element = document.createElement("ai-infra-map");
  element.innerHTML = picture;
  document.body.append(element);
  return element;
}
const snippetPicture = '<img slot="static" src="https://maps.example/v/1/static/map-de.svg" alt="">';
const inlinePicture = '<div slot="static" class="static-picture" data-lang="de"></div>';

afterEach(() => {
  document.body.replaceChildren();
  showPictureIn.mockClear();
  // jsdom has no matchMedia: a test that gives the window one takes it away again.
  Reflect.deleteProperty(document.defaultView as Window, "matchMedia");
});

describe("the picture before the map", () => {
  it("takes the map's theme, and a snippet's picture file its dark twin", () => {
    const dark = host(snippetPicture);
    dressPicture(dark, { theme: "dark", lang: "de" });
    expect(dark.dataset.theme).toBe("dark");
    expect(dark.querySelector("img")?.getAttribute("src")).toBe(
      "https://maps.example/v/1/static/map-de-dark.svg",
    );
    const light = host(snippetPicture);
    dressPicture(light, { theme: "light", lang: "de" });
    expect(light.dataset.theme).toBe("light");
    expect(light.querySelector("img")?.getAttribute("src")).toBe(
      "https://maps.example/v/1/static/map-de.svg",
    );
  });

  it("follows the reader's colour scheme where the theme is auto", () => {
    const matchMedia = vi.fn((query: string) => ({ matches: query === "(prefers-color-scheme: dark)" }));
    Object.assign(document.defaultView as Window, { matchMedia });
    const element = host(snippetPicture);
    dressPicture(element, { theme: "auto", lang: "de" });
    expect(element.dataset.theme).toBe("dark");
  });

  it("loads another language's picture only where the inline one is in another language", async () => {
    dressPicture(host(inlinePicture), { theme: "light", lang: "de" });
    const english = host(inlinePicture);
    dressPicture(english, { theme: "light", lang: "en" });
    await vi.waitFor(() => expect(showPictureIn).toHaveBeenCalledTimes(1));
    expect(showPictureIn).toHaveBeenCalledWith(english, "en", expect.any(URL));
  });
});
