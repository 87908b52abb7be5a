import "server-only";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { visibleAnnotationsWhere } from "./visibility";
import { gatedClassIds } from "../assignments/assignment-gates";

/** One annotation the viewer may see; 404 otherwise, whether it exists or not. */
export async function getAnnotationOrThrow(options: { userId: string | null; id: string }): Promise<AnnotationView> {
  const row = await getDb().annotation.findFirst({
    where: { id: options.id, ...visibleAnnotationsWhere(options.userId) },
    include: annotationInclude,
  });
  if (!row) throw notFound("note_not_found", "This note");
  // A classmate's class note kept from a student until they post their own (an assignment's option).
  if (row.classId && row.authorId !== options.userId && (await gatedClassIds(options.userId, row.documentId)).includes(row.classId))
    throw notFound("note_not_found", "This note");
  return toAnnotationView(row, options.userId);
}
