import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { routeLocale } from "@/lib/i18n/request-locale";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { listDocuments } from "@/server/data/documents/list-documents";
import { listOwnDocuments, type OwnDocument } from "@/server/data/documents/list-own-documents";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import { AssignmentList } from "@/components/assignments/assignment-list";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { listMyAssignmentSummaries } from "@/server/data/assignments/list-assignment-summaries";
import "@/components/classes/classes.css";

// The list changes as documents are imported, and building it needs the database.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

const MY_TEXTS_SHOWN = 8;

async function MyTexts({ own }: { own: OwnDocument[] }) {
  const t = await getTranslations("Home");
  const i = await getTranslations("Import");
  return (
    <section className="my-texts" aria-labelledby="my-texts-heading">
      <h2 id="my-texts-heading">{t("myTexts")}</h2>
      <ul>
        {own.slice(0, MY_TEXTS_SHOWN).map((d) => (
          <li key={d.slug}>
            <Link href={d.published ? `/read/${encodeURIComponent(d.slug)}` : `/documents/${encodeURIComponent(d.slug)}/align`}>
              {d.title}
            </Link>{" "}
            <span className="muted">
              {i("importSummary", {
                state: d.published ? i("published") : i("draft"),
                readers:
                  d.visibility === "public"
                    ? i("readersEveryone")
                    : d.visibility === "class"
                      ? i("readersClass", { name: d.className ?? "" })
                      : i("readersOnlyYou"),
                count: d.segmentCount,
              })}
            </span>
          </li>
        ))}
      </ul>
      {own.length > MY_TEXTS_SHOWN && <Link href="/import#own-heading">{t("allMyTexts")}</Link>}
    </section>
  );
}

export default async function HomePage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Home");
  const format = await getFormatter();
  const user = await getCurrentUser();
  // The public texts, and a member's class-only ones (their class named on the card).
  const documents = await readUnlessUnavailable(() => listDocuments({ userId: user?.id ?? null }));
  if (documents === UNAVAILABLE) return <UnavailableNotice />;
  // A signed-in reader's own imports, drafts and private texts included: the public list never shows those.
  const own = user ? await readUnlessUnavailable(() => listOwnDocuments({ userId: user.id, take: MY_TEXTS_SHOWN + 1 })) : [];
  // A student's assignments, soonest due first (teachers find theirs on their class pages).
  const assignments = user ? await listMyAssignmentSummaries({ userId: user.id }) : [];
  return (
    <div className="page home">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      {own !== UNAVAILABLE && own.length > 0 && <MyTexts own={own} />}
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
                  {d.class && ` · ${t("classOnly", { name: d.class.name })}`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
