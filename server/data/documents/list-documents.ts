import "server-only";
import { getDb } from "../../db";
import { readerPath } from "./document-url";
import { listedDocumentsWhere, type Viewer } from "./visibility";

export interface DocumentSummary {
  slug: string;
  title: string;
  url: string;
  source: string;
  publishedOn: string | null;
  segmentCount: number;
  versionCount: number;
  /** A class-only text: its class (listed to that class's members only). */
  class: { id: string; name: string } | null;
}

/** The shared list: public texts, and for a signed-in viewer the class-only texts of their classes. */
export async function listDocuments(viewer: Viewer, page?: { skip: number; take: number }): Promise<DocumentSummary[]> {
  const documents = await getDb().document.findMany({
    where: listedDocumentsWhere(viewer),
    orderBy: [{ publishedOn: "desc" }, { title: "asc" }, { id: "asc" }],
    ...page,
    select: {
      slug: true,
      title: true,
      source: true,
      publishedOn: true,
      visibility: true,
      class: { select: { id: true, name: true } },
      _count: { select: { segments: true, versions: true } },
    },
  });
  return documents.map((d) => ({
    slug: d.slug,
    title: d.title,
    url: readerPath(d.slug, d.visibility),
    source: d.source,
    publishedOn: d.publishedOn?.toISOString().slice(0, 10) ?? null,
    segmentCount: d._count.segments,
    versionCount: d._count.versions,
    class: d.visibility === "class" ? d.class : null,
  }));
}
