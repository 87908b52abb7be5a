import { describe, expect, it } from "vitest";
import { findChromium } from "./find-chromium";

describe("findChromium", () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path);

  it("prefers the system Chromium", () => {
    expect(
      findChromium({ candidates: ["/usr/bin/chromium"], bundled: () => "/pw/chrome", exists: only("/usr/bin/chromium", "/pw/chrome") }),
    ).toBe("/usr/bin/chromium");
  });

  it("falls back to Playwright's own browser when it is installed", () => {
    expect(findChromium({ candidates: ["/usr/bin/chromium"], bundled: () => "/pw/chrome", exists: only("/pw/chrome") })).toBe("/pw/chrome");
  });

  it("finds nothing when neither is installed", () => {
    expect(findChromium({ candidates: ["/usr/bin/chromium"], bundled: () => "/pw/chrome", exists: only() })).toBeUndefined();
  });
});
