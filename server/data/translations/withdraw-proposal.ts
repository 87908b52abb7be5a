import "server-only";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { getTranslationOrThrow } from "./get-translation-or-throw";

/**
 * Withdraws one's own proposal. It is kept (votes and notes may point at it) but shown to nobody,
 * and any adoption of it is lifted.
 */
export async function withdrawProposal(options: { userId: string; id: string }): Promise<void> {
  const current = await getTranslationOrThrow(options);
  if (current.kind !== "proposal" || current.author?.id !== options.userId)
    throw new HttpError(403, "You can only withdraw your own proposals.", { code: "proposal_withdraw_not_yours" });
  await getDb().$transaction([
    getDb().translation.update({ where: { id: options.id }, data: { withdrawnAt: new Date() } }),
    getDb().adoption.deleteMany({ where: { translationId: options.id } }),
  ]);
}
