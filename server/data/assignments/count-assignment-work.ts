/**
 * The counting rule of issue 16.1, in one place: a note, reply, proposal or vote counts toward an
 * assignment when it is written by one of `userIds` on the assignment's text (within its sentence
 * range when it has one) from its opening, and is visible to the class or public (a private note
 * is nobody's homework; a withdrawn proposal or deleted note no longer counts). Work written after
 * the due date is late, and counts only when the late policy is `mark_late`.
 *
 * One statement, counted in PostgreSQL: a teacher's table of 200 students is 200 rows back, not
 * the 4,000 notes behind them (and not four ORM queries, each compiling 200 parameters).
 */
import "server-only";
import { KINDS, type Expectations } from "@/lib/assignments/progress";
import { getPool } from "../../db";

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

const SQL = `
WITH seg AS MATERIALIZED (
  SELECT id FROM "Segment" WHERE "documentId" = $2 AND ($3::int IS NULL OR index BETWEEN $3 AND $4)
), note AS NOT MATERIALIZED (
  -- A note's targets are always on its own document's sentences: only a range needs them read.
  SELECT a.id, a."authorId", a."createdAt" FROM "Annotation" a
  WHERE a."documentId" = $2 AND a."deletedAt" IS NULL
    AND (a.visibility = 'public' OR (a.visibility = 'class' AND a."classId" = $5))
    AND ($3::int IS NULL OR EXISTS (SELECT 1 FROM "AnnotationTarget" t JOIN seg ON seg.id = t."segmentId" WHERE t."annotationId" = a.id))
), proposal AS NOT MATERIALIZED (
  SELECT tr.id, tr."authorId", tr."createdAt" FROM "Translation" tr JOIN seg ON seg.id = tr."segmentId"
  WHERE tr.kind = 'proposal' AND tr."withdrawnAt" IS NULL
    AND (tr.visibility = 'public' OR (tr.visibility = 'class' AND tr."classId" = $5))
), work AS (
  SELECT 'notes' AS kind, n."authorId" AS "userId", n."createdAt" AS at FROM note n WHERE n."authorId" = ANY($1::text[])
  UNION ALL
  SELECT 'replies', r."authorId", r."createdAt" FROM "Reply" r JOIN note n ON n.id = r."annotationId"
  WHERE r."deletedAt" IS NULL AND r."authorId" = ANY($1::text[])
  UNION ALL
  SELECT 'proposals', p."authorId", p."createdAt" FROM proposal p WHERE p."authorId" = ANY($1::text[])
  UNION ALL
  SELECT 'votes', v."userId", v."createdAt" FROM "Vote" v JOIN "Translation" tr ON tr.id = v."translationId"
  WHERE v."userId" = ANY($1::text[])
    AND ((tr.kind = 'published' AND tr."segmentId" IN (SELECT id FROM seg)) OR tr.id IN (SELECT id FROM proposal))
)
SELECT kind, "userId",
  count(*) FILTER (WHERE at <= ($7::timestamptz AT TIME ZONE 'UTC'))::int AS "onTime",
  count(*) FILTER (WHERE at > ($7::timestamptz AT TIME ZONE 'UTC'))::int AS late
FROM work WHERE at >= ($6::timestamptz AT TIME ZONE 'UTC')
GROUP BY kind, "userId"`;

export async function countAssignmentWork(scope: AssignmentScope, userIds: string[]): Promise<Map<string, WorkCounts>> {
  const ranged = scope.fromIndex !== null && scope.toIndex !== null;
  const { rows } = await getPool().query<{ kind: (typeof KINDS)[number]; userId: string; onTime: number; late: number }>({
    name: "interleaf-count-assignment-work",
    text: SQL,
    values: [
      userIds,
      scope.documentId,
      ranged ? scope.fromIndex : null,
      ranged ? scope.toIndex : null,
      scope.classId,
      scope.opensAt.toISOString(),
      scope.dueAt.toISOString(),
    ],
  });
  const counts = new Map(userIds.map((id) => [id, { onTime: zero(), late: zero() }]));
  for (const row of rows) {
    const entry = counts.get(row.userId);
    if (!entry) continue;
    entry.onTime[row.kind] = row.onTime;
    if (scope.latePolicy === "mark_late") entry.late[row.kind] = row.late;
  }
  return counts;
}
