/**
 * Before an account is deleted: its imports. One that someone else wrote on (a note, a reply, a
 * proposal, a share link) is kept, owned by nobody, with its visibility unchanged: the others keep
 * reading their notes on it, and nobody can edit its sentences or alignment any more (every edit
 * path asks for `ownerId = <the editor>`, which no one matches, as for the texts the project
 * seeds). One that only its owner wrote on (a private import, a draft) is deleted with the account.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";

export const FORMER_MEMBER_SOURCE = "Imported by a former member";

export async function releaseDocuments(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const owned = await tx.document.findMany({ where: { ownerId: userId }, select: { id: true } });
  for (const { id } of owned) {
    if (await othersWroteOnDocument(tx, { documentId: id, userId })) {
      await tx.document.update({ where: { id }, data: { ownerId: null, source: FORMER_MEMBER_SOURCE } });
    } else {
      await tx.document.delete({ where: { id } });
    }
  }
}

async function othersWroteOnDocument(
  tx: Prisma.TransactionClient,
  { documentId, userId }: { documentId: string; userId: string },
): Promise<boolean> {
  const others = { not: userId };
  const [notes, replies, proposals, shares] = await Promise.all([
    tx.annotation.count({ where: { documentId, authorId: others, deletedAt: null } }),
    tx.reply.count({ where: { annotation: { documentId }, authorId: others, deletedAt: null } }),
    tx.translation.count({ where: { segment: { documentId }, kind: "proposal", authorId: others, withdrawnAt: null } }),
    tx.share.count({ where: { documentId, ownerId: others, revokedAt: null } }),
  ]);
  return notes + replies + proposals + shares > 0;
}
