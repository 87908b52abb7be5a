"use client";
/** Registers the interface language's API error messages (the "ApiErrors" namespace) for callApi(); renders nothing. */
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { setErrorTranslator } from "./error-translator";

export function ApiErrorMessages() {
  const t = useTranslations("ApiErrors");
  const locale = useLocale();
  useEffect(() => {
    setErrorTranslator({
      locale,
      say(key, values) {
        if (!t.has(key as never)) return null;
        try {
          const said = t(key as never, values as never);
          // next-intl answers a message it could not format (a value missing) with its key.
          return said === `ApiErrors.${key}` ? null : said;
        } catch {
          return null;
        }
      },
    });
  }, [t, locale]);
  return null;
}
