/**
 * Who is told about a new reply: the note's author and everyone who replied in its thread before,
 * less the one replying, and only those who may see the note (the annotation rule in
 * annotations/visibility.ts, with the document rule): someone who left the class, or whose note
 * the teacher hid, is not sent a class thread they can no longer read.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { couldSee } from "../annotations/visibility";
import { canReadDocument, isClassOnly, type DocumentAccess } from "../documents/visibility";

/** A thread larger than this notifies its most recent repliers only (and always the note's author). */
const MAX_THREAD_RECIPIENTS = 200;

export async function replyRecipients(
  tx: Prisma.TransactionClient,
  options: {
    actorId: string;
    annotation: { id: string; authorId: string; visibility: string; classId: string | null; hidden: boolean };
    document: DocumentAccess;
  },
): Promise<string[]> {
  const { annotation, actorId } = options;
  const earlier = await tx.reply.findMany({
    where: { annotationId: annotation.id, deletedAt: null, authorId: { not: actorId } },
    distinct: ["authorId"],
    orderBy: { createdAt: "desc" },
    take: MAX_THREAD_RECIPIENTS,
    select: { authorId: true },
  });
  const candidates = [...new Set([annotation.authorId, ...earlier.map((r) => r.authorId)])].filter((id) => id !== actorId);
  if (candidates.length === 0) return [];
  const roles = new Map<string, "teacher" | "student">();
  if (annotation.classId) {
    const memberships = await tx.membership.findMany({
      where: { classId: annotation.classId, userId: { in: candidates } },
      select: { userId: true, role: true },
    });
    for (const m of memberships) roles.set(m.userId, m.role);
  }
  // A class-only text is read by its class's members: who of the candidates still is one.
  const { document } = options;
  const inDocumentClass = new Set<string>();
  if (isClassOnly(document) && document.classId) {
    const members = await tx.membership.findMany({
      where: { classId: document.classId, userId: { in: candidates } },
      select: { userId: true },
    });
    for (const m of members) inDocumentClass.add(m.userId);
  }
  return candidates.filter(
    (userId) => canReadDocument(userId, document, inDocumentClass.has(userId)) && couldSee(userId, annotation, roles.get(userId) ?? null),
  );
}
