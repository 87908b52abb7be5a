// @ts-check
/**
 * The interface languages and the switcher's cookie. Plain JavaScript because next.config.js,
 * which Node loads without TypeScript, builds its rewrites from them; everything else imports
 * them through ./locales.ts.
 */
export const LOCALES = /** @type {const} */ (["en", "zh-Hant", "zh-Hans"]);

/** The cookie the switcher writes and the rewrites read; it outlives sign-in and sign-out. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
