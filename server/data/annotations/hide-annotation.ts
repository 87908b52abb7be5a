import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { roleInClass } from "../classes/membership";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { visibleAnnotationsWhere } from "./visibility";
import { isTeacher } from "@/lib/classes/roles";

/**
 * The teacher of a class hides (or shows again) a class note: hidden, it is seen only by its
 * author and the class's teachers. Anyone else who can see the note gets 403; who cannot, 404.
 */
export async function hideAnnotation(options: { userId: string; id: string; hidden: boolean }): Promise<AnnotationView> {
  const db = getDb();
  const current = await db.annotation.findFirst({
    where: { id: options.id, ...visibleAnnotationsWhere(options.userId) },
    select: { authorId: true, documentId: true, visibility: true, classId: true, hidden: true },
  });
  if (!current) throw notFound("note_not_found", "This note");
  const role =
    current.visibility === "class" && current.classId ? await roleInClass({ userId: options.userId, classId: current.classId }) : null;
  if (!isTeacher(role)) throw new HttpError(403, "Only the teacher of this note's class can hide it.", { code: "note_hide_teacher_only" });
  const { documentId, ...was } = current;
  return db.$transaction(async (tx) => {
    await tx.annotation.update({ where: { id: options.id }, data: { hidden: options.hidden } });
    await publishLiveEvent(tx, { documentId, kind: "annotation.hidden", annotationId: options.id, payload: { was } });
    return toAnnotationView(
      await tx.annotation.findUniqueOrThrow({ where: { id: options.id }, include: annotationInclude }),
      options.userId,
    );
  });
}
