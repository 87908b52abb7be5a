/**
 * Per-user write rates and quotas (finding 7 of issue 14): without them one account could fill a
 * document with thousands of 20 KB public notes in seconds, which every reader then downloads.
 * Rates are counted in PostgreSQL (rate-limit.ts), so every instance agrees; a refusal is a 429
 * with Retry-After and stores nothing, and nothing written before it is touched.
 */
import "server-only";
import type { QUOTAS, WriteKind } from "@/lib/limits";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { rateLimited, takeSlot, type Limit } from "../rate-limit";
import { quota, writeLimitsOff, writeRate } from "./configured-limits";

const WHAT: Record<WriteKind, string> = {
  notes: "notes",
  replies: "replies",
  edits: "edits",
  proposals: "translation proposals",
  votes: "votes",
  shares: "share links",
  assignments: "assignment changes",
  words: "saved words",
  roles: "class role changes",
};

const rateMessage = (kind: WriteKind, limit: Limit) =>
  `You have written ${limit.max} ${WHAT[kind]} in the last ${limit.windowMinutes} minutes, the most allowed. Please wait a while and try again; nothing you wrote before was lost.`;

/** Counts one write of `kind` by `userId`; 429 (`rate_limited`, Retry-After) once the hour's allowance is used. */
export async function takeWriteSlot(userId: string, kind: WriteKind): Promise<void> {
  if (writeLimitsOff()) return;
  const limit = writeRate(kind);
  await takeSlot(limit, userId, rateMessage(kind, limit));
}

/**
 * The note limits as the note batch applies them inside its own statement
 * (annotations/insert-annotations.ts), or null when they are off.
 */
export type NoteLimits = { rate: Limit; quota: number } | null;

export function noteLimits(): NoteLimits {
  return writeLimitsOff() ? null : { rate: writeRate("notes"), quota: quota("notesPerDocument") };
}

/** The refusals the note batch gives, the same as takeWriteSlot's and requireNoteRoom's. */
export const noteRateRefusal = (limit: Limit) => rateLimited(limit, rateMessage("notes", limit));
export const noteQuotaRefusal = (max: number) => quotaReached("notesPerDocument", max);

const QUOTA_MESSAGES: Record<keyof typeof QUOTAS, (max: number) => string> = {
  notesPerDocument: (max) =>
    `You already have ${max} notes and highlights on this document, the most one person may keep. Delete some to make room.`,
  repliesPerDocument: (max) => `You already have ${max} replies on this document, the most one person may keep. Delete some to make room.`,
  proposalsPerSentence: (max) =>
    `You already have ${max} proposals for this sentence, the most one person may keep. Withdraw one to make room.`,
  sharesPerUser: (max) => `You already have ${max} share links, the most one person may keep. Revoke some you no longer need.`,
  wordsPerUser: (max) => `You already have ${max} saved words, the most one person may keep. Remove some to make room.`,
};

/**
 * 429 (`quota_reached`) when `count()` (what the user holds now) leaves no room for one more. No
 * Retry-After: waiting does not make room, deleting does, so what was deleted is never counted.
 */
async function requireRoom(name: keyof typeof QUOTAS, count: () => Promise<number>): Promise<void> {
  if (writeLimitsOff()) return; // and nothing is counted: with thousands of notes a count costs each write
  const max = quota(name);
  if ((await count()) >= max) throw quotaReached(name, max);
}

const quotaReached = (name: keyof typeof QUOTAS, max: number) =>
  new HttpError(429, QUOTA_MESSAGES[name](max), { code: "quota_reached", quota: name, max });

export async function requireNoteRoom(userId: string, documentId: string): Promise<void> {
  await requireRoom("notesPerDocument", () => getDb().annotation.count({ where: { authorId: userId, documentId, deletedAt: null } }));
}

export async function requireReplyRoom(userId: string, documentId: string): Promise<void> {
  await requireRoom("repliesPerDocument", () =>
    getDb().reply.count({ where: { authorId: userId, deletedAt: null, annotation: { documentId } } }),
  );
}

export async function requireProposalRoom(userId: string, segmentId: string): Promise<void> {
  await requireRoom("proposalsPerSentence", () =>
    getDb().translation.count({ where: { authorId: userId, segmentId, kind: "proposal", withdrawnAt: null } }),
  );
}

export async function requireShareRoom(userId: string): Promise<void> {
  await requireRoom("sharesPerUser", () =>
    getDb().share.count({
      where: { ownerId: userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    }),
  );
}

export async function requireWordRoom(userId: string): Promise<void> {
  await requireRoom("wordsPerUser", () => getDb().savedWord.count({ where: { userId } }));
}
