import "server-only";
import type { AlignedRow } from "@/lib/anchoring/align-letter";
import { getDb } from "../../db";
import { getOwnedDocumentOrThrow } from "./get-owned-document";
import { IMPORT_VERSION_NAME } from "./import-document";

export interface AlignmentView {
  slug: string;
  title: string;
  visibility: "private" | "public";
  published: boolean;
  /** Notes on the document: once there are some, its sentences can no longer be re-cut. */
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
      include: { translations: { where: { kind: "published", version: { name: IMPORT_VERSION_NAME } }, select: { id: true, text: true, revision: true } } },
    }),
    db.annotation.count({ where: { documentId: document.id, deletedAt: null } }),
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
