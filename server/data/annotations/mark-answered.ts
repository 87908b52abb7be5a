import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { roleInClass } from "../classes/membership";
import { takeWriteSlot } from "../limits/write-limits";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { visibleAnnotationsWhere } from "./visibility";

/**
 * Marks a question (motivation `questioning`) answered, or not answered again. Its author may, and
 * a teacher of its class (a class note); anyone else who can see it gets 403, who cannot, 404.
 * Readers see the change live, like an edit.
 */
export async function markAnswered(options: { userId: string; id: string; answered: boolean }): Promise<AnnotationView> {
  const db = getDb();
  const current = await db.annotation.findFirst({
    where: { id: options.id, ...visibleAnnotationsWhere(options.userId) },
    select: { authorId: true, documentId: true, visibility: true, classId: true, hidden: true, motivation: true },
  });
  if (!current) throw notFound("note_not_found", "This note");
  if (current.motivation !== "questioning")
    throw new HttpError(422, "Only a question can be marked answered.", { code: "note_not_a_question" });
  const teaches =
    current.visibility === "class" && current.classId
      ? (await roleInClass({ userId: options.userId, classId: current.classId })) === "teacher"
      : false;
  if (current.authorId !== options.userId && !teaches)
    throw new HttpError(403, "Only the person who asked, or a teacher of the note's class, can mark a question answered.", {
      code: "answered_author_or_teacher",
    });
  await takeWriteSlot(options.userId, "edits");
  const { documentId, authorId, visibility, classId, hidden } = current;
  const was = { authorId, visibility, classId, hidden };
  return db.$transaction(async (tx) => {
    await tx.annotation.update({
      where: { id: options.id },
      data: { answeredAt: options.answered ? new Date() : null, version: { increment: 1 } },
    });
    await publishLiveEvent(tx, { documentId, kind: "annotation.updated", annotationId: options.id, payload: { was } });
    return toAnnotationView(
      await tx.annotation.findUniqueOrThrow({ where: { id: options.id }, include: annotationInclude }),
      options.userId,
    );
  });
}
