/**
 * The two assignment options that change what a student may read and write (issue 16.1), decided
 * here and nowhere else:
 * - "classmates' notes only after posting your own": while such an assignment on a text is open,
 *   a student of its class sees no class notes of classmates on that text until they have written
 *   a class note there themselves (teachers always see everything; public notes are unaffected);
 * - "lock after the due date" with the late policy `refuse`: once due, the class's students can no
 *   longer write notes or replies to the class on the assignment's text (or its range). With
 *   `mark_late` the work is accepted and counted late (count-assignment-work.ts).
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { getDb, getPool } from "../../db";
import { HttpError } from "../../http/errors";

// The two checks every class note meets (its create, and its live event), as named statements on
// the pg pool: through Prisma each was compiled on the server thread for every note, most of what
// a school's class notes cost it in Prisma (BENCHMARKS.md, "The school's floor"). Timestamps are
// columns without a zone holding UTC, compared with this server's clock as Prisma did.

/** Whether a "classmates' notes after your own" assignment of class $2 on document $1 is open at $3. */
const CLASS_GATING = {
  name: "interleaf-class-gating",
  text: `SELECT EXISTS (SELECT 1 FROM "Assignment" WHERE "documentId" = $1 AND "classId" = $2 AND "classmatesAfterOwnPost"
  AND "opensAt" <= ($3::timestamptz AT TIME ZONE 'UTC')) AS gating`,
};

/** Assignments of class $1 on document $2 locked at $3 to late work, when $4 is a student of the class. */
const LOCKED_ASSIGNMENTS = {
  name: "interleaf-locked-assignments",
  text: `SELECT a.title, a."fromIndex", a."toIndex" FROM "Assignment" a
WHERE a."classId" = $1 AND a."documentId" = $2 AND a."lockAfterDue" AND a."latePolicy" = 'refuse'
  AND a."dueAt" < ($3::timestamptz AT TIME ZONE 'UTC')
  AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."classId" = a."classId" AND m."userId" = $4 AND m.role = 'student')`,
};

/** Classes whose class notes on `documentId` are hidden from `userId` (a student who has not posted yet). */
export async function gatedClassIds(userId: string | null, documentId: string): Promise<string[]> {
  if (!userId) return [];
  const db = getDb();
  const gating = await db.assignment.findMany({
    where: {
      documentId,
      classmatesAfterOwnPost: true,
      opensAt: { lte: new Date() },
      class: { memberships: { some: { userId, role: "student" } } },
    },
    select: { classId: true },
  });
  const classIds = [...new Set(gating.map((a) => a.classId))];
  if (classIds.length === 0) return [];
  const posted = await db.annotation.findMany({
    where: { authorId: userId, documentId, deletedAt: null, visibility: "class", classId: { in: classIds } },
    select: { classId: true },
    distinct: ["classId"],
  });
  const done = new Set(posted.map((p) => p.classId));
  return classIds.filter((id) => !done.has(id));
}

/**
 * The same rule for a whole class at once (the live stream decides for thirty readers of one
 * note): which of `studentIds`, the students of `classId`, are kept from classmates' class notes
 * on `documentId`.
 */
export async function gatedStudentIds(classId: string, documentId: string, studentIds: string[]): Promise<Set<string>> {
  if (studentIds.length === 0) return new Set();
  const { rows } = await getPool().query<{ gating: boolean }>({ ...CLASS_GATING, values: [documentId, classId, new Date().toISOString()] });
  if (!rows[0]!.gating) return new Set();
  const posted = await getDb().annotation.findMany({
    where: { documentId, classId, deletedAt: null, visibility: "class", authorId: { in: studentIds } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  const done = new Set(posted.map((p) => p.authorId));
  return new Set(studentIds.filter((id) => !done.has(id)));
}

/** A condition to AND into a note query: hides the gated classes' notes by others. */
export async function classmatesGateWhere(userId: string | null, documentId: string): Promise<Prisma.AnnotationWhereInput | null> {
  const gated = await gatedClassIds(userId, documentId);
  return gated.length && userId ? { NOT: { classId: { in: gated }, authorId: { not: userId } } } : null;
}

/**
 * 403 `assignment_locked` when `userId`, a student of `classId`, writes to the class on a text whose
 * assignment is past due, locked and refusing late work, on a sentence it covers.
 */
export async function requireAssignmentOpen(options: { userId: string; classId: string | null; documentId: string; segmentIds: string[] }) {
  if (!options.classId) return;
  const { rows: locked } = await getPool().query<{ title: string; fromIndex: number | null; toIndex: number | null }>({
    ...LOCKED_ASSIGNMENTS,
    values: [options.classId, options.documentId, new Date().toISOString(), options.userId],
  });
  if (locked.length === 0) return;
  const segments = await getDb().segment.findMany({ where: { id: { in: options.segmentIds } }, select: { index: true } });
  const hit = locked.find(
    (a) => a.fromIndex === null || a.toIndex === null || segments.some((s) => s.index >= a.fromIndex! && s.index <= a.toIndex!),
  );
  if (hit)
    throw new HttpError(
      403,
      `The assignment "${hit.title}" is past its due date and closed to late work, so you cannot write to the class on this text any more. You can still write private notes.`,
      { code: "assignment_locked" },
    );
}
