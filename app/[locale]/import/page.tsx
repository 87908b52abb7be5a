import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/imports/import-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { listOwnDocuments } from "@/server/data/documents/list-own-documents";
import { listMyClasses } from "@/server/data/classes/list-my-classes";
import { isTeacher } from "@/lib/classes/roles";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Import" });
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function ImportPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Import");
  const read = await readUnlessUnavailable(async () => {
    const user = await getCurrentUser();
    if (!user) redirect("/signin?callbackUrl=%2Fimport");
    // A teacher may make an import visible to one of their classes only (documents/visibility.ts).
    const taught = (await listMyClasses({ userId: user.id, page: { skip: 0, take: 200 } }))
      .filter((c) => isTeacher(c.role))
      .map((c) => ({ id: c.id, name: c.name }));
    return { own: await listOwnDocuments({ userId: user.id }), taught };
  });
  if (read === UNAVAILABLE) return <UnavailableNotice />;
  const { own, taught } = read;
  return (
    <div className="page import-page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <ClientMessages namespaces={["Import"]}>
        <ImportForm taughtClasses={taught} />
      </ClientMessages>
      {own.length > 0 && (
        <section className="own-documents" aria-labelledby="own-heading">
          <h2 id="own-heading">{t("yourImports")}</h2>
          <ul>
            {own.map((d) => (
              <li key={d.slug}>
                <Link href={d.published ? `/read/${encodeURIComponent(d.slug)}` : `/documents/${encodeURIComponent(d.slug)}/align`}>
                  {d.title}
                </Link>{" "}
                <span className="muted">
                  {t("importSummary", {
                    state: d.published ? t("published") : t("draft"),
                    readers:
                      d.visibility === "public"
                        ? t("readersEveryone")
                        : d.visibility === "class"
                          ? t("readersClass", { name: d.className ?? "" })
                          : t("readersOnlyYou"),
                    count: d.segmentCount,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
