import "server-only";
import { getDb } from "../../db";
import { documentPath } from "./document-url";
import { visibleDocumentsWhere, type Viewer } from "./visibility";

export interface DocumentSummary {
  slug: string;
  title: string;
  url: string;
  source: string;
  publishedOn: string | null;
  segmentCount: number;
  versionCount: number;
}

export async function listDocuments(viewer: Viewer, page?: { skip: number; take: number }): Promise<DocumentSummary[]> {
  const documents = await getDb().document.findMany({
    where: visibleDocumentsWhere(viewer),
    orderBy: [{ publishedOn: "desc" }, { title: "asc" }, { id: "asc" }],
    ...page,
    select: {
      slug: true,
      title: true,
      source: true,
      publishedOn: true,
      _count: { select: { segments: true, versions: true } },
    },
  });
  return documents.map((d) => ({
    slug: d.slug,
    title: d.title,
    url: documentPath(d.slug),
    source: d.source,
    publishedOn: d.publishedOn?.toISOString().slice(0, 10) ?? null,
    segmentCount: d._count.segments,
    versionCount: d._count.versions,
  }));
}
