import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { notify } from "../notifications/notify";
import { canAdoptFor } from "./can-adopt-for";
import { getSegmentOrThrow } from "./get-segment-or-throw";
import { getTranslationOrThrow } from "./get-translation-or-throw";
import { requireScope } from "./require-scope";

/**
 * Marks one rendering of a sentence as the adopted one for a scope, replacing any earlier one.
 * A class scope the caller is not in answers 404 like an unknown class; a student of it, 403.
 */
export async function setAdoption(options: { userId: string; segmentId: string; translationId: string; scope: string }) {
  const { userId, segmentId, translationId, scope } = options;
  const segment = await getSegmentOrThrow({ userId, segmentId });
  const translation = await getTranslationOrThrow({ userId, id: translationId });
  if (translation.segmentId !== segmentId)
    throw new HttpError(422, "That translation belongs to another sentence.", { code: "translation_wrong_sentence" });
  await requireScope({ userId, scope });
  if (!(await canAdoptFor(userId, segmentId, scope)))
    throw new HttpError(403, "Only the document's owner, or a teacher of the class, can mark a translation as adopted.", {
      code: "adopt_not_allowed",
    });
  return getDb().$transaction(async (tx) => {
    const before = await tx.adoption.findUnique({ where: { segmentId_scope: { segmentId, scope } }, select: { translationId: true } });
    const adoption = await tx.adoption.upsert({
      where: { segmentId_scope: { segmentId, scope } },
      create: { segmentId, scope, translationId, adoptedById: userId },
      update: { translationId, adoptedById: userId },
      select: { segmentId: true, translationId: true, scope: true },
    });
    // Its author is told once, when their proposal becomes the adopted one (not when it is adopted again).
    if (translation.kind === "proposal" && translation.author && before?.translationId !== translationId) {
      const actor = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
      await notify(tx, {
        kind: "adopted",
        actorId: userId,
        recipients: [translation.author.id],
        payload: {
          actorName: actor?.name,
          translationId,
          segmentId,
          documentSlug: segment.document.slug,
          documentTitle: segment.document.title,
          ...(scope === "document" ? {} : { classId: scope }),
        },
      });
    }
    return adoption;
  });
}
