import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportForm } from "@/components/imports/import-form";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { listOwnDocuments, type OwnDocument } from "@/server/data/documents/list-own-documents";
import { isDatabaseUnavailable } from "@/server/http/database-errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Import a letter" };
export const dynamic = "force-dynamic";

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  await routeLocale(params);
  let own: OwnDocument[];
  try {
    const user = await getCurrentUser();
    if (!user) redirect("/signin?callbackUrl=%2Fimport");
    own = await listOwnDocuments({ userId: user.id });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <UnavailableNotice />;
    throw error;
  }
  return (
    <div className="page import-page">
      <h1>Import a letter</h1>
      <p className="lede">
        Paste or upload an English letter and its Chinese translation. Interleaf splits both into sentences and pairs them; you check the pairs, then publish.
      </p>
      <ImportForm />
      {own.length > 0 && (
        <section className="own-documents" aria-labelledby="own-heading">
          <h2 id="own-heading">Your imports</h2>
          <ul>
            {own.map((d) => (
              <li key={d.slug}>
                <Link href={d.published ? `/read/${encodeURIComponent(d.slug)}` : `/documents/${encodeURIComponent(d.slug)}/align`}>{d.title}</Link>{" "}
                <span className="muted">
                  {d.published ? "published" : "draft"} · {d.visibility === "public" ? "everyone" : "only you"} · {d.segmentCount} sentences
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
