import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { isStorableText } from "@/lib/validation/text";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { visibleDocumentsWhere } from "../documents/visibility";
import { toAnnotationView, type AnnotationView } from "./annotation-view";
import { readAnnotationRows } from "./read-annotation-rows";
import { visibleAnnotationsWhere } from "./visibility";
import { classmatesGateWhere } from "../assignments/assignment-gates";

export interface AnnotationFilters {
  tag?: string;
  authorId?: string;
  motivation?: string;
  /** Words to find in note text or quoted text. */
  q?: string;
}

/**
 * A long document's notes come in parts: those on the sentences on screen first (`segmentIds`),
 * then the rest in pages (`limit`, continuing `after` the cursor the previous page returned).
 */
export interface AnnotationSlice {
  segmentIds?: string[];
  limit?: number;
  after?: AnnotationCursor;
}
/** Where a page ended, in the list's order (creation time, then id). */
export interface AnnotationCursor {
  createdAt: Date;
  id: string;
}

/** The annotations on a document that the viewer may see, oldest first, optionally filtered or one slice of them. */
export async function listAnnotations(options: {
  userId: string | null;
  documentSlug: string;
  filters?: AnnotationFilters;
  slice?: AnnotationSlice;
}): Promise<AnnotationView[]> {
  const { userId, documentSlug, filters = {}, slice = {} } = options;
  if (!isStorableText(documentSlug)) throw notFound("document_not_found", `Document "${documentSlug}"`);
  const db = getDb();
  const document = await db.document.findFirst({
    where: { slug: documentSlug, ...visibleDocumentsWhere({ userId }) },
    select: { id: true },
  });
  if (!document) throw notFound("document_not_found", `Document "${documentSlug}"`);

  const and: Prisma.AnnotationWhereInput[] = [visibleAnnotationsWhere(userId), { documentId: document.id }];
  // An assignment may keep classmates' class notes from a student until they post their own.
  const gate = await classmatesGateWhere(userId, document.id);
  if (gate) and.push(gate);
  if (filters.tag) and.push({ tags: { has: filters.tag.replace(/^#/, "") } });
  if (filters.authorId) and.push({ authorId: filters.authorId });
  if (filters.motivation) and.push({ motivation: filters.motivation as Prisma.EnumMotivationFilter["equals"] });
  if (filters.q) {
    const q = filters.q.trim();
    and.push({
      OR: [{ bodyText: { contains: q, mode: "insensitive" } }, { targets: { some: { exact: { contains: q, mode: "insensitive" } } } }],
    });
  }
  if (slice.segmentIds) and.push({ targets: { some: { segmentId: { in: slice.segmentIds } } } });
  const { after } = slice;
  if (after) and.push({ OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] });
  // Notes written in one transaction share a creation time: the id keeps pages from overlapping or skipping.
  const chosen = await db.annotation.findMany({
    where: { AND: and },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: slice.limit,
  });
  const rows = await readAnnotationRows(chosen.map((row) => row.id));
  return rows.map((row) => toAnnotationView(row, userId));
}
