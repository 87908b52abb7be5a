import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { routeLocale } from "@/lib/i18n/request-locale";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { listDocuments } from "@/server/data/documents/list-documents";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getCurrentUser } from "@/server/auth/current-user";
import { listMyAssignmentSummaries } from "@/server/data/assignments/list-assignment-summaries";
import "@/components/classes/classes.css";

// The list changes as documents are imported, and building it needs the database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Home");
  const format = await getFormatter();
  const documents = await readUnlessUnavailable(() => listDocuments({ userId: null }));
  if (documents === UNAVAILABLE) return <UnavailableNotice />;
  const user = await getCurrentUser();
  // A student's assignments, soonest due first (teachers find theirs on their class pages).
  const assignments = user ? await listMyAssignmentSummaries({ userId: user.id }) : [];
  return (
    <div className="page home">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {assignments.length > 0 && (
        <ClientMessages namespaces={["Assignments"]}>
          <section className="class-section" aria-labelledby="my-assignments-heading">
            <h2 id="my-assignments-heading">{(await getTranslations("Assignments"))("homeHeading")}</h2>
            <AssignmentList items={assignments} labelledBy="my-assignments-heading" />
          </section>
        </ClientMessages>
      )}
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
