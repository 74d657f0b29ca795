/** A fetch that serves geo/ from disk, for the loader's tests. */
import { readFileSync } from "node:fs";

export const BASE = new URL("https://maps.example.org/v/0.1.0/");

/** A fetch that serves geo/ from disk, answers `broken` files with `status`, and counts its calls. */
export function fakeFetch(broken: Record<string, { status: number; body?: string }> = {}) {
  const calls: string[] = [];
  const impl = (async (input: URL | RequestInfo) => {
    const url = String(input);
    calls.push(url);
    const file = url.slice(url.lastIndexOf("/") + 1);
    const fault = broken[file];
    if (fault) return new Response(fault.body ?? "not found", { status: fault.status });
    return new Response(readFileSync(`geo/${file}`, "utf8"), { status: 200 });
  }) as typeof fetch;
  return { impl, calls };
}
