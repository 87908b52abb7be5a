import "server-only";
import { UNDO_DELETE_MINUTES } from "@/lib/limits";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { requireNoteRoom, takeWriteSlot } from "../limits/write-limits";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { readableAnnotationsWhere } from "./visibility";

/**
 * Undoes the deletion of one's own note, within UNDO_DELETE_MINUTES of it: the note comes back as
 * it was, with its replies, to everyone who may see it (live, like an edit). Anything else (someone
 * else's note, one deleted longer ago, one on a document the author can no longer read) is a 404.
 */
export async function restoreAnnotation(options: { userId: string; id: string }): Promise<AnnotationView> {
  const db = getDb();
  const deletedSince = new Date(Date.now() - UNDO_DELETE_MINUTES * 60_000);
  const current = await db.annotation.findFirst({
    where: { id: options.id, authorId: options.userId, deletedAt: { gte: deletedSince }, ...readableAnnotationsWhere(options.userId) },
    select: { documentId: true },
  });
  if (!current) throw notFound("note_not_found", "This deleted note");
  await takeWriteSlot(options.userId, "edits");
  await requireNoteRoom(options.userId, current.documentId);
  return db.$transaction(async (tx) => {
    const restored = await tx.annotation.updateMany({
      where: { id: options.id, deletedAt: { gte: deletedSince } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (restored.count === 0) throw notFound("note_not_found", "This deleted note");
    await publishLiveEvent(tx, { documentId: current.documentId, kind: "annotation.restored", annotationId: options.id, payload: {} });
    return toAnnotationView(
      await tx.annotation.findUniqueOrThrow({ where: { id: options.id }, include: annotationInclude }),
      options.userId,
    );
  });
}
