import "server-only";
import { getDb } from "../../db";
import { HttpError, notFound } from "../../http/errors";
import { roleInClass, type ClassRole } from "../classes/membership";
import { assignmentInclude, type AssignmentRow } from "./assignment-view";
import { isTeacher } from "@/lib/classes/roles";

/**
 * An assignment and the caller's role in its class, fetched and authorised together: anyone
 * outside the class gets 404 whether it exists or not; `teacher: true` makes a student's request 403.
 */
export async function getAssignmentOrThrow(options: {
  userId: string;
  assignmentId: string;
  teacher?: boolean;
}): Promise<{ row: AssignmentRow; role: ClassRole }> {
  const row = await getDb().assignment.findUnique({ where: { id: options.assignmentId }, include: assignmentInclude });
  const role = row ? await roleInClass({ userId: options.userId, classId: row.classId }) : null;
  if (!row || !role) throw notFound("assignment_not_found", "This assignment");
  if (options.teacher && !isTeacher(role))
    throw new HttpError(403, "Only the class's teacher can do this.", { code: "class_teacher_only" });
  return { row, role };
}
