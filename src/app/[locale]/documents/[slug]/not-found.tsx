import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function DocumentNotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="page message-page">
      <h1>{t("documentTitle")}</h1>
      <p>{t("documentBody")}</p>
      <p>
        <Link href="/">{t("allTexts")}</Link>
      </p>
    </div>
  );
}
