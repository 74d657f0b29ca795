// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { fileName, saveFile } from "../../src/download/save.ts";

const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe("saving a file", () => {
  it("clicks a link to a Blob URL with the file's name, and revokes the URL afterwards", () => {
    vi.useFakeTimers();
    // jsdom has no Blob URLs; the browser test downloads real files.
    const create = vi.fn(() => "blob:test/1");
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute("href") ?? "", download: this.download });
    });
    saveFile(document, "map.csv", new Blob(["a"]));
    expect(clicked).toEqual([{ href: "blob:test/1", download: "map.csv" }]);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith("blob:test/1");
    // The link was never put into the page.
    expect(document.querySelector("a")).toBeNull();
  });

  it("names a file by the date it shows, in a form every file system accepts", () => {
    expect(fileName("ki-rechenzentren", "2026-11", "png")).toBe("ki-rechenzentren-2026-11.png");
    expect(fileName("ai-data-centres", "2025-09-16/2025-09-17", "csv")).toBe(
      "ai-data-centres-2025-09-16_2025-09-17.csv",
    );
    expect(fileName("x", "<=2025-01-13", "csv")).toBe("x-_2025-01-13.csv");
  });
});
