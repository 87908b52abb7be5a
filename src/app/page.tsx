import Link from "next/link";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { listDocuments, type DocumentSummary } from "@/server/data/documents/list-documents";
import { isDatabaseUnavailable } from "@/server/http/database-errors";

// The list changes as documents are imported, and building it needs the database.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  let documents: DocumentSummary[];
  try {
    documents = await listDocuments({ userId: null });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <UnavailableNotice />;
    throw error;
  }
  return (
    <div className="page home">
      <h1>Texts</h1>
      <p className="lede">
        Read each text in English beside its Chinese translations, sentence by sentence. 逐句對照閱讀英文原文與中文譯本。
      </p>
      {documents.length === 0 ? (
        <p>No texts yet. Run <code>npm run db:deploy</code> to seed the letter.</p>
      ) : (
        <ul className="document-list">
          {documents.map((d) => (
            <li key={d.slug}>
              <Link href={d.url} className="document-card">
                <span className="document-card-title">{d.title}</span>
                <span className="document-card-meta">
                  {d.publishedOn && <time dateTime={d.publishedOn}>{d.publishedOn}</time>} · {d.segmentCount} sentences ·{" "}
                  {d.versionCount} Chinese {d.versionCount === 1 ? "version" : "versions"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
