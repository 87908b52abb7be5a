/**
 * The rewrite rules as Next applies them (each `has` value as ^value$, first matching rule wins),
 * checked against negotiateLocale on headers the way browsers send them (preferred first).
 */
import { describe, expect, it } from "vitest";
import { localeRewrites } from "./locale-rewrites.js";
import { negotiateLocale } from "./locales";

function pathMatches(source: string, path: string): boolean {
  if (source === "/") return path === "/";
  const pattern = source.replace(/^\/:path\((.*)\)$/, "$1");
  return new RegExp(`^/(?:${pattern})$`).test(path) && path !== "/";
}

function route(path: string, { cookie, acceptLanguage }: { cookie?: string; acceptLanguage?: string }): string | null {
  for (const rule of localeRewrites()) {
    if (!pathMatches(rule.source, path)) continue;
    const value = (c: { type: string }) => (c.type === "cookie" ? cookie : acceptLanguage);
    const has = (rule.has ?? []).every(
      (c) => value(c) !== undefined && (c.value === undefined || new RegExp(`^${c.value}$`).test(value(c)!)),
    );
    const missing = (rule.missing ?? []).every((c) => value(c) === undefined);
    if (has && missing) return rule.destination.replace(":path", path.slice(1));
  }
  return null;
}

describe("locale rewrites", () => {
  it.each([
    "zh-TW,zh;q=0.9,en;q=0.8",
    "zh-HK",
    "zh-MO,en;q=0.5",
    "zh-Hant-TW",
    "zh-CN,zh;q=0.9",
    "zh-SG",
    "zh",
    "zh-Hans-HK",
    "en-US,en;q=0.9",
    "en-GB,zh-TW;q=0.8",
    "fr-FR,fr;q=0.9",
    "fr-FR,zh-TW;q=0.8",
    "de,zh-CN;q=0.5",
    "ja,en;q=0.9,zh-TW;q=0.8",
    "*",
  ])("Accept-Language %s: as negotiateLocale", (header) => {
    expect(route("/documents/openai-letter-2023", { acceptLanguage: header })).toBe(
      `/${negotiateLocale(header)}/documents/openai-letter-2023`,
    );
  });

  it("the cookie wins over Accept-Language, and an unknown cookie counts as none", () => {
    expect(route("/", { cookie: "zh-Hans", acceptLanguage: "zh-TW" })).toBe("/zh-Hans");
    expect(route("/signup", { cookie: "en", acceptLanguage: "zh-CN" })).toBe("/en/signup");
    expect(route("/signup", { cookie: "klingon", acceptLanguage: "zh-TW" })).toBe("/zh-Hant/signup");
    expect(route("/signup", { cookie: "klingon" })).toBe("/en/signup");
  });

  it("no header and no cookie: English", () => {
    expect(route("/", {})).toBe("/en");
    expect(route("/s/abc_DEF-123", {})).toBe("/en/s/abc_DEF-123");
  });

  it("leaves the API, Next's files, files with an extension and rewritten paths alone", () => {
    for (const path of [
      "/api/health",
      "/_next/static/chunks/a.js",
      "/icon.svg",
      "/robots.txt",
      "/en/documents/x",
      "/zh-Hant",
      "/zh-Hans/signup",
    ]) {
      expect({ path, to: route(path, { cookie: "zh-Hant" }) }).toEqual({ path, to: null });
    }
  });

  it("does not take words that merely start like a locale for one", () => {
    expect(route("/english-notes", {})).toBe("/en/english-notes");
  });

  // Next runs these patterns on every page request against headers and paths the client writes.
  // Before the fix, 18 repetitions of "  ," took 15 s; 10 KB of each shape must take milliseconds.
  it.each([
    ["spaces and commas", `${"  ,".repeat(3400)}x`],
    ["entries without a comma", `${"fr ".repeat(3400)}zh`],
    ["many other languages", `${"de-DE;q=0.9,".repeat(850)}zh-TW`],
    ["a near-miss Chinese tag", `${"zh-".repeat(3400)}`],
  ])("an Accept-Language of %s is matched in linear time", (_, header) => {
    const started = performance.now();
    route("/documents/x", { acceptLanguage: header });
    expect(performance.now() - started).toBeLessThan(100);
    expect(route("/", { acceptLanguage: header })).toBe("/en");
  });

  it.each([".".repeat(10_000) + "/", "/a.".repeat(3400), `${"a/".repeat(5000)}.x`])(
    "a path of 10 KB of dots and slashes is matched in linear time",
    (tail) => {
      const started = performance.now();
      route(`/x${tail}`, {});
      expect(performance.now() - started).toBeLessThan(100);
    },
  );
});
