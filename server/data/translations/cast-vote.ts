import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../../db";
import { requireClassWriter } from "../classes/membership";
import { publishLiveEvent } from "../live-events/publish-live-event";
import { getTranslationOrThrow } from "./get-translation-or-throw";
import { tally, type VoteTally } from "./translation-view";

/**
 * One vote per person per translation. The write is a single INSERT … ON CONFLICT on the
 * (translationId, userId) unique index, so concurrent votes from one person can never make two
 * rows, and repeating a vote changes nothing. `0` removes the vote. A vote that changed something
 * is announced to the document's live readers in the same transaction.
 */
export async function castVote(options: { userId: string; translationId: string; value: 1 | -1 | 0 }): Promise<VoteTally> {
  const { userId, translationId, value } = options;
  const translation = await getTranslationOrThrow({ userId, id: translationId });
  const db = getDb();
  // A vote on a class proposal is seen by the class: its author may see it after leaving, not vote on it.
  const audience = await db.translation.findUniqueOrThrow({ where: { id: translationId }, select: { visibility: true, classId: true } });
  await requireClassWriter({ userId, visibility: audience.visibility, classId: audience.classId });
  await db.$transaction(async (tx) => {
    const changed =
      value === 0
        ? (await tx.vote.deleteMany({ where: { translationId, userId } })).count
        : await tx.$executeRaw`
            INSERT INTO "Vote" ("id", "translationId", "userId", "value", "updatedAt")
            VALUES (${randomUUID()}, ${translationId}, ${userId}, ${value}, CURRENT_TIMESTAMP)
            ON CONFLICT ("translationId", "userId") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = CURRENT_TIMESTAMP
            WHERE "Vote"."value" <> EXCLUDED."value"`;
    if (!changed) return;
    const { documentId } = await tx.segment.findUniqueOrThrow({ where: { id: translation.segmentId }, select: { documentId: true } });
    await publishLiveEvent(tx, { documentId, kind: "vote.changed", translationId });
  });
  const votes = await db.vote.findMany({ where: { translationId }, select: { userId: true, value: true } });
  return tally(votes, userId);
}
