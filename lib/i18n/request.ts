/** next-intl's per-request configuration: the locale comes from the `[locale]` segment (setRequestLocale). */
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Dates are shown in the reader's own zone in the browser; on the server, UTC keeps static pages stable.
    timeZone: "UTC",
  };
});
