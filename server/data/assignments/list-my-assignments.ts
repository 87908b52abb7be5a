import "server-only";
import { getDb } from "../../db";
import { assignmentInclude, toAssignmentView, type AssignmentView } from "./assignment-view";
import { progressRows, type ProgressRow } from "./get-assignment-progress";

/** How long after its due date an assignment stays on a student's home page. */
const SHOWN_AFTER_DUE_MS = 7 * 86_400_000;

/**
 * The assignments of the classes a user studies in (not those they teach), open or due in the last
 * week, soonest due first, each with the user's own progress: the home page's list.
 */
export async function listMyAssignments(options: {
  userId: string;
  take?: number;
}): Promise<{ assignment: AssignmentView; progress: ProgressRow }[]> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { id: true, name: true } });
  if (!user) return [];
  const rows = await db.assignment.findMany({
    where: {
      class: { memberships: { some: { userId: options.userId, role: "student" } } },
      dueAt: { gte: new Date(Date.now() - SHOWN_AFTER_DUE_MS) },
    },
    include: assignmentInclude,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: options.take ?? 20,
  });
  return Promise.all(rows.map(async (row) => ({ assignment: toAssignmentView(row), progress: (await progressRows(row, [user]))[0]! })));
}
