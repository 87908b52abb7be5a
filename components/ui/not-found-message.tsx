"use client";
/* eslint-disable @next/next/no-html-link-for-pages -- plain links keep next/link out of every first load (see the comment below) */
/**
 * The not-found pages' text. A client component on purpose: Next renders a segment's not-found
 * boundary alongside its page, before the page has told next-intl its locale, so a server
 * translation there would read the request headers and make the static reader dynamic. The
 * layout's NextIntlClientProvider already knows the locale. A plain <a>: this boundary is part of
 * every page's first load, and next/link would bring its router code with it.
 */
import { useTranslations } from "next-intl";

export function NotFoundMessage({ kind }: { kind: "page" | "document" }) {
  const t = useTranslations("NotFound");
  return (
    <div className="page message-page">
      <h1>{kind === "document" ? t("documentTitle") : t("title")}</h1>
      <p>{kind === "document" ? t("documentBody") : t("body")}</p>
      <p>
        <a href="/">{t("allTexts")}</a>
      </p>
    </div>
  );
}
