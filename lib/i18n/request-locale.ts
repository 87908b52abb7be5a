/**
 * Every page and layout under `[locale]` calls this first: it reads the locale from the route's
 * params (not from headers or cookies), so pages such as the reader stay statically rendered,
 * once per language.
 */
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
