/**
 * Before an account is deleted: what the person wrote goes, and what others wrote stays.
 * - Their notes go (with their targets), and readers who could see one are told live that it went.
 *   A note that others replied to is the exception: the replies are the others' work, so the note
 *   stays, kept by the "former member" (lib/accounts/former-member.ts) with its words, tags
 *   and author removed: only the highlighted passage and the thread of replies remain.
 * - Their replies go, on anyone's notes; readers of those threads are told live.
 * - Their proposals go (with votes on them), except one that others' notes quote: it is
 *   withdrawn (shown to nobody, as when its author withdraws it) and given to the former member,
 *   so those notes keep their anchor.
 * Their votes go, and readers see the new tallies live. Memberships, share links, linked sign-ins and reset tokens go with the user row (the
 * schema's cascades); idempotency keys, which have no relation, are deleted by the caller.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { publishLiveEvent } from "../live-events/publish-live-event";

const wasState = { authorId: true, visibility: true, classId: true, hidden: true, documentId: true } as const;

export async function removeWrittenWork(tx: Prisma.TransactionClient, options: { userId: string; formerMemberId: string }): Promise<void> {
  const { userId, formerMemberId } = options;

  // Notes others replied to are kept without their body (a private note has no other readers, so no such replies).
  const threads = await tx.annotation.findMany({
    where: {
      authorId: userId,
      deletedAt: null,
      visibility: { not: "private" },
      replies: { some: { authorId: { not: userId }, deletedAt: null } },
    },
    select: { id: true, ...wasState },
  });
  for (const { id, documentId, ...was } of threads) {
    await tx.annotation.update({
      where: { id },
      data: {
        authorId: formerMemberId,
        body: null as unknown as Prisma.NullableJsonNullValueInput,
        bodyText: "",
        tags: [],
        version: { increment: 1 },
      },
    });
    await publishLiveEvent(tx, { documentId, kind: "annotation.updated", annotationId: id, payload: { was } });
  }

  // Their replies on notes that stay (the kept notes' included).
  const replies = await tx.reply.findMany({
    where: { authorId: userId, deletedAt: null, annotation: { authorId: { not: userId }, deletedAt: null } },
    select: { id: true, annotationId: true, annotation: { select: { documentId: true } } },
  });
  await tx.reply.deleteMany({ where: { authorId: userId } });
  for (const reply of replies) {
    await publishLiveEvent(tx, {
      documentId: reply.annotation.documentId,
      kind: "reply.deleted",
      annotationId: reply.annotationId,
      payload: { replyId: reply.id },
    });
  }

  // Their notes; only others' readers need to hear of those they could see (not private, not deleted).
  const seen = await tx.annotation.findMany({
    where: { authorId: userId, deletedAt: null, visibility: { not: "private" } },
    select: { id: true, ...wasState },
  });
  await tx.annotation.deleteMany({ where: { authorId: userId } });
  for (const { id, documentId, ...was } of seen) {
    await publishLiveEvent(tx, { documentId, kind: "annotation.deleted", annotationId: id, payload: { was } });
  }

  // Their votes go with the user row; readers of others' proposals get the new tallies.
  const votes = await tx.vote.findMany({
    where: { userId, translation: { OR: [{ authorId: null }, { authorId: { not: userId } }] } },
    select: { translationId: true, translation: { select: { segment: { select: { documentId: true } } } } },
  });
  await tx.vote.deleteMany({ where: { userId } });
  for (const vote of votes) {
    await publishLiveEvent(tx, {
      documentId: vote.translation.segment.documentId,
      kind: "vote.changed",
      translationId: vote.translationId,
    });
  }

  // Proposals that others' notes quote are kept, withdrawn; the rest go with the user row.
  const quoted = await tx.translation.findMany({
    where: { authorId: userId, kind: "proposal", targets: { some: { annotation: { authorId: { not: userId } } } } },
    select: { id: true, withdrawnAt: true },
  });
  if (quoted.length > 0) {
    const ids = quoted.map((t) => t.id);
    await tx.adoption.deleteMany({ where: { translationId: { in: ids } } });
    await tx.translation.updateMany({ where: { id: { in: ids }, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    await tx.translation.updateMany({ where: { id: { in: ids } }, data: { authorId: formerMemberId } });
  }
}
