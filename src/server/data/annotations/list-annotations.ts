import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { isStorableText } from "@/lib/validation/text";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { visibleDocumentsWhere } from "../documents/visibility";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { visibleAnnotationsWhere } from "./visibility";

export interface AnnotationFilters {
  tag?: string;
  authorId?: string;
  motivation?: string;
  /** Words to find in note text or quoted text. */
  q?: string;
}

/** The annotations on a document that the viewer may see, oldest first, optionally filtered. */
export async function listAnnotations(options: { userId: string | null; documentSlug: string; filters?: AnnotationFilters }): Promise<AnnotationView[]> {
  const { userId, documentSlug, filters = {} } = options;
  if (!isStorableText(documentSlug)) throw notFound(`Document "${documentSlug}"`);
  const db = getDb();
  const document = await db.document.findFirst({ where: { slug: documentSlug, ...visibleDocumentsWhere({ userId }) }, select: { id: true } });
  if (!document) throw notFound(`Document "${documentSlug}"`);

  const and: Prisma.AnnotationWhereInput[] = [visibleAnnotationsWhere(userId), { documentId: document.id }];
  if (filters.tag) and.push({ tags: { has: filters.tag.replace(/^#/, "") } });
  if (filters.authorId) and.push({ authorId: filters.authorId });
  if (filters.motivation) and.push({ motivation: filters.motivation as Prisma.EnumMotivationFilter["equals"] });
  if (filters.q) {
    const q = filters.q.trim();
    and.push({ OR: [{ bodyText: { contains: q, mode: "insensitive" } }, { targets: { some: { exact: { contains: q, mode: "insensitive" } } } }] });
  }
  const rows = await db.annotation.findMany({ where: { AND: and }, include: annotationInclude, orderBy: { createdAt: "asc" } });
  return rows.map((row) => toAnnotationView(row, userId));
}
