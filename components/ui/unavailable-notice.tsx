/** What a reader sees, rendered on the server, while the database cannot be reached. */
import { getTranslations } from "next-intl/server";

export async function UnavailableNotice() {
  const t = await getTranslations("Unavailable");
  return (
    <div className="page message-page" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>{t("reload")}</p>
    </div>
  );
}
