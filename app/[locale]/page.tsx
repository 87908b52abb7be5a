import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { routeLocale } from "@/lib/i18n/request-locale";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { listDocuments } from "@/server/data/documents/list-documents";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";

// The list changes as documents are imported, and building it needs the database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Home");
  const format = await getFormatter();
  const documents = await readUnlessUnavailable(() => listDocuments({ userId: null }));
  if (documents === UNAVAILABLE) return <UnavailableNotice />;
  return (
    <div className="page home">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {documents.length === 0 ? (
        <p>{t.rich("empty", { command: () => <code>npm run db:deploy</code> })}</p>
      ) : (
        <ul className="document-list">
          {documents.map((d) => (
            <li key={d.slug}>
              <Link href={d.url} className="document-card">
                <span className="document-card-title">{d.title}</span>
                <span className="document-card-meta">
                  {d.publishedOn && <time dateTime={d.publishedOn}>{format.dateTime(new Date(d.publishedOn), { dateStyle: "long" })}</time>}
                  {d.publishedOn && " · "}
                  {t("meta", { sentences: d.segmentCount, versions: d.versionCount })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
