/**
 * Picks the interface language and rewrites each page request, inside the server, to the
 * `[locale]` segment: addresses stay as they were (no /en or /zh-Hant prefix) and each page is
 * rendered, and cached, once per language. The switcher's cookie decides; without it, the first
 * language in Accept-Language that we offer (see negotiateLocale, which these rules mirror and
 * whose tests they pass).
 *
 * Why next.config rewrites and not src/proxy.ts: they cost nothing per request (no function runs
 * before the static reader), and a proxy's rewrite is sent over the network, and fails, when
 * `next start --hostname 127.0.0.1` is used, as our tests and many nginx setups do
 * (vercel/next.js#94745). Next matches each `has` value as `^value$`.
 */
import { LOCALE_COOKIE, LOCALES, type Locale } from "./locales";

/** Any page address: not the API, Next's own files, a file with an extension, or an already rewritten one. */
const PAGE = `/:path((?!api/|_next/|_vercel/|${LOCALES.map((l) => `${l}(?:/|$)`).join("|")}|.*\\.[^/]*$).*)`;

// One Accept-Language entry that is neither English nor Chinese, with its comma: skipped.
const OTHER = "\\s*(?![Ee][Nn]\\b|[Zz][Hh]\\b)[^,]*,";
const HANT_TAG = "[Zz][Hh]-(?:[Hh][Aa][Nn][Tt]|[Tt][Ww]|[Hh][Kk]|[Mm][Oo])\\b";
/** Accept-Language whose first English or Chinese entry is Traditional, or Simplified (any other Chinese). */
export const ACCEPT_HANT = `(?:${OTHER})*\\s*${HANT_TAG}.*`;
export const ACCEPT_HANS = `(?:${OTHER})*\\s*[Zz][Hh](?!-(?:[Hh][Aa][Nn][Tt]|[Tt][Ww]|[Hh][Kk]|[Mm][Oo])\\b)(?:[-;,\\s].*)?`;

type Has = { type: "cookie" | "header"; key: string; value?: string };
export interface LocaleRewrite {
  source: string;
  destination: string;
  has?: Has[];
  missing?: Has[];
}

function to(locale: Locale, conditions: Pick<LocaleRewrite, "has" | "missing">): LocaleRewrite[] {
  return [
    { source: "/", destination: `/${locale}`, ...conditions },
    { source: PAGE, destination: `/${locale}/:path`, ...conditions },
  ];
}

const noCookie = { type: "cookie", key: LOCALE_COOKIE, value: `(?!${LOCALES.map((l) => `${l}$`).join("|")}).*` } as const;

/** In order: the cookie, then Accept-Language, then English. The first rule that matches wins. */
export function localeRewrites(): LocaleRewrite[] {
  return [
    ...LOCALES.flatMap((locale) => to(locale, { has: [{ type: "cookie", key: LOCALE_COOKIE, value: locale }] })),
    ...to("zh-Hant", { has: [{ type: "header", key: "accept-language", value: ACCEPT_HANT }], missing: [{ type: "cookie", key: LOCALE_COOKIE }] }),
    ...to("zh-Hans", { has: [{ type: "header", key: "accept-language", value: ACCEPT_HANS }], missing: [{ type: "cookie", key: LOCALE_COOKIE }] }),
    // A cookie with a value we do not offer counts as no cookie.
    ...to("zh-Hant", { has: [noCookie, { type: "header", key: "accept-language", value: ACCEPT_HANT }] }),
    ...to("zh-Hans", { has: [noCookie, { type: "header", key: "accept-language", value: ACCEPT_HANS }] }),
    ...to("en", {}),
  ];
}
