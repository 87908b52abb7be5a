import { describe, expect, it } from "vitest";
import { ACCEPT_HANT, ACCEPT_LANGUAGE_MAX } from "./locale-rewrites.js";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK,zh;q=0.9,en;q=0.8", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-CN,zh;q=0.9", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh", "zh-Hans"],
    ["zh-Hans-HK", "zh-Hans"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["fr;q=0.9,zh-TW;q=0.8", "zh-Hant"],
    ["en;q=0.5,zh-CN;q=0.8", "zh-Hans"],
    ["", "en"],
    [null, "en"],
    ["*", "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("gives English for a header longer than the rewrites read, as they do", () => {
    const header = `zh-TW,${"x".repeat(ACCEPT_LANGUAGE_MAX)}`;
    expect(negotiateLocale(header)).toBe("en");
    expect(new RegExp(`^${ACCEPT_HANT}$`).test(header)).toBe(false);
    expect(negotiateLocale(header.slice(0, ACCEPT_LANGUAGE_MAX))).toBe("zh-Hant");
  });
});
