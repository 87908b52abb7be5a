import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { requireClassWriter } from "../classes/membership";
import { getTranslationOrThrow } from "./get-translation-or-throw";

/** Edits one's own proposal: 404 when the caller cannot see it, 403 when it is someone else's. */
export async function updateProposal(options: { userId: string; id: string; text: string }): Promise<{ id: string; revision: number }> {
  const current = await getTranslationOrThrow(options);
  if (current.kind !== "proposal" || current.author?.id !== options.userId)
    throw new HttpError(403, "You can only change your own proposals.", { code: "proposal_not_yours" });
  const audience = await getDb().translation.findUniqueOrThrow({ where: { id: options.id }, select: { visibility: true, classId: true } });
  await requireClassWriter({ userId: options.userId, visibility: audience.visibility, classId: audience.classId });
  return getDb().translation.update({
    where: { id: options.id },
    data: { text: options.text, revision: { increment: 1 } },
    select: { id: true, revision: true },
  });
}
