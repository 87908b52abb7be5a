import { afterEach, describe, expect, it, vi } from "vitest";
import { BoundedCache } from "./bounded-cache";

afterEach(() => vi.useRealTimers());

describe("BoundedCache", () => {
  it("drops the least recently used entry beyond its size", () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 2 });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("forgets entries after their time to live", () => {
    vi.useFakeTimers();
    const cache = new BoundedCache<string, number>({ maxEntries: 10, ttlMs: 1_000 });
    cache.set("a", 1);
    vi.advanceTimersByTime(999);
    expect(cache.get("a")).toBe(1);
    vi.advanceTimersByTime(1);
    expect(cache.get("a")).toBeUndefined();
  });
});
