import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { canAdoptFor } from "./can-adopt-for";
import { getSegmentOrThrow } from "./get-segment-or-throw";
import { getTranslationOrThrow } from "./get-translation-or-throw";

/** Marks one rendering of a sentence as the adopted one for a scope, replacing any earlier one. */
export async function setAdoption(options: { userId: string; segmentId: string; translationId: string; scope: string }) {
  const { userId, segmentId, translationId, scope } = options;
  await getSegmentOrThrow({ userId, segmentId });
  const translation = await getTranslationOrThrow({ userId, id: translationId });
  if (translation.segmentId !== segmentId) throw new HttpError(422, "That translation belongs to another sentence.");
  if (!(await canAdoptFor(userId, segmentId, scope))) throw new HttpError(403, "Only the document's owner, or a teacher of the class, can mark a translation as adopted.");
  return getDb().adoption.upsert({
    where: { segmentId_scope: { segmentId, scope } },
    create: { segmentId, scope, translationId, adoptedById: userId },
    update: { translationId, adoptedById: userId },
    select: { segmentId: true, translationId: true, scope: true },
  });
}
