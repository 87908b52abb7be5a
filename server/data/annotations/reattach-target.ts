import "server-only";
import type { TargetInput } from "@/lib/validation/annotation";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { refreshOrphanFlags } from "./reanchor-targets";
import { resolveTargets } from "./resolve-targets";
import { visibleAnnotationsWhere } from "./visibility";

/**
 * The author points a note (typically an orphan) at new words, checked like a new target. It
 * replaces the note's target in the same language (English, or a translation), so a paired note
 * keeps its other side.
 */
export async function reattachTarget(options: { userId: string; id: string; target: TargetInput }): Promise<AnnotationView> {
  const { userId, id, target } = options;
  return getDb().$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({
      where: { id, ...visibleAnnotationsWhere(userId) },
      select: { id: true, authorId: true, document: { select: { id: true, language: true } } },
    });
    if (!annotation) throw notFound("note_not_found", "This note");
    if (annotation.authorId !== userId)
      throw new HttpError(403, "You can only re-attach your own notes.", { code: "note_reattach_not_yours" });
    const [row] = await resolveTargets(tx, annotation.document, [target]);
    const isSource = row!.language === annotation.document.language;
    await tx.annotationTarget.deleteMany({ where: { annotationId: id, translationId: isSource ? null : { not: null } } });
    await tx.annotationTarget.create({ data: { ...row!, annotationId: id } });
    await tx.annotation.update({ where: { id }, data: { version: { increment: 1 } } });
    await refreshOrphanFlags(tx, [id]);
    return toAnnotationView(await tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude }), userId);
  });
}
