import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../../db";
import { getTranslationOrThrow } from "./get-translation-or-throw";
import { tally, type VoteTally } from "./translation-view";

/**
 * One vote per person per translation. The write is a single INSERT … ON CONFLICT on the
 * (translationId, userId) unique index, so concurrent votes from one person can never make two
 * rows, and repeating a vote changes nothing. `0` removes the vote.
 */
export async function castVote(options: { userId: string; translationId: string; value: 1 | -1 | 0 }): Promise<VoteTally> {
  const { userId, translationId, value } = options;
  await getTranslationOrThrow({ userId, id: translationId });
  const db = getDb();
  if (value === 0) await db.vote.deleteMany({ where: { translationId, userId } });
  else
    await db.$executeRaw`
      INSERT INTO "Vote" ("id", "translationId", "userId", "value", "updatedAt")
      VALUES (${randomUUID()}, ${translationId}, ${userId}, ${value}, CURRENT_TIMESTAMP)
      ON CONFLICT ("translationId", "userId") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = CURRENT_TIMESTAMP
      WHERE "Vote"."value" <> EXCLUDED."value"`;
  const votes = await db.vote.findMany({ where: { translationId }, select: { userId: true, value: true } });
  return tally(votes, userId);
}
