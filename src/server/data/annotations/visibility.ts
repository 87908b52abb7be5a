/**
 * Who may see which annotation: the one rule every list, read, export and (later) live event goes
 * through. A reader sees their own notes and public ones not hidden by a moderator, on documents
 * they may read. Deleted notes are seen by nobody.
 */
import type { Prisma } from "../../generated/prisma/client";
import { visibleDocumentsWhere } from "../documents/visibility";

export function visibleAnnotationsWhere(userId: string | null | undefined): Prisma.AnnotationWhereInput {
  const readable: Prisma.AnnotationWhereInput[] = [{ visibility: "public", hidden: false }];
  if (userId) readable.push({ authorId: userId });
  return { deletedAt: null, document: visibleDocumentsWhere({ userId }), OR: readable };
}
