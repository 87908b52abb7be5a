"use client";
/**
 * The not-found pages' text. A client component on purpose: Next renders a segment's not-found
 * boundary alongside its page, before the page has told next-intl its locale, so a server
 * translation there would read the request headers and make the static reader dynamic. The
 * layout's NextIntlClientProvider already knows the locale.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";

export function NotFoundMessage({ kind }: { kind: "page" | "document" }) {
  const t = useTranslations("NotFound");
  return (
    <div className="page message-page">
      <h1>{kind === "document" ? t("documentTitle") : t("title")}</h1>
      <p>{kind === "document" ? t("documentBody") : t("body")}</p>
      <p>
        <Link href="/">{t("allTexts")}</Link>
      </p>
    </div>
  );
}
