import "server-only";
import { scoreOf } from "@/lib/assignments/progress";
import type { GradebookWeights } from "@/lib/validation/assignments";
import { HttpError } from "../../http/errors";
import { getAssignmentProgress } from "./get-assignment-progress";
import { isTeacher } from "@/lib/classes/roles";

export const GRADEBOOK_HEADER = [
  "student",
  "notes",
  "replies",
  "proposals",
  "votes",
  "late notes",
  "late replies",
  "late proposals",
  "late votes",
  "done",
  "on time",
  "score",
];

/** The gradebook's rows (teacher only: a student's request is 403, anyone else's 404); names go through csvCell's formula guard. */
export async function gradebookRows(options: { userId: string; assignmentId: string; weights: GradebookWeights }): Promise<unknown[][]> {
  const { role, students } = await getAssignmentProgress(options);
  if (!isTeacher(role)) throw new HttpError(403, "Only the class's teacher can download the gradebook.", { code: "class_teacher_only" });
  return students.map((s) => [
    s.name,
    s.work.onTime.notes,
    s.work.onTime.replies,
    s.work.onTime.proposals,
    s.work.onTime.votes,
    s.work.late.notes,
    s.work.late.replies,
    s.work.late.proposals,
    s.work.late.votes,
    s.done ? "yes" : "no",
    s.done ? (s.late ? "late" : "on time") : "",
    scoreOf(s.work.onTime, s.work.late, options.weights),
  ]);
}
