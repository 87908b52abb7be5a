import "server-only";
import { progressOf, statusOf, type AssignmentStatus, type Expectations } from "@/lib/assignments/progress";
import { getDb } from "../../db";
import { toAssignmentView, type AssignmentRow, type AssignmentView } from "./assignment-view";
import { countAssignmentWork, type WorkCounts } from "./count-assignment-work";
import { getAssignmentOrThrow } from "./get-assignment-or-throw";
import { listPromptAnswers, type PromptAnswers } from "./list-prompt-answers";
import { isTeacher } from "@/lib/classes/roles";

export interface ProgressRow extends Expectations {
  userId: string;
  name: string;
  done: boolean;
  late: boolean;
  status: AssignmentStatus;
  /** Split by the due date, for the gradebook. */
  work: WorkCounts;
}

const expectationsOf = (row: AssignmentRow): Expectations => ({
  notes: row.expectNotes,
  replies: row.expectReplies,
  proposals: row.expectProposals,
  votes: row.expectVotes,
});

/** Progress rows for `students` on a loaded assignment (no authorisation: callers have done it). */
export async function progressRows(row: AssignmentRow, students: { id: string; name: string }[]): Promise<ProgressRow[]> {
  const counts = await countAssignmentWork(
    row,
    students.map((s) => s.id),
  );
  const expected = expectationsOf(row);
  return students.map((s) => {
    const work = counts.get(s.id)!;
    const progress = progressOf(expected, work.onTime, work.late);
    return { userId: s.id, name: s.name, ...progress, status: statusOf(progress, row.dueAt), work };
  });
}

/**
 * Each student's progress on an assignment: teachers get every student of the class, a student
 * only their own row, anyone else 404. Teachers are not students, so they have no row.
 */
export async function getAssignmentProgress(options: {
  userId: string;
  assignmentId: string;
  /** Also each prompt's answers (teachers only). */
  answers?: boolean;
}): Promise<{ assignment: AssignmentView; role: "teacher" | "student"; students: ProgressRow[]; answers: PromptAnswers[] }> {
  const { row, role } = await getAssignmentOrThrow(options);
  const members = await getDb().membership.findMany({
    where: { classId: row.classId, role: "student", ...(isTeacher(role) ? {} : { userId: options.userId }) },
    select: { user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  const students = members.map((m) => m.user);
  const answers =
    options.answers && isTeacher(role)
      ? await listPromptAnswers(
          row,
          students.map((s) => s.id),
        )
      : [];
  return { assignment: toAssignmentView(row), role, students: await progressRows(row, students), answers };
}
