/**
 * A share link that does not open. Next renders a not-found boundary before the page has told
 * next-intl its locale, so the language is read here the way the rewrites chose it (the cookie,
 * then Accept-Language): share links are rendered per request anyway (force-dynamic).
 */
import Link from "next/link";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";

export default async function ShareNotFound() {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : negotiateLocale((await headers()).get("accept-language"));
  const t = await getTranslations({ locale, namespace: "SharePage" });
  return (
    <div className="page message-page">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>{t.rich("notFoundAsk", { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </div>
  );
}
