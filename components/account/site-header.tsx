/* eslint-disable @next/next/no-html-link-for-pages -- plain links keep next/link out of every first load (see the comment below) */
/**
 * The site header. Its signed-in part (AccountNav) is drawn in the browser from the session, not
 * on the server: reading the session here would make every page dynamic, including the reader,
 * which is served as static HTML. The language comes from the route, so it stays static too.
 * Its links are plain <a>: next/link would put about 1.3 KB gzip of router code into every page's
 * first load, for links that go to other static pages anyway.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { AccountNav } from "./account-nav";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("Header");
  const locale = await getLocale();
  return (
    <header className="site-header">
      <a href="/" className="brand">
        Interleaf
      </a>
      <span className="brand-tagline">{t("tagline")}</span>
      <LocaleSwitcher
        current={isLocale(locale) ? locale : "en"}
        label={t("language")}
        options={LOCALES.map((l) => ({ value: l, name: LOCALE_NAMES[l] }))}
      />
      <AccountNav />
    </header>
  );
}
