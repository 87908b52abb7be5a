import "server-only";
import type { AlignedRow } from "@/lib/anchoring/align-letter";
import { getDb } from "../../db";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { getOwnedDocumentOrThrow } from "./get-owned-document";
import type { DocumentVisibility } from "@/lib/documents/types";

export interface AlignmentView {
  slug: string;
  title: string;
  visibility: DocumentVisibility;
  published: boolean;
  /**
   * Notes on the document the owner may see (other readers' private notes are theirs). Once there
   * are some, its sentences can no longer be re-cut; only a draft is re-cut, and on a draft every
   * note is the owner's, so the count the owner sees is the one that decides.
   */
  annotationCount: number;
  rows: (AlignedRow & { segmentId: string; revision: number; translationId: string | null; translationRevision: number | null })[];
}

/** The owner's view of a document for the alignment and text editors: rows of English | Chinese. */
export async function getAlignment(options: { userId: string; slug: string }): Promise<AlignmentView> {
  const db = getDb();
  const document = await getOwnedDocumentOrThrow(db, options);
  const [segments, annotationCount] = await Promise.all([
    db.segment.findMany({
      where: { documentId: document.id },
      orderBy: { index: "asc" },
      include: {
        translations: {
          where: { kind: "published", version: { kind: "import" } },
          select: { id: true, text: true, revision: true },
        },
      },
    }),
    db.annotation.count({ where: { AND: [{ documentId: document.id }, visibleAnnotationsWhere(options.userId)] } }),
  ]);
  return {
    slug: document.slug,
    title: document.title,
    visibility: document.visibility,
    published: document.publishedAt !== null,
    annotationCount,
    rows: segments.map((s) => ({
      segmentId: s.id,
      revision: s.revision,
      paragraph: s.paragraph,
      kind: s.kind,
      en: s.text,
      zh: s.translations[0]?.text ?? "",
      translationId: s.translations[0]?.id ?? null,
      translationRevision: s.translations[0]?.revision ?? null,
    })),
  };
}
