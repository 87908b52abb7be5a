/**
 * The counting rule of issue 16.1, in one place: a note, reply, proposal or vote counts toward an
 * assignment when it is written by one of `userIds` on the assignment's text (within its sentence
 * range when it has one) from its opening, and is visible to the class or public (a private note
 * is nobody's homework; a withdrawn proposal or deleted note no longer counts). Work written after
 * the due date is late, and counts only when the late policy is `mark_late`.
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { KINDS, type Expectations } from "@/lib/assignments/progress";
import { getDb } from "../../db";

export interface AssignmentScope {
  classId: string;
  documentId: string;
  fromIndex: number | null;
  toIndex: number | null;
  opensAt: Date;
  dueAt: Date;
  latePolicy: "refuse" | "mark_late";
}

export interface WorkCounts {
  onTime: Expectations;
  late: Expectations;
}

const zero = (): Expectations => ({ notes: 0, replies: 0, proposals: 0, votes: 0 });

export async function countAssignmentWork(scope: AssignmentScope, userIds: string[]): Promise<Map<string, WorkCounts>> {
  const db = getDb();
  const segment: Prisma.SegmentWhereInput = {
    documentId: scope.documentId,
    ...(scope.fromIndex !== null && scope.toIndex !== null ? { index: { gte: scope.fromIndex, lte: scope.toIndex } } : {}),
  };
  const since = { gte: scope.opensAt };
  const seen = [{ visibility: "public" as const }, { visibility: "class" as const, classId: scope.classId }];
  const note: Prisma.AnnotationWhereInput = {
    documentId: scope.documentId,
    deletedAt: null,
    OR: seen,
    targets: { some: { segment } },
  };
  const proposal: Prisma.TranslationWhereInput = { kind: "proposal", withdrawnAt: null, segment, OR: seen };
  const [notes, replies, proposals, votes] = await Promise.all([
    db.annotation.findMany({
      where: { ...note, authorId: { in: userIds }, createdAt: since },
      select: { authorId: true, createdAt: true },
    }),
    db.reply.findMany({
      where: { annotation: note, deletedAt: null, authorId: { in: userIds }, createdAt: since },
      select: { authorId: true, createdAt: true },
    }),
    db.translation.findMany({
      where: { ...proposal, authorId: { in: userIds }, createdAt: since },
      select: { authorId: true, createdAt: true },
    }),
    db.vote.findMany({
      where: { userId: { in: userIds }, createdAt: since, translation: { OR: [{ kind: "published", segment }, proposal] } },
      select: { userId: true, createdAt: true },
    }),
  ]);

  const counts = new Map(userIds.map((id) => [id, { onTime: zero(), late: zero() }]));
  const add = (kind: (typeof KINDS)[number], userId: string | null, createdAt: Date) => {
    const entry = userId ? counts.get(userId) : undefined;
    if (!entry) return;
    if (createdAt.getTime() <= scope.dueAt.getTime()) entry.onTime[kind] += 1;
    else if (scope.latePolicy === "mark_late") entry.late[kind] += 1;
  };
  for (const n of notes) add("notes", n.authorId, n.createdAt);
  for (const r of replies) add("replies", r.authorId, r.createdAt);
  for (const p of proposals) add("proposals", p.authorId, p.createdAt);
  for (const v of votes) add("votes", v.userId, v.createdAt);
  return counts;
}
