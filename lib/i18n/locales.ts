/**
 * The interface languages. Pure data (no Next, no next-intl) so the rewrites, the switcher and the
 * tests share one list. The letter's own Chinese is data, not interface, and is never translated.
 */
import { LOCALE_COOKIE, LOCALES } from "./locale-list.js";
import { ACCEPT_LANGUAGE_MAX } from "./locale-rewrites.js";

export { LOCALE_COOKIE, LOCALES };
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language's name in itself, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-Hant": "繁體中文", "zh-Hans": "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

const HANT_REGIONS = new Set(["tw", "hk", "mo"]);

/** Maps one language tag to an interface language: zh-TW/HK/MO and zh-Hant-* to Traditional, other Chinese to Simplified. */
export function localeForTag(tag: string): Locale | null {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  if (parts[0] === "en") return "en";
  if (parts[0] !== "zh") return null;
  if (parts.includes("hant")) return "zh-Hant";
  if (parts.includes("hans")) return "zh-Hans";
  return parts.slice(1).some((p) => HANT_REGIONS.has(p)) ? "zh-Hant" : "zh-Hans";
}

/**
 * The first language of an Accept-Language header (by q-value) that we offer; English otherwise.
 * Like the rewrites, a header longer than ACCEPT_LANGUAGE_MAX (256) characters gets English: no
 * browser sends one, and the header is the client's to choose.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage || acceptLanguage.length > ACCEPT_LANGUAGE_MAX) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((entry, order) => {
      const [tag = "", ...params] = entry.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((e) => e.tag && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranked) {
    const locale = localeForTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
