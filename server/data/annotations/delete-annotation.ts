import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { visibleAnnotationsWhere } from "./visibility";

/** Deletes one's own annotation (kept as a soft delete; nobody sees it afterwards). */
export async function deleteAnnotation(options: { userId: string; id: string }): Promise<void> {
  const db = getDb();
  const current = await db.annotation.findFirst({
    where: { id: options.id, ...visibleAnnotationsWhere(options.userId) },
    select: { authorId: true, documentId: true, visibility: true, classId: true, hidden: true },
  });
  if (!current) throw notFound("note_not_found", "This note");
  if (current.authorId !== options.userId)
    throw new HttpError(403, "You can only delete your own notes.", { code: "note_delete_not_yours" });
  const { documentId, ...was } = current;
  await db.$transaction(async (tx) => {
    await tx.annotation.update({ where: { id: options.id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await publishLiveEvent(tx, { documentId, kind: "annotation.deleted", annotationId: options.id, payload: { was } });
  });
}
