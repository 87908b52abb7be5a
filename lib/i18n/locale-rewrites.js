// @ts-check
/**
 * Picks the interface language and rewrites each page request, inside the server, to the
 * `[locale]` segment: addresses stay as they were (no /en or /zh-Hant prefix) and each page is
 * rendered, and cached, once per language. The switcher's cookie decides; without it, the first
 * language in Accept-Language that we offer (see negotiateLocale, which these rules mirror and
 * whose tests they pass).
 *
 * Why next.config rewrites and not proxy.ts: they cost nothing per request (no function runs
 * before the static reader), and a proxy's rewrite is sent over the network, and fails, when
 * `next start --hostname 127.0.0.1` is used, as our tests and many nginx setups do
 * (vercel/next.js#94745). Plain JavaScript because next.config.js loads it.
 *
 * Next tests every `has` value as `^value$` against a header the client chooses, on every page
 * request, so each pattern here must run in linear time: no two quantifiers that can take the
 * same characters, and a length bound first (a longer Accept-Language gets English).
 */
import { LOCALE_COOKIE, LOCALES } from "./locale-list.js";

/** Longest Accept-Language we read; browsers send well under 100 characters. */
export const ACCEPT_LANGUAGE_MAX = 256;
const BOUNDED = `(?=[\\s\\S]{0,${ACCEPT_LANGUAGE_MAX}}$)`;

/**
 * Any page address: not the API, Next's own files, a file with an extension (its last segment
 * has a dot), or an already rewritten one. `[^/.]*$` after the dot keeps the lookahead linear.
 */
const PAGE = `/:path((?!api/|_next/|_vercel/|${LOCALES.map((l) => `${l}(?:/|$)`).join("|")}|(?:[^/]*/)*[^/]*\\.[^/.]*$).*)`;

// One Accept-Language entry that is neither English nor Chinese, with its comma: skipped. The
// lookahead is atomic and `[^,]*,` cannot cross a comma, so each entry is read once.
const OTHER = "(?!\\s*(?:[Ee][Nn]|[Zz][Hh])\\b)[^,]*,";
const HANT_REGION = "(?:[Hh][Aa][Nn][Tt]|[Tt][Ww]|[Hh][Kk]|[Mm][Oo])\\b";
/** Accept-Language whose first English or Chinese entry is Traditional, or Simplified (any other Chinese). */
export const ACCEPT_HANT = `${BOUNDED}(?:${OTHER})*\\s*[Zz][Hh]-${HANT_REGION}[\\s\\S]*`;
export const ACCEPT_HANS = `${BOUNDED}(?:${OTHER})*\\s*[Zz][Hh](?!-${HANT_REGION})(?:[-;,\\s][\\s\\S]*)?`;

/**
 * @typedef {{ type: "cookie" | "header", key: string, value?: string }} Has
 * @typedef {{ source: string, destination: string, has?: Has[], missing?: Has[] }} LocaleRewrite
 * @typedef {(typeof LOCALES)[number]} RewriteLocale
 */

/**
 * @param {RewriteLocale} locale
 * @param {{ has?: Has[], missing?: Has[] }} conditions
 * @returns {LocaleRewrite[]}
 */
function to(locale, conditions) {
  return [
    { source: "/", destination: `/${locale}`, ...conditions },
    { source: PAGE, destination: `/${locale}/:path`, ...conditions },
  ];
}

/** @type {Has} */
const noCookie = { type: "cookie", key: LOCALE_COOKIE, value: `(?!${LOCALES.map((l) => `${l}$`).join("|")})[\\s\\S]*` };
/** @type {Has[]} */
const noCookieAtAll = [{ type: "cookie", key: LOCALE_COOKIE }];
/** @param {string} value @returns {Has} */
const acceptLanguage = (value) => ({ type: "header", key: "accept-language", value });

/**
 * In order: the cookie, then Accept-Language, then English. The first rule that matches wins.
 * @returns {LocaleRewrite[]}
 */
export function localeRewrites() {
  return [
    ...LOCALES.flatMap((locale) => to(locale, { has: [{ type: "cookie", key: LOCALE_COOKIE, value: locale }] })),
    ...to("zh-Hant", { has: [acceptLanguage(ACCEPT_HANT)], missing: noCookieAtAll }),
    ...to("zh-Hans", { has: [acceptLanguage(ACCEPT_HANS)], missing: noCookieAtAll }),
    // A cookie with a value we do not offer counts as no cookie.
    ...to("zh-Hant", { has: [noCookie, acceptLanguage(ACCEPT_HANT)] }),
    ...to("zh-Hans", { has: [noCookie, acceptLanguage(ACCEPT_HANS)] }),
    ...to("en", {}),
  ];
}
