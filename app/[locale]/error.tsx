"use client";
// Shown when a page fails to render: most often because the database is unreachable.
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div className="page message-page" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" className="button" onClick={() => reset()}>
        {t("tryAgain")}
      </button>
    </div>
  );
}
